// When the browser refuses an inspector edit, CDP says little ("Sanitizing cookie failed", or
// just `success: false`). This names the likely reason, as a fact the UI puts into words a
// learner can act on. The browser's own words are kept only when they add something, and never
// with the protocol's wrapping ("cdpSession.send: Protocol error (Network.setCookie): …").

import type { CookieDraft } from '../../shared/contract'
import { CodedError } from '../../shared/coded-error'
import { brokenPrefixRules, prefixOf } from '../../shared/explain/cookie-prefixes'
import type {
  EditFailure,
  EditRefusal,
  EditRefusalReason,
  InspectorEditSummary,
} from '../../shared/messages/facts'
import { MAX_NAME_VALUE_BYTES } from '../../shared/domain'
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

/** Chromium's answer when a cookie fails its checks: it names no check, so it adds nothing. */
const SANITIZING_FAILED = /^Sanitizing cookie failed\.?$/i

/**
 * The browser's own words in an error from a CDP command, without what the transport wraps
 * around them: Playwright's "cdpSession.send: ", CDP's "Protocol error (Network.setCookie): ".
 */
export function browserWordsOf(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/^[a-zA-Z]+\.[a-zA-Z]+: /, '')
    .replace(/^Protocol error(?: \([\w.]+\))?: /, '')
    .trim()
}

export function refusalOf(draft: CookieDraft, errorMessage: string | null): EditRefused {
  const reason = likelyReason(draft)
  const { name } = draft
  const words = errorMessage === null ? '' : browserWordsOf(errorMessage)
  const generic = SANITIZING_FAILED.test(words)
  const browserSaid = generic ? '' : words
  if (reason) {
    return new EditRefused(
      reason,
      browserSaid
        ? { code: 'editRefusedBrowserSaid', params: { name, reason, browserSaid } }
        : { code: 'editRefused', params: { name, reason } },
    )
  }
  if (browserSaid) {
    return new EditRefused(null, {
      code: 'editRefusedUnexplainedBrowserSaid',
      params: { name, browserSaid },
    })
  }
  return new EditRefused(
    null,
    generic
      ? { code: 'editRefusedInvalid', params: { name } }
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
  const prefixed = prefixRefusal(draft)
  if (prefixed) return prefixed
  if (draft.domain.trim() === '') return { code: 'needsDomain' }
  if (!draft.path.startsWith('/')) return { code: 'pathNeedsSlash' }
  return null
}

/** The first rule of its name's prefix the draft breaks (a leading dot makes a Domain). */
function prefixRefusal(draft: CookieDraft): EditRefusalReason | null {
  const found = prefixOf(draft.name)
  if (!found) return null
  const prefix = draft.name.slice(0, found.prefix.length)
  const broken = brokenPrefixRules({
    ...draft,
    domain: draft.domain.startsWith('.') ? draft.domain : null,
  })
  if (broken.includes('secure')) return { code: 'prefixNeedsSecure', params: { prefix } }
  if (broken.includes('httpOnly')) return { code: 'prefixNeedsHttpOnly', params: { prefix } }
  if (broken.length > 0) return { code: 'hostPrefixNeedsRootPath', params: { prefix } }
  return null
}
