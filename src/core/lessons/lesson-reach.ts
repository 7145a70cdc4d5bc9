// Which hosts a lesson may reach. The tutorial's own are the names its server answers (loopback
// and `*.test`, on its own ports, which a lesson URL leaves out); anything else, or a tutorial
// name with a port written out (a learner's own Flask app on localhost:5000), is reached only if
// the lesson declares it in `hosts`, so the app can show the learner before the lesson runs.

import { allowedHostname } from '../server/host-check'
import { TLS_HOST_NAMES, TLS_IP_ADDRESSES } from '../server/tls-certificate'
import { servesHttps } from '../server/tutorial-origins'
import type { LessonProblem } from '../../shared/lessons/lesson-problems'
import type { LessonUrlParts } from './lesson-url'

/** The host as a lesson's `hosts` list writes it: the name, with the port when one was written. */
export function hostLabel(parts: LessonUrlParts): string {
  return parts.port === null ? (parts.host ?? '') : `${parts.host}:${parts.port}`
}

/** Whether the tutorial server itself answers this URL (the player supplies its port). */
export function isTutorialUrl(parts: LessonUrlParts): boolean {
  return parts.host === null || (parts.port === null && allowedHostname(parts.host) !== null)
}

/** What keeps the lesson from reaching URL, or null when it may. */
export function reachProblem(
  parts: LessonUrlParts,
  declared: readonly string[],
): LessonProblem | null {
  const label = hostLabel(parts)
  if (declared.some((host) => host.toLowerCase() === label)) return null
  if (!isTutorialUrl(parts)) return { code: 'hostNotDeclared', params: { host: label } }
  if (parts.scheme === 'https' && parts.host !== null && !servesHttps(parts.host)) {
    const names = [...TLS_HOST_NAMES, ...TLS_IP_ADDRESSES].join(', ')
    return { code: 'noHttpsForHost', params: { host: parts.host, names } }
  }
  return null
}
