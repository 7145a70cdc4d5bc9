// The UI's language: its first value from the system's preferred languages, the learner's choice
// kept with the other settings, sent to the host, followed by a lesson written in it, and the
// language every message takes when its caller names none.

import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppStores } from '../../../src/renderer/src/stores/app-stores'
import { applySettings } from '../../../src/renderer/src/settings-dom'
import { SETTINGS_KEY, SettingsStore } from '../../../src/renderer/src/stores/settings-store'
import type { LessonListing } from '../../../src/shared/contract'
import {
  currentMessageLocale,
  formatMessage,
  setMessageLocale,
} from '../../../src/shared/messages/format-message'
import { localeServing, preferredLocale } from '../../../src/shared/messages/locale-choice'
import { createFakeHost } from '../fake-host'

function memoryStorage(initial: Record<string, string> = {}) {
  const data = { ...initial }
  return {
    data,
    getItem: (key: string) => data[key] ?? null,
    setItem: (key: string, value: string) => void (data[key] = value),
  }
}

afterEach(() => setMessageLocale('en'))

describe('the first language', () => {
  it('is the first of the system’s languages the app speaks, by language and script', () => {
    expect(preferredLocale(['zh-CN'])).toBe('zh-CN')
    expect(preferredLocale(['zh'])).toBe('zh-CN')
    expect(preferredLocale(['zh-Hans-SG'])).toBe('zh-CN')
    expect(preferredLocale(['en-GB', 'zh-CN'])).toBe('en')
    // Traditional Chinese is not Simplified: the next preference decides.
    expect(preferredLocale(['zh-TW', 'zh-CN'])).toBe('zh-CN')
    expect(preferredLocale(['zh-HK'])).toBe('en')
    expect(preferredLocale(['fr-FR', 'not a tag!', 'zh-Hans'])).toBe('zh-CN')
    expect(preferredLocale([])).toBe('en')
    expect(localeServing('ZH-cn')).toBe('zh-CN')
    expect(localeServing('de')).toBeNull()
  })
})

describe('the language setting', () => {
  it('starts from the system, keeps the learner’s choice, and ignores what it cannot speak', () => {
    const storage = memoryStorage()
    const store = new SettingsStore(storage, null, ['zh-CN', 'en'])
    expect(store.getSnapshot().language).toBe('zh-CN')
    store.setLanguage('en')
    expect(JSON.parse(storage.data[SETTINGS_KEY]!).language).toBe('en')
    // Kept across runs, whatever the system says now.
    expect(new SettingsStore(storage, null, ['zh-CN']).getSnapshot().language).toBe('en')
    const odd = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ language: 'klingon' }) })
    expect(new SettingsStore(odd, null, ['zh-Hans']).getSnapshot().language).toBe('zh-CN')
    // Settings saved before languages existed keep their other choices.
    const old = memoryStorage({ [SETTINGS_KEY]: JSON.stringify({ theme: 'dark' }) })
    const before = new SettingsStore(old, null, ['en-US']).getSnapshot()
    expect([before.language, before.theme]).toEqual(['en', 'dark'])
  })

  it('puts the language on <html lang> and on every message formatted after it', () => {
    const store = new SettingsStore(memoryStorage(), null, ['en'])
    const root = { dataset: {}, style: {}, lang: '' } as unknown as HTMLElement
    applySettings(root, store.getSnapshot())
    expect(root.lang).toBe('en')
    expect(formatMessage('ui.timeline.heading', undefined)).toBe('Timeline')
    store.setLanguage('zh-CN')
    applySettings(root, store.getSnapshot())
    expect(root.lang).toBe('zh-CN')
    expect(currentMessageLocale()).toBe('zh-CN')
    expect(formatMessage('ui.timeline.heading', undefined)).toBe('时间线')
    // A caller that names its language still gets it.
    expect(formatMessage('ui.timeline.heading', undefined, 'en')).toBe('Timeline')
  })

  it('tells the host the language now and at each change, and stops when disposed', () => {
    const host = createFakeHost()
    const stores = createAppStores(host.api, { systemLanguages: ['zh-CN'] })
    const sent = () =>
      host.calls('setLanguage').map(([, payload]) => (payload as { locale: string }).locale)
    expect(sent()).toEqual(['zh-CN'])
    stores.settings.setLanguage('en')
    stores.settings.setPresenter(true)
    stores.settings.setLanguage('en')
    expect(sent()).toEqual(['zh-CN', 'en'])
    stores.dispose()
    stores.settings.setLanguage('zh-CN')
    expect(sent()).toEqual(['zh-CN', 'en'])
  })
})

describe('a lesson’s language', () => {
  const lesson = (languages: string[]): LessonListing => ({
    ref: `built-in:${languages.join('-')}`,
    source: 'built-in',
    lesson: {
      format: 1,
      id: 'tiny',
      title: Object.fromEntries(languages.map((tag) => [tag, `title ${tag}`])),
      summary: 'A cookie is set.',
      languages,
      hosts: [],
      expects: [],
      steps: [{ id: 'one', title: 'One', text: 'Look.', action: { kind: 'learner' }, checks: [] }],
    },
  })

  it('follows the UI’s where the lesson is written in it, and stays put where it is not', async () => {
    const chinese = lesson(['en', 'zh-Hans'])
    const english = lesson(['en'])
    const host = createFakeHost({ lessons: () => [chinese, english] })
    const stores = createAppStores(host.api, { systemLanguages: ['zh-CN'] })
    stores.lesson.show()
    await vi.waitFor(() => expect(stores.lesson.getSnapshot().listings).toHaveLength(2))
    stores.lesson.choose(chinese.ref)
    expect(stores.lesson.getSnapshot().language).toBe('zh-Hans')
    stores.settings.setLanguage('en')
    expect(stores.lesson.getSnapshot().language).toBe('en')
    stores.settings.setLanguage('zh-CN')
    expect(stores.lesson.getSnapshot().language).toBe('zh-Hans')
    stores.lesson.choose(english.ref)
    expect(stores.lesson.getSnapshot().language).toBe('en')
    stores.dispose()
  })
})
