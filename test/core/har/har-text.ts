// Small HAR texts for the desk's tests and the UI worker's: numbered entries, one left broken.

/** A HAR of COUNT entries to /n/<i>, entry BAD (if any) without a request. */
export function harText(count: number, bad = -1): string {
  const entries = Array.from({ length: count }, (_, i) =>
    i === bad
      ? { startedDateTime: '2026-01-01T00:00:00Z', response: {} }
      : {
          startedDateTime: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
          request: { method: 'GET', url: `https://shop.test/n/${i}`, headers: [] },
          response: { status: 200, headers: [{ name: 'Set-Cookie', value: `n=${i}` }] },
        },
  )
  return JSON.stringify({ log: { version: '1.2', creator: { name: 'test' }, entries } })
}
