import { describe, expect, it } from 'vitest'
import { commandSchemas } from '../../../src/shared/contract-schemas'
import { cookieKeyOf } from '../../../src/shared/domain'
import { InspectorStore, draftFromStored } from '../../../src/renderer/src/stores/inspector-store'
import { createFakeHost } from '../fake-host'
import { makeChange, makeCookie, makeExchange } from '../factories'

const alice = makeCookie({ name: 'userID', value: 'alice' })
/** The add form as a learner fills it in for a cookie `lang`. */
const LANG_FORM = {
  name: 'lang',
  value: 'f',
  domain: '127.0.0.1',
  path: '/',
  expiresIn: '',
  httpOnly: false,
  secure: false,
  sameSite: '',
} as const
const theme = makeCookie({ name: 'theme', value: 'dark', expires: 2_000_000_000, httpOnly: true })

describe('InspectorStore live and past', () => {
  it('shows the live store, and marks what the focused newest entry changed', () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    store.setLive([alice, theme])
    const entry = makeExchange({ storeChanges: [makeChange('added', theme)] })
    store.focus(entry, 'live')
    const snapshot = store.getSnapshot()
    expect(snapshot.view).toEqual({ mode: 'live' })
    expect(snapshot.cookies).toEqual([alice, theme])
    expect(snapshot.marks.get(cookieKeyOf(theme))).toBe('added')
    expect(snapshot.marks.has(cookieKeyOf(alice))).toBe(false)
    expect(host.calls('storeAfter')).toHaveLength(0)
  })

  it('marks no live cookie that a later change replaced under the same key', () => {
    // Alice set by the focused entry, then deleted, then bob logged in: bob is not its doing.
    const bob = makeCookie({ name: 'userID', value: 'bob' })
    const store = new InspectorStore(createFakeHost().api)
    store.setLive([bob])
    store.focus(makeExchange({ storeChanges: [makeChange('changed', alice)] }), 'live')
    expect(store.getSnapshot().marks.has(cookieKeyOf(bob))).toBe(false)
    // Nor is a cookie back under a key the focused entry removed.
    store.focus(makeExchange({ id: 'del', storeChanges: [makeChange('removed', alice)] }), 'live')
    expect(store.getSnapshot().marks.has(cookieKeyOf(bob))).toBe(false)
    expect(store.getSnapshot().gone).toEqual([])
  })

  it('time travels: asks the host for the store right after a past entry', async () => {
    const host = createFakeHost({ storeAfter: () => [alice] })
    const store = new InspectorStore(host.api)
    store.setLive([alice, theme])
    const entry = makeExchange({ seq: 7, storeChanges: [makeChange('added', alice)] })
    store.focus(entry, 'past')
    expect(store.getSnapshot().view).toMatchObject({ mode: 'past', seq: 7, cookies: null })
    expect(store.getSnapshot().cookies).toBeNull()
    await Promise.resolve()
    await Promise.resolve()
    expect(host.calls('storeAfter')).toEqual([['storeAfter', { entryId: entry.id }]])
    expect(store.getSnapshot().cookies).toEqual([alice])
    store.backToLive()
    expect(store.getSnapshot()).toMatchObject({ view: { mode: 'live' }, cookies: [alice, theme] })
    expect(store.getSnapshot().marks.size).toBe(0)
  })

  it('ignores a past store that arrives after the user moved on', async () => {
    let answer: (cookies: unknown) => void = () => undefined
    const host = createFakeHost({ storeAfter: () => new Promise((resolve) => (answer = resolve)) })
    const store = new InspectorStore(host.api)
    store.setLive([theme])
    store.focus(makeExchange(), 'past')
    store.backToLive()
    answer([alice])
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getSnapshot()).toMatchObject({ view: { mode: 'live' }, cookies: [theme] })
  })

  it('says so when the past store cannot be had', async () => {
    const host = createFakeHost({
      storeAfter: () => Promise.reject(new Error('There is no timeline entry x9.')),
    })
    const store = new InspectorStore(host.api)
    store.focus(makeExchange(), 'past')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getSnapshot().view).toMatchObject({
      mode: 'past',
      error: 'There is no timeline entry x9.',
    })
  })

  it('lists cookies the entry removed that are gone from the shown store', () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    store.setLive([theme])
    store.focus(makeExchange({ storeChanges: [makeChange('removed', alice)] }), 'live')
    expect(store.getSnapshot().gone).toEqual([alice])
    expect(store.getSnapshot().marks.get(cookieKeyOf(alice))).toBe('removed')
  })
})

