// When the browser refuses an inspector edit, CDP says little ("Sanitizing cookie failed", or
// just `success: false`). This names the likely reason in words a learner can act on.

import type { CookieDraft } from '../../shared/contract'
import { MAX_NAME_VALUE_BYTES } from './set-cookie-line'
import { hasControl, utf8ByteLength } from './wire-text'

/** The browser would not take an inspector edit. `reason` (plain words) may be unknown. */
export class EditRefused extends Error {
  constructor(
    readonly reason: string | null,
    message: string,
  ) {
    super(message)
    this.name = 'EditRefused'
  }
}

export function refusalOf(draft: CookieDraft, browserSaid: string | null): EditRefused {
  const reason = likelyReason(draft)
  const said = browserSaid ? ` (the browser said: ${browserSaid})` : ''
  const why = reason ? `: ${reason}` : ''
  return new EditRefused(reason, `The browser refused the cookie "${draft.name}"${why}${said}.`)
}

function likelyReason(draft: CookieDraft): string | null {
  const { name, value } = draft
  if (name === '' && value === '') return 'a cookie needs a name or a value'
  if (hasControl(name) || hasControl(value)) {
    return 'its name or value holds a line break or another control character, which cannot go into a header'
  }
  if (name.includes(';') || value.includes(';')) {
    return 'its name or value holds ";", which ends a cookie in a header'
  }
  if (name.includes('=')) return 'its name holds "=", which separates a name from its value'
  const bytes = utf8ByteLength(name) + utf8ByteLength(value)
  if (bytes > MAX_NAME_VALUE_BYTES) {
    return `its name and value are ${bytes} bytes together, and browsers accept at most ${MAX_NAME_VALUE_BYTES}`
  }
  if (draft.sameSite === 'None' && !draft.secure) {
    return 'SameSite=None needs Secure, so that a cookie sent cross-site never travels over plain HTTP'
  }
  if (/^__(secure|host)-/i.test(name) && !draft.secure) {
    return `a name starting with ${name.slice(0, name.indexOf('-') + 1)} needs Secure`
  }
  if (/^__host-/i.test(name) && (draft.path !== '/' || draft.domain.startsWith('.'))) {
    return 'a name starting with __Host- needs Path=/ and no Domain (a host-only cookie)'
  }
  if (draft.domain.trim() === '') return 'it needs a domain'
  if (!draft.path.startsWith('/')) return 'its path must start with "/"'
  return null
}
