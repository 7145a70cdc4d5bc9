// When the browser refuses an inspector edit, CDP says little ("Sanitizing cookie failed", or
// just `success: false`). This names the likely reason, as a fact the UI puts into words a
// learner can act on.

import type { CookieDraft } from '../../shared/contract'
import { CodedError } from '../../shared/coded-error'
import type {
  EditFailure,
  EditRefusal,
  EditRefusalReason,
  InspectorEditSummary,
} from '../../shared/messages/facts'
import { MAX_NAME_VALUE_BYTES } from './set-cookie-line'
import { hasControl, utf8ByteLength } from './wire-text'

/** The browser would not take an inspector edit. `reason` may be unknown. */
export class EditRefused extends CodedError<EditRefusal> {
  override name = 'EditRefused'
  constructor(
    readonly reason: EditRefusalReason | null,
    fact: EditRefusal,
  ) {
    super(fact)
  }
}

/** What an inspector edit's timeline entry says once done, and once failed (and why). */
export interface EditSummaries {
  done: InspectorEditSummary
  failed(why: EditFailure): InspectorEditSummary
}

export function refusalOf(draft: CookieDraft, browserSaid: string | null): EditRefused {
  const reason = likelyReason(draft)
  const { name } = draft
  if (reason) {
    return new EditRefused(
      reason,
      browserSaid
        ? { code: 'editRefusedBrowserSaid', params: { name, reason, browserSaid } }
        : { code: 'editRefused', params: { name, reason } },
    )
  }
  return new EditRefused(
    null,
    browserSaid
      ? { code: 'editRefusedUnexplainedBrowserSaid', params: { name, browserSaid } }
      : { code: 'editRefusedUnexplained', params: { name } },
  )
}

function likelyReason(draft: CookieDraft): EditRefusalReason | null {
  const { name, value } = draft
  if (name === '' && value === '') return { code: 'needsNameOrValue' }
  if (hasControl(name) || hasControl(value)) return { code: 'controlInNameOrValue' }
  if (name.includes(';') || value.includes(';')) return { code: 'semicolonInNameOrValue' }
  if (name.includes('=')) return { code: 'equalsInName' }
  const bytes = utf8ByteLength(name) + utf8ByteLength(value)
  if (bytes > MAX_NAME_VALUE_BYTES) {
    return { code: 'draftTooLong', params: { bytes, max: MAX_NAME_VALUE_BYTES } }
  }
  if (draft.sameSite === 'None' && !draft.secure) return { code: 'sameSiteNoneNeedsSecure' }
  if (/^__(secure|host)-/i.test(name) && !draft.secure) {
    return { code: 'prefixNeedsSecure', params: { prefix: name.slice(0, name.indexOf('-') + 1) } }
  }
  if (/^__host-/i.test(name) && (draft.path !== '/' || draft.domain.startsWith('.'))) {
    return { code: 'hostPrefixNeedsRootPath' }
  }
  if (draft.domain.trim() === '') return { code: 'needsDomain' }
  if (!draft.path.startsWith('/')) return { code: 'pathNeedsSlash' }
  return null
}
