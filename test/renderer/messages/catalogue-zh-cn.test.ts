// The Simplified Chinese catalogue against the English source: every id translated, each message
// valid ICU asking the same of the same parameters (argument names, how each is formatted, the
// same select keys; a plural keeps `other`, with only Chinese's own plural categories and any
// exact `=N` cases), formatting with the English test's samples, in Chinese, and punctuated as
// Chinese is (full-width after a Chinese character).

import { describe, expect, it } from 'vitest'
import { catalogueEn } from '../../../src/shared/messages/catalogue-en'
import { catalogueZhCn } from '../../../src/shared/messages/catalogue-zh-cn'
import { formatFact, formatMessage } from '../../../src/shared/messages/format-message'
import type { MessageId } from '../../../src/shared/messages/message-ids'
import { argumentsOf } from './message-arguments'
import { paramsOf, SAMPLES } from './message-samples'
import { formatAnyMessage } from './ui-topics'

const ids = Object.keys(catalogueEn) as MessageId[]
const HAN = /\p{Script=Han}/u
/** ASCII sentence punctuation written straight after a Chinese character. */
const ASCII_AFTER_HAN = /\p{Script=Han}[,.:;!?()]/u
/** A Latin word, a number or a mark touching a Chinese character: the glossary keeps one space. */
const MISSING_SPACE = /\p{Script=Han}[A-Za-z0-9<]|[A-Za-z0-9>]\p{Script=Han}/u
const CHINESE_PLURALS = new Set(new Intl.PluralRules('zh-CN').resolvedOptions().pluralCategories)

const zhOf = (id: MessageId): string => {
  const entry: { message: string } | undefined = catalogueZhCn[id]
  if (!entry) throw new Error(`${id} has no Simplified Chinese message`)
  return entry.message
}

describe('the Simplified Chinese catalogue', () => {
  it('translates every English id, and no other', () => {
    expect(Object.keys(catalogueZhCn).sort()).toEqual([...ids].sort())
  })

  it.each(ids)('%s asks the same of its parameters as the English', (id) => {
    const en = argumentsOf(catalogueEn[id].message)
    const zh = argumentsOf(zhOf(id))
    expect(zh.kinds).toEqual(en.kinds)
    expect(zh.tags).toEqual(en.tags)
    for (const [name, keys] of en.options) {
      const kinds = en.kinds.get(name)
      if (kinds?.has('select')) expect(zh.options.get(name), name).toEqual(keys)
      if (kinds?.has('plural')) {
        const zhKeys = [...(zh.options.get(name) ?? [])]
        expect(zhKeys, name).toContain('other')
        for (const key of zhKeys) {
          expect(key.startsWith('=') || CHINESE_PLURALS.has(key as Intl.LDMLPluralRule), key).toBe(
            true,
          )
        }
      }
    }
  })

  /**
   * Messages whose Chinese keeps the English letters on purpose: the seed tutorials' own sites
   * and titles, what a seed's code itself answers, and the word Cookie and SameSite, which the
   * glossary keeps in Latin letters, and the format's name, HAR.
   */
  const KEPT_IN_LATIN: ReadonlySet<MessageId> = new Set<MessageId>([
    'seed.000',
    'seed.001',
    'seed.004',
    'route.john.title',
    'page.cookies.title',
    'page.crossSite.cookie',
    'page.crossSite.cookieRule',
    'har.menu',
    'ui.store.column.cookie',
  ])

  it.each(ids)('%s formats in Chinese with its sample', (id) => {
    const text = formatAnyMessage(id, paramsOf(id), 'zh-CN')
    expect(text.trim()).not.toBe('')
    // A message whose English has words of its own has Chinese ones; one that is only its
    // arguments or wire text ("{errorText}", "?") may stay as it is.
    if (
      !KEPT_IN_LATIN.has(id) &&
      /[A-Za-z]{2}/.test(argumentsOf(catalogueEn[id].message).literal)
    ) {
      expect(text).toMatch(HAN)
    }
  })

  it('writes full-width punctuation after a Chinese character', () => {
    const ascii = ids.filter((id) => ASCII_AFTER_HAN.test(zhOf(id)))
    expect(ascii).toEqual([])
  })

  it('keeps a space between Chinese and a Latin word, a number or a mark', () => {
    expect(ids.filter((id) => MISSING_SPACE.test(zhOf(id)))).toEqual([])
  })

  it('formats plurals, numbers, dates and nested facts in Chinese', () => {
    expect(formatMessage('lesson.list.steps', { count: 1 }, 'zh-CN')).toBe('1 个步骤')
    expect(formatMessage('ui.store.count', { count: 1 }, 'zh-CN')).toBe('1 个 Cookie')
    expect(formatMessage('ui.timeline.rows', { count: 10_000 }, 'zh-CN')).toBe('10,000 行')
    expect(formatMessage('ui.timeline.rows', { count: 1 }, 'en')).toBe('1 row')
    expect(formatMessage('timeline.skip', { count: 1, first: '#2', last: '#2' }, 'zh-CN')).toBe(
      '#2 已隐藏',
    )
    expect(formatMessage('timeline.skip', { count: 3, first: '#2', last: '#4' }, 'zh-CN')).toBe(
      '#2–#4 已隐藏',
    )
    const held = Date.UTC(2028, 0, 4)
    const chineseDate = new Intl.DateTimeFormat('zh-CN', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    }).format(held)
    expect(chineseDate).toMatch(/^2028年1月\d+日$/)
    expect(formatMessage('verdict.capped', { days: 400, held, asked: held }, 'zh-CN')).toBe(
      `已限制为 400 天：保存到 ${chineseDate}，而不是 ${chineseDate}`,
    )
    expect(formatFact(SAMPLES.editRefused, 'zh-CN')).toBe(
      '浏览器拒绝了 Cookie“tracker”：SameSite=None 需要 Secure，这样跨站发送的 Cookie 就绝不会通过普通 HTTP 传输。',
    )
  })
})
