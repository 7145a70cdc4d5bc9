// Every built-in lesson speaks Simplified Chinese to its learner: each text the learner reads (the
// lesson's title and summary, each step's title and text, each prediction's question and choices)
// has a zh-CN version written in Chinese, and that version keeps the English's code untouched:
// paths, cookie lines, attribute names and values are on the wire, never translated.

import { describe, expect, it } from 'vitest'
import { BUILT_IN_LESSON_TEXTS } from '../../../src/core/lessons/built-in'
import { readLessonText } from '../../../src/core/lessons/read-lesson'
import type { Lesson, LessonText } from '../../../src/shared/lessons/lesson'

/** Every learner-facing text of LESSON, named by where it is. */
function learnerTexts(lesson: Lesson): [string, LessonText][] {
  const texts: [string, LessonText][] = [
    ['title', lesson.title],
    ['summary', lesson.summary],
  ]
  for (const step of lesson.steps) {
    texts.push([`${step.id}.title`, step.title], [`${step.id}.text`, step.text])
    if (!step.prediction) continue
    texts.push([`${step.id}.question`, step.prediction.question])
    for (const choice of step.prediction.choices) {
      texts.push([`${step.id}.choice.${choice.id}`, choice.text])
    }
  }
  return texts
}

const HAN = /\p{Script=Han}/u
/** A space with Chinese (a character or full-width punctuation) on both sides. */
/** Full-width punctuation carries its own space: none goes beside it. */
const BESIDE_PUNCTUATION = / [，。：；？！（）、“”]|[，。：；？！（）、“”] /u
const BETWEEN_CHINESE =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef] +[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u

/**
 * What must reach the Chinese exactly as the English writes it: a path (`/getcookie`), a
 * name=value pair or attribute (`userID=alice`, `SameSite=None`), a prefix (`__Host-`), a call
 * (`set_cookie(...)`), a header name with its colon (`Set-Cookie:`).
 */
function codeIn(english: string): string[] {
  const tokens = english.match(
    /(?<![\w.])\/[\w\-/.?=&]*\w|\b[\w-]+=(?:[\w./:-]*\w|\/)|__[A-Za-z]+-|\b[\w.]+\([^)]*\)|\b(?:Set-)?Cookie:/g,
  )
  return [...new Set(tokens ?? [])]
}

const lessons = BUILT_IN_LESSON_TEXTS.map(({ fileName, text }) => {
  const reading = readLessonText(text)
  if (!reading.ok) throw new Error(`${fileName} does not read`)
  return { fileName, lesson: reading.lesson }
})

describe('the built-in lessons in Simplified Chinese', () => {
  it.each(lessons)('$fileName: every learner-facing text has zh-CN, in Chinese', ({ lesson }) => {
    expect(lesson.languages).toContain('zh-CN')
    const texts = learnerTexts(lesson)
    expect(texts.length).toBeGreaterThan(4)
    for (const [where, text] of texts) {
      // A plain string is shown in every language: only code may be one.
      if (typeof text === 'string') {
        expect(text, where).not.toMatch(/\b[a-z]{3,}\s+[a-z]{3,}\s+[a-z]{3,}\b/i)
        continue
      }
      const chinese = text['zh-CN']
      expect(chinese, where).toBeDefined()
      // A line break in a folded YAML text becomes a space, which Chinese does not put between words.
      expect(chinese, where).not.toMatch(BETWEEN_CHINESE)
      expect(chinese, where).not.toMatch(BESIDE_PUNCTUATION)
      if (HAN.test(chinese ?? '')) continue
      // Only one token (`SameSite`, `chip=shop`), a name or a value, stays as the English has it.
      expect(text.en, where).toMatch(/^\S+$/)
      expect(chinese, where).toBe(text.en)
    }
  })

  it.each(lessons)('$fileName: the Chinese keeps every path, cookie and call', ({ lesson }) => {
    for (const [where, text] of learnerTexts(lesson)) {
      if (typeof text === 'string') continue
      const chinese = text['zh-CN'] ?? ''
      for (const code of codeIn(text.en ?? '')) expect(chinese, `${where}: ${code}`).toContain(code)
    }
  })

  it('finds the code it guards in a sentence', () => {
    expect(
      codeIn(
        'Flask calls resp.set_cookie(\'userID\', user), so "Set-Cookie: userID=alice; Path=/" goes to /getcookie with __Host- names.',
      ),
    ).toEqual([
      "resp.set_cookie('userID', user)",
      'Set-Cookie:',
      'userID=alice',
      'Path=/',
      '/getcookie',
      '__Host-',
    ])
  })
})
