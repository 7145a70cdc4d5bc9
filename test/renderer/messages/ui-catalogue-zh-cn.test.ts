// The Simplified Chinese of the UI's own words (zh-cn/ui-*.ts): every message translated, with
// the parameters and marks of its English source, formatted in zh-CN, and written as the
// glossary asks (full-width punctuation in Chinese sentences, a space between Chinese and Latin).

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import type { MessageId } from '../../../src/shared/messages/message-ids'
import { UI_SAMPLES } from './ui-samples'
import { formatAnyMessage, UI_TOPICS_EN, UI_TOPICS_ZH_CN } from './ui-topics'

const english = Object.assign({}, ...UI_TOPICS_EN) as Record<string, { message: string }>
const chinese = Object.assign({}, ...UI_TOPICS_ZH_CN) as Record<string, { message: string }>

/** Parameters and tags of an ICU message, each as `param:x` or `tag:x`, with selects' keys. */
function shapeOf(message: string): string[] {
  const shape = new Set<string>()
  const walk = (nodes: readonly unknown[]): void => {
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (node.type === 8) shape.add(`tag:${String(node.value)}`)
      else if (typeof node.value === 'string' && node.type !== 0) shape.add(`param:${node.value}`)
      if (Array.isArray(node.children)) walk(node.children)
      for (const option of Object.values((node.options ?? {}) as Record<string, unknown>)) {
        walk((option as { value: unknown[] }).value)
      }
    }
  }
  walk(new IntlMessageFormat(message, 'zh-CN').getAst())
  return [...shape].sort()
}

// Chinese text, a Latin letter or digit, and the ASCII punctuation a Chinese sentence must not use.
const HAN = '\\p{Script=Han}'
const MISSING_SPACE = new RegExp(`${HAN}[A-Za-z0-9<]|[A-Za-z0-9>]${HAN}`, 'u')
const ASCII_PUNCTUATION = new RegExp(`${HAN}[,.:;?!()]|[,:;?!()]${HAN}`, 'u')
/** Messages with no words of their own: a number, names kept as on the wire, parameters. */
const NO_WORDS = new Set([
  'ui.settings.percent',
  'ui.store.column.cookie',
  'ui.store.priority',
  'ui.store.markBy',
  'ui.check.separator',
])

describe('the UI’s Simplified Chinese', () => {
  it('translates every English message of the UI’s topics, and no other id', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort())
  })

  it.each(Object.keys(english))('%s: same parameters and marks, formatted in Chinese', (id) => {
    const source = english[id]!.message
    const translation = chinese[id]!.message
    expect(shapeOf(translation)).toEqual(shapeOf(source))
    const params = UI_SAMPLES[id as keyof typeof UI_SAMPLES]
    const text = formatAnyMessage(id as MessageId, params, 'zh-CN')
    expect(text.trim()).not.toBe('')
    if (!NO_WORDS.has(id)) expect(text).toMatch(/\p{Script=Han}/u)
    expect(translation).not.toMatch(MISSING_SPACE)
    expect(translation).not.toMatch(ASCII_PUNCTUATION)
  })

  it('formats numbers and plurals as Chinese does', () => {
    expect(formatAnyMessage('ui.store.count', { count: 1 }, 'zh-CN')).toBe('1 个 Cookie')
    expect(formatAnyMessage('ui.timeline.rows', { count: 10_000 }, 'zh-CN')).toBe('10,000 行')
    expect(formatAnyMessage('ui.timeline.rows', { count: 1 }, 'en')).toBe('1 row')
  })
})
