// The suite-wide property behind every end-to-end test that uses the lab: each Set-Cookie line
// the timeline calls stored is in the store right after its exchange, with the value the
// timeline says it holds. A learner believes the timeline; this is where it is held to it.
// Deliberately not capture's own matching (line-verdict.ts): a plain reading of RFC 6265.

import type { Exchange, SetCookieLine, StoredCookie } from '../../src/shared/domain'
import type { WaitingCapture } from './waiting-capture'
import { urlOf } from './captured'

/** Reads the store once more, waits for capture to settle, and throws on every false "stored". */
export async function expectStoredLinesHeld(capture: WaitingCapture): Promise<void> {
  // A read sent now follows every exchange heard so far, so every line gets checked. A pane
  // that is gone (a crash test) leaves capture's last snapshot, which is what it showed.
  await capture.readStore().catch(() => undefined)
  await capture.settled()
  const failures: string[] = []
  for (const entry of capture.entries()) {
    if (entry.kind !== 'exchange') continue
    const store = capture.storeAfter(entry.id) ?? []
    for (const line of entry.setCookies) {
      const failure = falseStored(entry, line, store)
      if (failure) failures.push(failure)
    }
  }
  if (failures.length > 0) {
    throw new Error(
      `The timeline calls ${failures.length === 1 ? 'a line' : `${failures.length} lines`} ` +
        `stored that the store after its exchange does not hold:\n${failures.join('\n')}`,
    )
  }
}

function falseStored(
  exchange: Exchange,
  line: SetCookieLine,
  store: readonly StoredCookie[],
): string | null {
  const { parsed, outcome } = line
  if (outcome.status !== 'stored' || outcome.replacedBy || !parsed) return null
  const deletes =
    parsed.maxAge !== undefined
      ? parsed.maxAge <= 0
      : parsed.expiresAt !== undefined && parsed.expiresAt <= exchange.time
  if (deletes) return null
  const heldValue = outcome.held?.find(
    (fact) => fact.code === 'heldValueCut' || fact.code === 'heldValueDiffers',
  )
  const value = heldValue && 'held' in heldValue.params ? heldValue.params.held : parsed.value
  const url = urlOf(exchange)
  const domain = bare(parsed.domain ?? url.hostname)
  const held = store.some(
    (cookie) =>
      cookie.name === parsed.name &&
      cookie.value === value &&
      bare(cookie.domain) === domain &&
      (!parsed.path?.startsWith('/') || cookie.path === parsed.path),
  )
  if (held) return null
  const sameName = store.filter((cookie) => cookie.name === parsed.name)
  return (
    `  #${exchange.seq} ${exchange.method} ${exchange.url}: "${line.raw}" (value "${value}"); ` +
    `the store holds ${
      sameName.length === 0
        ? `no cookie named ${parsed.name}`
        : sameName.map((c) => `${c.name}=${c.value} (${c.domain}${c.path})`).join(', ')
    }`
  )
}

const bare = (domain: string) => domain.replace(/^\.+/, '').toLowerCase()
