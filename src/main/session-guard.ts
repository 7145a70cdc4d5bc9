// Session-wide locks for both sessions the app uses: the UI's (default) and the pane's own
// in-memory partition. A cookie lesson needs no camera, no notifications and no downloads.

import type { Session } from 'electron'
import { tutorialCertificateVerdict } from '../core/server'
import { uiContentSecurityPolicy } from './content-security-policy'

export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}

/** A page in the pane cannot drop files onto the learner's disk. */
export function refuseDownloads(session: Session, log: (message: string) => void): void {
  session.on('will-download', (event, item) => {
    log(`pane: refused a download of ${item.getURL()}`)
    event.preventDefault()
  })
}

/** Sends the UI's CSP as a header on every response of the UI's session. */
export function sendUiCsp(session: Session, devServerUrl?: string): void {
  const policy = uiContentSecurityPolicy(devServerUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    )
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } })
  })
}

/**
 * The pane trusts the tutorial server's own HTTPS certificate by its exact key, for the tutorial's
 * names only; every other certificate keeps Chromium's own verdict, so a bad one still fails with
 * its reason. Never a blanket certificate-error handler.
 */
export function trustTutorialCertificate(session: Session, spkiSha256: string): void {
  session.setCertificateVerifyProc((request, callback) => {
    callback(tutorialCertificateVerdict(request.hostname, request.certificate.data, spkiSha256))
  })
}
