// @vitest-environment jsdom
// A Set-Cookie line checked against the store: the chip and the detail say what the store
// holds where it differs from the line, and mark a cause capture inferred as inferred.

import { act, cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DetailView } from '../../../src/renderer/src/components/DetailView'
import { SetCookieChip } from '../../../src/renderer/src/components/SetCookieChip'
import type { SetCookieLine } from '../../../src/shared/domain'
import { formatFact, formatMessage } from '../../../src/shared/messages/format-message'
import { SERVER_URL, T0, makeExchange, makeSetCookieLine } from '../factories'
import { renderInApp } from '../render-app'

afterEach(cleanup)

const DAY_MS = 24 * 60 * 60 * 1000
const capped = {
  code: 'heldExpiryCapped',
  params: { asked: T0 + 600 * DAY_MS, held: T0 + 400 * DAY_MS, days: 400 },
} as const

const partitioned = makeSetCookieLine(
  'part=1; Partitioned; Path=/',
  { name: 'part', value: '1', partitioned: true, path: '/' },
  { status: 'notStored', inferred: { code: 'inferredPartitionedWithoutSecure' } },
)
const long = makeSetCookieLine(
  'long=1; Max-Age=51840000; Path=/',
  { name: 'long', value: '1', maxAge: 600 * 86400, path: '/' },
  { status: 'stored', held: [capped] },
)

function detailOf(line: SetCookieLine): HTMLElement {
  const entry = makeExchange({ url: `${SERVER_URL}/set`, setCookies: [line] })
  const rendered = renderInApp(<DetailView onClose={() => {}} />)
  act(() => {
    rendered.stores.timeline.upsert(entry)
    rendered.stores.timeline.select(entry.id)
  })
  return rendered.container
}

describe('a line not stored, with a cause the browser did not give', () => {
  it('chip: refused in style, the cause marked inferred', () => {
    const { container } = render(<SetCookieChip line={partitioned} receivedAt={T0} />)
    expect(container.querySelector('.chip-blocked.chip-inferred')).not.toBeNull()
    expect(container.querySelector('.inferred-mark')?.textContent).toBe('inferred')
    expect(container.querySelector('.chip-reason')?.textContent).toBe(
      'not stored, no reason given; inferred: Partitioned without Secure',
    )
  })

  it('detail: not stored, no reason from the browser, the inferred cause in full', () => {
    const note = detailOf(partitioned).querySelector('.why-inferred')
    expect(note?.querySelector('.inferred-mark')?.textContent).toBe('inferred')
    expect(note?.textContent).toContain('the browser gave no reason')
    expect(note?.textContent).toContain(formatFact({ code: 'inferredPartitionedWithoutSecure' }))
  })
})

describe('a line stored otherwise than it asked', () => {
  it('chip: capped at 400 days, with both dates', () => {
    const { container } = render(<SetCookieChip line={long} receivedAt={T0} />)
    expect(container.querySelector('.chip-held')?.textContent).toBe(
      formatMessage('verdict.capped', capped.params),
    )
    expect(container.querySelector('.chip-held')?.textContent).toMatch(/^capped at 400 days: until/)
  })

  it('detail: what the line asked and what the store holds', () => {
    const note = detailOf(long).querySelector('.held-note')
    expect(note?.textContent).toContain('What the line asked for, and what the store holds')
    expect(note?.textContent).toContain(formatFact(capped))
  })

  it('chip: a value cut, and a Domain kept host-only', () => {
    const line = makeSetCookieLine(
      'utf=café; Domain=127.0.0.1',
      { name: 'utf', value: 'café', domain: '127.0.0.1' },
      {
        status: 'stored',
        held: [
          { code: 'heldValueCut', params: { asked: 'café', held: 'caf', byte: '0xE9' } },
          { code: 'heldHostOnly', params: { asked: '127.0.0.1', host: '127.0.0.1' } },
        ],
      },
    )
    const { container } = render(<SetCookieChip line={line} receivedAt={T0} />)
    expect([...container.querySelectorAll('.chip-held')].map((e) => e.textContent)).toEqual([
      'stored as “caf”',
      'stored host-only',
    ])
  })

  it('a line a later one replaced says so, and shows no difference', () => {
    const line = makeSetCookieLine(
      'a=1',
      { name: 'a', value: '1' },
      { status: 'stored', replacedBy: 'x1' },
    )
    const { container } = render(<SetCookieChip line={line} receivedAt={T0} />)
    expect(container.querySelector('.chip-reason')?.textContent).toBe(
      'replaced before the store was read',
    )
    expect(container.querySelector('.chip-held')).toBeNull()
  })
})
