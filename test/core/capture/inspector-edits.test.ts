// Edits made in the store inspector go to the browser over CDP and show up in the timeline as
// entries of their own, holding the changes they caused.

import { afterEach, describe, expect, it } from 'vitest'
import type { PaneCapture } from '../../../src/core/capture/pane-capture'
import type { CookieDraft } from '../../../src/shared/contract'
import type { InspectorEdit, TimelineEntry } from '../../../src/shared/domain'
import { attachedCapture, cdpCookie } from './fake-browser'

let capture: PaneCapture | undefined
afterEach(() => capture?.close())

const T0 = Date.UTC(2026, 10, 25, 12)

const draft = (overrides: Partial<CookieDraft> = {}): CookieDraft => ({
  name: 'userID',
  value: 'bob',
  domain: '127.0.0.1',
  path: '/',
  expires: null,
  httpOnly: false,
  secure: false,
  sameSite: null,
  ...overrides,
})

const edits = (entries: TimelineEntry[]) =>
  entries.filter((e): e is InspectorEdit => e.kind === 'inspector-edit')

describe('inspector edits', () => {
  it('sets a cookie over CDP and records the change on its own entry', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    await capture.setCookie(draft({ sameSite: 'Lax', expires: T0 / 1000 + 60 }))
    expect(attached.browser.commands('Network.setCookie').map((c) => c.params)).toEqual([
      {
        name: 'userID',
        value: 'bob',
        domain: '127.0.0.1',
        path: '/',
        secure: false,
        httpOnly: false,
        sameSite: 'Lax',
        expires: T0 / 1000 + 60,
      },
    ])
    const [edit, ...more] = edits(capture.entries())
    expect(more).toEqual([])
    expect(edit).toMatchObject({
      action: 'set',
      summary: {
        code: 'editSet',
        params: { name: 'userID', value: 'bob', domain: '127.0.0.1', path: '/' },
      },
    })
    expect(edit?.storeChanges.map((c) => [c.type, c.cookie.value, c.cause])).toEqual([
      ['added', 'bob', { by: 'inspector' }],
    ])
    expect(capture.entries().filter((e) => e.kind === 'script-write')).toEqual([])
    expect(capture.storeAfter(edit!.id)?.map((c) => c.value)).toEqual(['bob'])
  })

  it('changes and deletes cookies, each edit holding its own change', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'userID', value: 'alice' })],
    })
    capture = attached.capture
    await capture.setCookie(draft())
    await capture.deleteCookie({ name: 'userID', domain: '127.0.0.1', path: '/' })
    const [change, removal] = edits(capture.entries())
    expect(change?.storeChanges.map((c) => [c.type, c.before?.value, c.cookie.value])).toEqual([
      ['changed', 'alice', 'bob'],
    ])
    expect(removal).toMatchObject({
      action: 'delete',
      summary: { code: 'editDelete', params: { name: 'userID', domain: '127.0.0.1', path: '/' } },
    })
    expect(removal?.storeChanges.map((c) => [c.type, c.cause])).toEqual([
      ['removed', { by: 'inspector' }],
    ])
    expect(capture.store()).toEqual([])
  })

  it('clears every cookie in one edit', async () => {
    const attached = await attachedCapture({
      start: T0,
      cookies: [cdpCookie({ name: 'a', value: '1' }), cdpCookie({ name: 'b', value: '2' })],
    })
    capture = attached.capture
    await capture.clearCookies()
    const [clear] = edits(capture.entries())
    expect(clear).toMatchObject({ action: 'clear', summary: { code: 'editClear' } })
    expect(clear?.storeChanges.map((c) => `${c.type} ${c.cookie.name} ${c.cause.by}`)).toEqual([
      'removed a inspector',
      'removed b inspector',
    ])
  })

  it('rejects a refused cookie with a reason a learner can act on, and says so in the timeline', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    attached.browser.refuseNextSet = 'success-false'
    const sameSite = capture.setCookie(draft({ name: 'tracker', sameSite: 'None' }))
    await expect(sameSite).rejects.toMatchObject({
      fact: {
        code: 'editRefused',
        params: { name: 'tracker', reason: { code: 'sameSiteNoneNeedsSecure' } },
      },
    })
    // The error's own message is the catalogue's English, for logs and the command line.
    await expect(sameSite).rejects.toThrow(
      'The browser refused the cookie "tracker": SameSite=None needs Secure',
    )
    attached.browser.refuseNextSet = 'error'
    await expect(capture.setCookie(draft({ value: 'a;b' }))).rejects.toMatchObject({
      // "Sanitizing cookie failed" names no check: the likely reason says more, and alone.
      fact: {
        code: 'editRefused',
        params: { name: 'userID', reason: { code: 'semicolonInNameOrValue' } },
      },
    })
    attached.browser.refuseNextSet = 'success-false'
    await expect(capture.setCookie(draft({ name: 'plain' }))).rejects.toMatchObject({
      fact: { code: 'editRefusedUnexplained', params: { name: 'plain' } },
    })
    const refused = edits(capture.entries())
    const target = { value: 'bob', domain: '127.0.0.1', path: '/' }
    expect(refused.map((e) => e.summary)).toEqual([
      {
        code: 'editSetFailed',
        params: { name: 'tracker', ...target, why: { code: 'sameSiteNoneNeedsSecure' } },
      },
      {
        code: 'editSetFailed',
        params: {
          ...target,
          name: 'userID',
          value: 'a;b',
          why: { code: 'semicolonInNameOrValue' },
        },
      },
      {
        code: 'editSetFailed',
        params: { name: 'plain', ...target, why: { code: 'browserRefusedIt' } },
      },
    ])
    expect(refused.flatMap((e) => e.storeChanges)).toEqual([])
    expect(capture.store()).toEqual([])
  })

  it('refuses to edit while detached, saying why', async () => {
    const attached = await attachedCapture({ start: T0 })
    capture = attached.capture
    capture.detach({ code: 'debuggerDetached', params: { detail: 'DevTools opened' } })
    await expect(capture.setCookie(draft())).rejects.toMatchObject({
      fact: { code: 'captureNotAttached', params: { command: 'set' } },
      message: 'Cannot set a cookie right now: capture is not attached to the pane.',
    })
    capture.close()
    await expect(capture.clearCookies()).rejects.toMatchObject({
      fact: { code: 'captureClosed', params: { command: 'clear' } },
      message: 'Cannot clear the cookies: the capture is closed.',
    })
  })
})
