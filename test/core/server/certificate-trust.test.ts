import { describe, expect, it } from 'vitest'
import {
  ACCEPT_CERTIFICATE,
  chromiumTrustSwitch,
  tutorialCertificateVerdict,
  USE_CHROMIUM_VERDICT,
} from '../../../src/core/server/certificate-trust'
import { makeTlsCredentials } from '../../../src/core/server/tls-certificate'

describe('tutorialCertificateVerdict', () => {
  it('accepts the tutorial key for the tutorial names only, and nothing else', async () => {
    const tutorial = await makeTlsCredentials()
    const stranger = await makeTlsCredentials()
    const verdict = (host: string, pem: string) =>
      tutorialCertificateVerdict(host, pem, tutorial.spkiSha256)
    for (const host of ['www.shop.test', 'tracker.test', 'localhost', '127.0.0.1', 'SHOP.TEST']) {
      expect(verdict(host, tutorial.certPem), host).toBe(ACCEPT_CERTIFICATE)
    }
    // The right key on a name that is not the tutorial's: Chromium decides (and refuses).
    for (const host of ['example.com', 'other.test', 'a.localhost']) {
      expect(verdict(host, tutorial.certPem), host).toBe(USE_CHROMIUM_VERDICT)
    }
    // Another self-signed certificate for the very same names.
    expect(verdict('www.shop.test', stranger.certPem)).toBe(USE_CHROMIUM_VERDICT)
    expect(verdict('www.shop.test', 'not a certificate')).toBe(USE_CHROMIUM_VERDICT)
    expect(verdict('www.shop.test', '')).toBe(USE_CHROMIUM_VERDICT)
  })

  it('gives Chromium the switch for exactly that key', async () => {
    const { spkiSha256 } = await makeTlsCredentials()
    expect(chromiumTrustSwitch(spkiSha256)).toBe(
      `--ignore-certificate-errors-spki-list=${spkiSha256}`,
    )
  })
})
