// The tutorial's own origins: each host it has a certificate for, on the http port and on the
// https port. Pages use them to offer the other scheme, and the CSP to name exactly who may
// frame or be framed by a tutorial page.

import type { TutorialPorts } from './request-initiator'
import { TLS_HOST_NAMES, TLS_IP_ADDRESSES } from './tls-certificate'

export type Scheme = 'http' | 'https'

const HTTPS_HOSTS: ReadonlySet<string> = new Set([...TLS_HOST_NAMES, ...TLS_IP_ADDRESSES])

/** Whether the tutorial's certificate names this host, so it can be visited over https. */
export function servesHttps(hostname: string): boolean {
  return HTTPS_HOSTS.has(hostname)
}

export function tutorialOrigin(hostname: string, scheme: Scheme, ports: TutorialPorts): string {
  return `${scheme}://${hostname}:${scheme === 'https' ? ports.https : ports.http}`
}

/**
 * The same host under the other scheme, or null when there is none to offer (a `*.test` name
 * the certificate does not name has no https).
 */
export function otherSchemeOrigin(
  hostname: string,
  scheme: Scheme,
  ports: TutorialPorts,
): string | null {
  if (!servesHttps(hostname)) return null
  return tutorialOrigin(hostname, scheme === 'http' ? 'https' : 'http', ports)
}

/** Every tutorial origin with https, as CSP sources: the hosts that may embed one another. */
export function tutorialSources(ports: TutorialPorts): string[] {
  return [...HTTPS_HOSTS].flatMap((host) => [
    tutorialOrigin(host, 'http', ports),
    tutorialOrigin(host, 'https', ports),
  ])
}
