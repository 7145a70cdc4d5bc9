// @peculiar/x509 loads only with the Reflect metadata API in place (see the stand-in).
import 'reflect-metadata'
import { X509Certificate as NodeX509Certificate } from 'node:crypto'
import { connect as tlsConnect } from 'node:tls'
import * as x509 from '@peculiar/x509'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTutorialServer, type TutorialServer } from '../../../src/core/server'
import {
  makeTlsCredentials,
  TLS_HOST_NAMES,
  VALID_BEFORE_MS,
  VALID_FOR_MS,
} from '../../../src/core/server/tls-certificate'
import { tlsRequest } from './tls-client'

let server: TutorialServer
let startedAt: number

beforeAll(async () => {
  startedAt = Date.now()
  server = await startTutorialServer()
})
afterAll(() => server.close())

describe('the certificate made at start-up', () => {
  it('names exactly the tutorial hosts, each by name (no wildcard)', () => {
    const parsed = new x509.X509Certificate(server.certificate.certDer)
    const san = parsed.getExtension(x509.SubjectAlternativeNameExtension)
    const names = san?.names.items.map((name) => `${name.type}:${name.value}`).sort()
    expect(names).toEqual(
      [
        'dns:localhost',
        'dns:www.shop.test',
        'dns:api.shop.test',
        'dns:shop.test',
        'dns:tracker.test',
        'ip:127.0.0.1',
      ].sort(),
    )
    const node = new NodeX509Certificate(server.certificate.certPem)
    for (const host of TLS_HOST_NAMES) expect(node.checkHost(host), host).toBe(host)
    expect(node.checkIP('127.0.0.1')).toBe('127.0.0.1')
    expect(node.checkHost('evil.test')).toBeUndefined()
    expect(node.checkHost('a.b.shop.test')).toBeUndefined()
    expect(node.checkHost('example.com')).toBeUndefined()
  })

  it('is a leaf for server authentication only: CA:false, digitalSignature, serverAuth', () => {
    const parsed = new x509.X509Certificate(server.certificate.certDer)
    const basic = parsed.getExtension(x509.BasicConstraintsExtension)
    expect(basic?.ca).toBe(false)
    expect(basic?.critical).toBe(true)
    expect(new NodeX509Certificate(server.certificate.certDer).ca).toBe(false)
    const usage = parsed.getExtension(x509.KeyUsagesExtension)
    expect(usage?.usages).toBe(x509.KeyUsageFlags.digitalSignature)
    expect(usage?.critical).toBe(true)
    expect(parsed.getExtension(x509.ExtendedKeyUsageExtension)?.usages).toEqual([
      x509.ExtendedKeyUsage.serverAuth,
    ])
    // Self-signed by its own key, and that signature holds.
    expect(parsed.subject).toBe(parsed.issuer)
    expect(
      new NodeX509Certificate(server.certificate.certDer).verify(
        new NodeX509Certificate(server.certificate.certDer).publicKey,
      ),
    ).toBe(true)
  })

  it('is valid from an hour back to seven days ahead of the start', () => {
    const node = new NodeX509Certificate(server.certificate.certDer)
    const from = Date.parse(node.validFrom)
    const to = Date.parse(node.validTo)
    // Certificate times have whole seconds.
    expect(Math.abs(from - (startedAt - VALID_BEFORE_MS))).toBeLessThan(10_000)
    expect(Math.abs(to - (startedAt + VALID_FOR_MS))).toBeLessThan(10_000)
    expect(VALID_FOR_MS).toBe(7 * 24 * 3600 * 1000)
  })

  it('takes its dates from the given clock', async () => {
    const now = Date.UTC(2031, 4, 6, 7, 8, 9)
    const credentials = await makeTlsCredentials(now)
    const node = new NodeX509Certificate(credentials.certDer)
    expect(new Date(node.validFrom).toISOString()).toBe('2031-05-06T06:08:09.000Z')
    expect(new Date(node.validTo).toISOString()).toBe('2031-05-13T07:08:09.000Z')
  })

  it('is the one the https listener presents, and its SPKI hash is the one published', async () => {
    const reply = await tlsRequest({
      host: 'www.shop.test',
      port: server.httpsPort,
      path: '/',
      pin: server.certificate.spkiSha256,
    })
    expect(reply.status).toBe(200)
    expect(reply.presentedSpki).toBe(server.certificate.spkiSha256)
    // What Chromium's --ignore-certificate-errors-spki-list takes: base64 of 32 bytes.
    expect(Buffer.from(server.certificate.spkiSha256, 'base64')).toHaveLength(32)
  })

  it('gives away no private key, and a new key each start', async () => {
    expect(Object.keys(server.certificate)).not.toContain('keyPem')
    expect(JSON.stringify(server.certificate)).not.toMatch(/PRIVATE KEY/)
    const other = await startTutorialServer()
    try {
      expect(other.certificate.spkiSha256).not.toBe(server.certificate.spkiSha256)
    } finally {
      await other.close()
    }
  })
})

describe('TLS clients', () => {
  it('one that requires a CA-verified chain is refused: nothing vouches for this key', async () => {
    await expect(
      tlsRequest({ host: 'www.shop.test', port: server.httpsPort, path: '/' }),
    ).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
  })

  it('one that pins another key is refused', async () => {
    const stranger = await makeTlsCredentials()
    await expect(
      tlsRequest({
        host: 'www.shop.test',
        port: server.httpsPort,
        path: '/',
        pin: stranger.spkiSha256,
      }),
    ).rejects.toThrow(/pinned/)
  })

  it('a handshake that fails leaves the server answering', async () => {
    await new Promise<void>((resolve) => {
      const socket = tlsConnect({
        host: '127.0.0.1',
        port: server.httpsPort,
        servername: 'www.shop.test',
        maxVersion: 'TLSv1.1',
        minVersion: 'TLSv1',
      })
      socket.once('error', () => resolve())
      socket.once('secureConnect', () => {
        socket.destroy()
        resolve()
      })
    })
    const reply = await tlsRequest({
      host: 'localhost',
      port: server.httpsPort,
      path: '/',
      pin: server.certificate.spkiSha256,
    })
    expect(reply.status).toBe(200)
  })
})