describe('InspectorStore edits', () => {
  it('saves an edited value with every other attribute kept', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    store.startEdit(theme)
    expect(store.getSnapshot().editingKey).toBe(cookieKeyOf(theme))
    await store.saveValue(theme, 'light')
    expect(host.calls('setCookie')).toEqual([
      [
        'setCookie',
        {
          name: 'theme',
          value: 'light',
          domain: '127.0.0.1',
          path: '/',
          expires: 2_000_000_000,
          httpOnly: true,
          secure: false,
          sameSite: null,
        },
      ],
    ])
    expect(store.getSnapshot().editingKey).toBeNull()
  })

  it('keeps a domain cookie a domain cookie: the draft domain starts with a dot', () => {
    const shared = makeCookie({ domain: 'shop.test', hostOnly: false })
    expect(draftFromStored(shared, 'v').domain).toBe('.shop.test')
    expect(draftFromStored(makeCookie({ domain: '.shop.test', hostOnly: false }), 'v').domain).toBe(
      '.shop.test',
    )
    expect(draftFromStored(makeCookie(), 'v').domain).toBe('127.0.0.1')
  })

  it('rounds the browser’s fractional expiry to the whole seconds a draft takes', () => {
    const draft = draftFromStored(makeCookie({ expires: 1_900_000_000.734 }), 'v')
    expect(draft.expires).toBe(1_900_000_001)
    expect(commandSchemas.setCookie.safeParse(draft).success).toBe(true)
  })

  it('deletes by name, domain and path', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    await store.deleteCookie(theme)
    expect(host.calls('deleteCookie')).toEqual([
      ['deleteCookie', { name: 'theme', domain: '127.0.0.1', path: '/' }],
    ])
  })

  it('clears only after confirmation', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    store.askClear()
    expect(store.getSnapshot().confirmingClear).toBe(true)
    store.cancelClear()
    expect(host.calls('clearCookies')).toHaveLength(0)
    store.askClear()
    await store.confirmClear()
    expect(host.calls('clearCookies')).toHaveLength(1)
    expect(store.getSnapshot().confirmingClear).toBe(false)
  })

  it('shows a refused edit in plain words and keeps the editor open', async () => {
    const host = createFakeHost({
      setCookie: () =>
        Promise.reject(
          new Error(
            "Error invoking remote method 'cookie-lab:command:setCookie': CommandError: bad setCookie payload: path: a cookie path starts with /",
          ),
        ),
    })
    const store = new InspectorStore(host.api)
    store.startEdit(theme)
    expect(await store.saveValue(theme, 'x')).toBe(false)
    expect(store.getSnapshot()).toMatchObject({
      error: 'bad setCookie payload: path: a cookie path starts with /',
      editingKey: cookieKeyOf(theme),
      busy: false,
    })
  })
})

describe('InspectorStore and partitioned (CHIPS) cookies', () => {
  const chip = makeCookie({
    name: 'chip',
    value: '1',
    domain: 'tracker.test',
    secure: true,
    sameSite: 'None',
    partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
    priority: 'High',
  })

  it('deletes a partitioned cookie by its partition too, so the other partitions stay', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    await store.deleteCookie(chip)
    expect(host.calls('deleteCookie')).toEqual([
      [
        'deleteCookie',
        {
          name: 'chip',
          domain: 'tracker.test',
          path: '/',
          partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
        },
      ],
    ])
    expect(commandSchemas.deleteCookie.safeParse(host.calls('deleteCookie')[0]![1]).success).toBe(
      true,
    )
  })

  it('edits a value in the cookie’s own partition, keeping a priority that is not the default', () => {
    const draft = draftFromStored(chip, '2')
    expect(draft).toMatchObject({
      value: '2',
      partitionKey: { topLevelSite: 'https://shop.test', hasCrossSiteAncestor: true },
      priority: 'High',
    })
    expect(commandSchemas.setCookie.safeParse(draft).success).toBe(true)
    // Medium is Chromium's default, and a code it may add later is not a priority setCookie takes.
    expect(draftFromStored(makeCookie({ priority: 'Medium' }), 'v')).not.toHaveProperty('priority')
    expect(draftFromStored(makeCookie({ priority: 'Urgent' }), 'v')).not.toHaveProperty('priority')
    expect(draftFromStored(makeCookie(), 'v')).not.toHaveProperty('partitionKey')
  })
})

