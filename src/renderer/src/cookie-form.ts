// The inspector's "add a cookie" form as plain values, and its translation into the draft the
// host's setCookie takes. Kept out of the component so the rules are tested on their own.

import type { CookieDraft } from '../../shared/contract'
import type { SameSite } from '../../shared/domain'
import { formatMessage } from '../../shared/messages/format-message'

export interface CookieFormValues {
  name: string
  value: string
  /** Without a leading dot: host-only. With one (`.shop.test`): shared with subdomains. */
  domain: string
  path: string
  /** Seconds from now; empty for a session cookie. */
  expiresIn: string
  httpOnly: boolean
  secure: boolean
  sameSite: SameSite | ''
}

export function emptyCookieForm(domain: string): CookieFormValues {
  return {
    name: '',
    value: '',
    domain,
    path: '/',
    expiresIn: '',
    httpOnly: false,
    secure: false,
    sameSite: '',
  }
}

export type DraftResult = { ok: true; draft: CookieDraft } | { ok: false; error: string }

// RFC 6265 token characters: what a cookie name may hold.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/

export function draftFromForm(form: CookieFormValues, nowMs: number): DraftResult {
  const name = form.name.trim()
  if (name === '') return { ok: false, error: formatMessage('ui.form.error.noName', undefined) }
  if (!COOKIE_NAME.test(name)) {
    return {
      ok: false,
      error: formatMessage('ui.form.error.badName', undefined),
    }
  }
  const domain = form.domain.trim()
  if (domain === '') return { ok: false, error: formatMessage('ui.form.error.noDomain', undefined) }
  const path = form.path.trim() || '/'
  if (!path.startsWith('/'))
    return { ok: false, error: formatMessage('ui.form.error.badPath', undefined) }
  let expires: number | null = null
  const expiresIn = form.expiresIn.trim()
  if (expiresIn !== '') {
    const seconds = Number(expiresIn)
    if (!Number.isInteger(seconds) || seconds <= 0) {
      return {
        ok: false,
        error: formatMessage('ui.form.error.badExpiry', undefined),
      }
    }
    expires = Math.floor(nowMs / 1000) + seconds
  }
  return {
    ok: true,
    draft: {
      name,
      value: form.value,
      domain,
      path,
      expires,
      httpOnly: form.httpOnly,
      secure: form.secure,
      sameSite: form.sameSite === '' ? null : form.sameSite,
    },
  }
}
