// The tutorial pages' messages: the Chinese holds every English id with the same parameters and
// the same code (each `backticked` span, exactly), and pageHtml reads a message's markup while
// every parameter stays text.

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import { html } from '../../../src/core/server/html'
import { pageHtml } from '../../../src/core/server/page-text'
import { tutorialPagesEn } from '../../../src/shared/messages/en/tutorial-pages'
import { tutorialPagesZhCn } from '../../../src/shared/messages/zh-cn/tutorial-pages'

/** The parameters a message uses, read from its ICU syntax tree. */
function argumentsOf(message: string, locale: string): string[] {
  const names = new Set<string>()
  const walk = (nodes: readonly unknown[]): void => {
    for (const node of nodes as Array<Record<string, unknown>>) {
      if (typeof node.value === 'string' && node.type !== 0) names.add(node.value)
      for (const option of Object.values((node.options ?? {}) as Record<string, unknown>)) {
        walk((option as { value: unknown[] }).value)
      }
    }
  }
  walk(new IntlMessageFormat(message, locale).getAst())
  return [...names].sort()
}

const codeOf = (message: string) => (message.match(/`[^`]+`/g) ?? []).sort()
const strongOf = (message: string) => (message.match(/\*\*[^*]+\*\*/g) ?? []).length

describe('the tutorial pages’ Chinese messages', () => {
  it.each(Object.entries(tutorialPagesEn))('%s keeps its parameters and code', (id, english) => {
    const chinese = tutorialPagesZhCn[id as keyof typeof tutorialPagesZhCn].message
    expect(argumentsOf(chinese, 'zh-CN')).toEqual(argumentsOf(english.message, 'en'))
    expect(codeOf(chinese)).toEqual(codeOf(english.message))
    expect(strongOf(chinese)).toBe(strongOf(english.message))
    // Chinese sentences end in full-width punctuation, not a Latin full stop after Chinese.
    expect(chinese).not.toMatch(/\p{Script=Han}[.,:;?!]/u)
    // Full-width punctuation carries its own space: none goes beside it.
    expect(chinese).not.toMatch(/ [，。：；？！（）、“”]|[，。：；？！（）、“”] /u)
  })

  it('holds exactly the English ids', () => {
    expect(Object.keys(tutorialPagesZhCn).sort()).toEqual(Object.keys(tutorialPagesEn).sort())
  })
})

describe('pageHtml', () => {
  it('marks up code and strong words of the message, and escapes its parameters', () => {
    const out = pageHtml(
      'page.playground.notInteger',
      { field: 'max_age', text: '<b>`x`</b>' },
      'en',
    )
    expect(out.text).toBe('<code>max_age=&lt;b&gt;`x`&lt;/b&gt;</code> is not an integer.')
    expect(pageHtml('page.setcookie.noField', undefined, 'zh-CN').text).toContain(
      '<strong>400 Bad Request</strong>',
    )
  })

  it('keeps a parameter that is already HTML, such as a link built by the page', () => {
    const link = html`<a href="/john/set">${'设置它'}</a>`
    expect(pageHtml('page.john.none', { link }, 'zh-CN').text).toBe(
      '没有收到 <code>username</code> Cookie，所以 <code>request.cookies.get</code> 返回了 <code>None</code>，Python 把它打印了出来。<a href="/john/set">设置它</a>。',
    )
  })

  it('counts with numbers, in the language asked for', () => {
    const words = (locale: 'en' | 'zh-CN') =>
      pageHtml('page.crossSite.stored', { host: 'tracker.test', count: 3 }, locale).text
    expect(words('en')).toMatch(/^<code>tracker\.test<\/code> just stored 3 cookies,/)
    expect(words('zh-CN')).toMatch(/^<code>tracker\.test<\/code> 刚刚存储了 3 个 Cookie，/)
  })
})
