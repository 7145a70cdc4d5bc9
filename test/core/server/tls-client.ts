// HTTPS clients for the server tests, over real TLS sockets: one that trusts exactly one key (as
// the pane does), one that insists on a chain to a trusted CA (as any ordinary client does).

import { request as httpsRequest } from 'node:https'
import type { TLSSocket } from 'node:tls'
import { spkiSha256Of } from '../../../src/core/server/tls-certificate'
import { readReply, type Reply } from './server-client'

export interface TlsRequestOptions {
  /** The name the client asks for (SNI and Host); the connection goes to 127.0.0.1 anyway. */
  host: string
  port: number
  path: string
  headers?: Record<string, string>
  /** base64 SHA-256 of the SPKI to accept; without it, Node's CA verification decides. */
  pin?: string
}

export interface TlsReply extends Reply {
  /** The SPKI hash of the certificate the server presented. */
  presentedSpki: string
}

export function tlsRequest({ host, port, path, headers = {}, pin }: TlsRequestOptions) {
  return new Promise<TlsReply>((resolve, reject) => {
    let presentedSpki = ''
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        servername: host,
        headers: { Host: `${host}:${port}`, ...headers },
        agent: false,
        // Pinned: the chain is not checked against any CA; the key is, on secureConnect below.
        rejectUnauthorized: pin === undefined,
      },
      (res) => readReply(res).then((reply) => resolve({ ...reply, presentedSpki }), reject),
    )
    req.on('socket', (socket) => {
      socket.once('secureConnect', () => {
        const presented = (socket as TLSSocket).getPeerX509Certificate()
        presentedSpki = presented ? spkiSha256Of(presented.raw) : ''
        if (pin !== undefined && presentedSpki !== pin) {
          req.destroy(new Error('the server presented a key other than the pinned one'))
        }
      })
    })
    req.on('error', reject)
    req.end()
  })
}
