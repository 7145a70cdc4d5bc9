import { describe, expect, it } from 'vitest'
import { CodedError, encodeErrorMessage } from '../../src/shared/coded-error'
import { readableError } from '../../src/renderer/src/stores/readable-error'

/** What Electron's ipcRenderer.invoke rejects with when the handler threw MESSAGE. */
const overIpc = (message: string) =>
  new Error(`Error invoking remote method 'cookie-lab:command:navigate': Error: ${message}`)

describe('readableError', () => {
  it('drops the wrapper Electron puts around a handler’s error', () => {
    expect(readableError(overIpc('No such page.'))).toBe('No such page.')
  })

  it('keeps other messages, and never answers with nothing', () => {
    expect(readableError(new Error('The pane is gone.'))).toBe('The pane is gone.')
    expect(readableError('plain string')).toBe('plain string')
    expect(readableError(new Error(''))).toMatch(/no reason/)
  })

  it('words a fact the host sent as the catalogue says it, nested reasons included', () => {
    const refusal = new CodedError({
      code: 'targetSchemeNotAllowed',
      params: { scheme: 'javascript' },
    })
    const encoded = encodeErrorMessage(refusal)
    expect(encoded).not.toContain('only opens')
    // A transport may append a stack after the message; the fact still reads.
    expect(readableError(new Error(`${encoded}\n    at handler (main.js:1:1)`))).toMatch(
      /^The pane/,
    )
    expect(readableError(overIpc(encoded))).toBe(
      'The pane only opens http: and https: pages, not javascript: ones. Type a path such as /getcookie or a full http:// URL.',
    )
    const refused = new CodedError({
      code: 'editRefused',
      params: { name: 'a', reason: { code: 'needsDomain' } },
    })
    expect(readableError(new Error(encodeErrorMessage(refused)))).toBe(
      'The browser refused the cookie "a": it needs a domain.',
    )
  })

  it('shows no raw code when a fact does not decode, and sends plain errors as they are', () => {
    const unknown = encodeErrorMessage(new CodedError({ code: 'targetEmpty' })).replace(
      'targetEmpty',
      'noSuchCode',
    )
    expect(readableError(overIpc(unknown))).toBe(
      'Something went wrong, and the host gave no reason.',
    )
    const missing = encodeErrorMessage(
      new CodedError({ code: 'noSuchEntry', params: { entryId: 'e1' } }),
    ).replace('"params":{"entryId":"e1"}', '"params":{}')
    expect(readableError(overIpc(missing))).toMatch(/no reason/)
    expect(readableError(overIpc(`${unknown.slice(0, -3)}`))).toMatch(/no reason/)
    expect(encodeErrorMessage(new TypeError('internal'))).toBe('internal')
    expect(encodeErrorMessage('bare')).toBe('bare')
  })
})
