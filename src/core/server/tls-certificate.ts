// The tutorial server's HTTPS certificate: made at start-up, self-signed, held only in this
// process's memory, and trusted by the pane by its key alone (the SPKI hash below), never through
// any trust store. A new key each launch means a leaked certificate is worthless after exit.

import { createHash, webcrypto, X509Certificate as NodeX509Certificate } from 'node:crypto'
import type * as X509Library from '@peculiar/x509'
// @peculiar/x509 resolves its algorithms through tsyringe, which refuses to load without the
// Reflect metadata API: it must be loaded before the library.
import 'reflect-metadata'

/**
 * The names the certificate vouches for: the loopback names and the lesson sites. A `*.test`
 * wildcard would not do: Chromium refuses a wildcard directly under a top-level domain, so each
 * lesson host is named. Other `*.test` and `*.localhost` names still pass the Host check over
 * http, but have no https.
 */
export const TLS_HOST_NAMES = [
  'localhost',
  'www.shop.test',
  'api.shop.test',
  'shop.test',
  'tracker.test',
] as const
export const TLS_IP_ADDRESSES = ['127.0.0.1'] as const

/**
 * One hour back: the clock may step backwards a little (NTP, a resumed laptop) while the app
 * runs. Seven days forward: longer than any session (an app left open over a weekend keeps
 * working), short enough that the leaf is no lasting credential. The pane trusts the key, which
 * dies with the process; the dates are a second fence, not the first.
 */
export const VALID_BEFORE_MS = 60 * 60 * 1000
export const VALID_FOR_MS = 7 * 24 * 60 * 60 * 1000

const ALGORITHM: webcrypto.EcKeyGenParams & webcrypto.EcdsaParams = {
  name: 'ECDSA',
  namedCurve: 'P-256',
  hash: 'SHA-256',
}

export interface TlsCredentials {
  /** PEM, for node:tls. */
  readonly certPem: string
  /** PKCS#8 PEM of the private key: in memory only, never written anywhere. */
  readonly keyPem: string
  readonly certDer: Buffer
  /**
   * base64 of SHA-256 over the certificate's SubjectPublicKeyInfo: what Chromium's
   * `--ignore-certificate-errors-spki-list` takes, and what a verify proc compares.
   */
  readonly spkiSha256: string
  readonly notBefore: Date
  readonly notAfter: Date
}

/** base64 SHA-256 of a certificate's SubjectPublicKeyInfo (DER or PEM certificate). */
export function spkiSha256Of(certificate: Buffer | string): string {
  const spki = new NodeX509Certificate(certificate).publicKey.export({
    type: 'spki',
    format: 'der',
  })
  return createHash('sha256').update(spki).digest('base64')
}

type X509Crypto = NonNullable<
  Parameters<typeof X509Library.X509CertificateGenerator.createSelfSigned>[1]
>

/**
 * Loaded on first use, after reflect-metadata above has run: a bundler hoists a static `require` of
 * an external package above every module's own code, and the library refuses to load before it.
 */
function loadX509(): Promise<typeof X509Library> {
  return import('@peculiar/x509')
}

function pem(label: string, der: ArrayBuffer): string {
  const lines =
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

/** A fresh key pair and a leaf certificate for the tutorial hosts, valid around `nowMs`. */
export async function makeTlsCredentials(nowMs: number = Date.now()): Promise<TlsCredentials> {
  const x509 = await loadX509()
  // Node's WebCrypto, typed as the library's provider (this project has no DOM types).
  const crypto = webcrypto as unknown as X509Crypto
  const keys = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])
  const notBefore = new Date(nowMs - VALID_BEFORE_MS)
  const notAfter = new Date(nowMs + VALID_FOR_MS)
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      // Positive and 16 bytes: unique enough that no cached state from an earlier launch's
      // certificate can be confused with this one.
      serialNumber: `01${Buffer.from(crypto.getRandomValues(new Uint8Array(15))).toString('hex')}`,
      name: 'CN=Cookie Lab tutorial server',
      notBefore,
      notAfter,
      signingAlgorithm: ALGORITHM,
      keys,
      extensions: [
        // A leaf: it can sign nothing else, so even a copied key cannot mint certificates.
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
        new x509.SubjectAlternativeNameExtension(
          [
            ...TLS_HOST_NAMES.map((value) => ({ type: 'dns' as const, value })),
            ...TLS_IP_ADDRESSES.map((value) => ({ type: 'ip' as const, value })),
          ],
          false,
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  )
  const certDer = Buffer.from(certificate.rawData)
  const keyDer = await crypto.subtle.exportKey('pkcs8', keys.privateKey)
  return {
    certPem: pem('CERTIFICATE', certificate.rawData),
    keyPem: pem('PRIVATE KEY', keyDer),
    certDer,
    spkiSha256: spkiSha256Of(certDer),
    notBefore,
    notAfter,
  }
}