describe('InspectorStore view choices', () => {
  it('remembers the sort, the issue filter and decoding across views', async () => {
    const host = createFakeHost({ storeAfter: () => [alice] })
    const store = new InspectorStore(host.api)
    expect(store.getSnapshot()).toMatchObject({
      sort: null,
      issuesOnly: false,
      decodeValues: false,
    })
    store.sortBy('size')
    store.sortBy('size')
    store.setIssuesOnly(true)
    store.setDecodeValues(true)
    store.focus(makeExchange(), 'past')
    await new Promise((resolve) => setTimeout(resolve, 0))
    store.backToLive()
    expect(store.getSnapshot()).toMatchObject({
      sort: { column: 'size', direction: 'descending' },
      issuesOnly: true,
      decodeValues: true,
    })
  })

  it('keeps the warnings of a cookie added by hand in view until the next add', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    const warning = { code: 'inspector.add.noPageThere', domain: 'example.com' } as const
    const form = { ...LANG_FORM, value: 'fr', domain: 'example.com' }
    expect(store.submitAddForm(form, [warning])).toBeNull()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(host.calls('setCookie')).toHaveLength(1)
    expect(store.getSnapshot().addedWarning).toEqual({ name: 'lang', warnings: [warning] })
    store.setAdding(true)
    expect(store.getSnapshot().addedWarning).toBeNull()
    expect(store.submitAddForm({ ...form, name: '' }, [])).toBe('Give the cookie a name.')
    expect(host.calls('setCookie')).toHaveLength(1)
  })
})

describe('InspectorStore drafts', () => {
  const form = LANG_FORM

  it('keeps a half-typed value and add form through time travel, and back to live', async () => {
    const host = createFakeHost({ storeAfter: () => [] })
    const store = new InspectorStore(host.api)
    store.setLive([alice])
    store.startEdit(alice)
    store.setEditValue('bo')
    store.setAdding(true)
    store.setAddForm(form)
    store.askClear()
    store.focus(makeExchange(), 'past')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getSnapshot()).toMatchObject({
      view: { mode: 'past' },
      edit: { cookie: alice, value: 'bo' },
      editingKey: cookieKeyOf(alice),
      adding: true,
      addForm: form,
      confirmingClear: false,
    })
    store.backToLive()
    expect(store.getSnapshot()).toMatchObject({ edit: { value: 'bo' }, addForm: form })
    expect(host.calls('setCookie')).toHaveLength(0)
  })

  it('keeps an edit whose cookie left the store, and saving puts the cookie back', async () => {
    const host = createFakeHost()
    const store = new InspectorStore(host.api)
    store.setLive([alice])
    store.startEdit(alice)
    store.setEditValue('bob')
    store.setLive([])
    expect(store.getSnapshot().edit).toEqual({ cookie: alice, value: 'bob' })
    await store.saveValue(store.getSnapshot().edit!.cookie, 'bob')
    expect(host.calls('setCookie')).toEqual([['setCookie', draftFromStored(alice, 'bob')]])
    expect(store.getSnapshot().edit).toBeNull()
  })

  it('lets another Edit replace an untouched edit, not one with text typed', () => {
    const store = new InspectorStore(createFakeHost().api)
    store.startEdit(alice)
    store.startEdit(theme)
    expect(store.getSnapshot().editingKey).toBe(cookieKeyOf(theme))
    store.setEditValue('light')
    store.startEdit(alice)
    expect(store.getSnapshot().edit).toEqual({ cookie: theme, value: 'light' })
    store.cancelEdit()
    expect(store.getSnapshot().edit).toBeNull()
  })

  it('folds the add form with its text kept; Cancel drops the text', () => {
    const store = new InspectorStore(createFakeHost().api)
    store.setAdding(true)
    store.setAddForm(form)
    store.setAdding(false)
    store.setAdding(true)
    expect(store.getSnapshot().addForm).toEqual(form)
    store.cancelAdding()
    expect(store.getSnapshot()).toMatchObject({ adding: false, addForm: null })
  })
})
