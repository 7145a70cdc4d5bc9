// How a host decides to trust the tutorial's HTTPS: by the exact key, for the tutorial's names
// only. Electron's `session.setCertificateVerifyProc` calls this for the pane's partition (the
// certificate is made after `ready`, too late for a command-line switch); a plain Chromium takes
// `chromiumTrustSwitch` at launch instead. Never a blanket "accept any certificate error".

import { spkiSha256Of, TLS_HOST_NAMES, TLS_IP_ADDRESSES } from './tls-certificate'

/** Electron's verify-proc results: accept, or leave the verdict to Chromium's own verification. */
export const ACCEPT_CERTIFICATE = 0
export const USE_CHROMIUM_VERDICT = -3

const TUTORIAL_NAMES: ReadonlySet<string> = new Set([...TLS_HOST_NAMES, ...TLS_IP_ADDRESSES])

/**
 * ACCEPT_CERTIFICATE when `hostname` is a tutorial host and the presented certificate (PEM, as
 * Electron's `request.certificate.data` gives it) carries exactly the tutorial's key; otherwise
 * Chromium's own verdict stands, so any other bad certificate still fails, with its reason.
 */
export function tutorialCertificateVerdict(
  hostname: string,
  presentedPem: string,
  trustedSpkiSha256: string,
): typeof ACCEPT_CERTIFICATE | typeof USE_CHROMIUM_VERDICT {
  if (!TUTORIAL_NAMES.has(hostname.toLowerCase())) return USE_CHROMIUM_VERDICT
  let presented: string
  try {
    presented = spkiSha256Of(presentedPem)
  } catch {
    return USE_CHROMIUM_VERDICT
  }
  return presented === trustedSpkiSha256 ? ACCEPT_CERTIFICATE : USE_CHROMIUM_VERDICT
}

/** The Chromium switch that trusts this one key and nothing else. */
export function chromiumTrustSwitch(spkiSha256: string): string {
  return `--ignore-certificate-errors-spki-list=${spkiSha256}`
}
