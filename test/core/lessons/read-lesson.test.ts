import { describe, expect, it } from 'vitest'
import { MAX_LESSON_BYTES } from '../../../src/core/lessons/lesson-source'
import { readLessonBytes, readLessonText } from '../../../src/core/lessons/read-lesson'
import { ACTION_KINDS, type Lesson } from '../../../src/shared/lessons/lesson'
import { formatLessonProblem } from '../../../src/shared/lessons/lesson-problem-words'
import type { LocatedLessonProblem } from '../../../src/shared/lessons/lesson-problems'
import { lessonAdding, lessonWith, TINY_LESSON } from './lesson-text'

function problemsOf(text: string): LocatedLessonProblem[] {
  const reading = readLessonText(text)
  if (reading.ok) throw new Error('expected problems, the lesson was read')
  return reading.problems
}

function lessonOf(text: string): Lesson {
  const reading = readLessonText(text)
  if (!reading.ok) {
    throw new Error(reading.problems.map((p) => formatLessonProblem(p, 'lesson')).join('\n'))
  }
  return reading.lesson
}

/** The one problem of TEXT, in words, as `check` prints it for a file named lesson.yaml. */
function onlyProblem(text: string): string {
  const problems = problemsOf(text)
  expect(problems).toHaveLength(1)
  return formatLessonProblem(problems[0]!, 'lesson.yaml')
}

describe('a valid lesson', () => {
  it('parses to the structure the file describes, with the defaults filled in', () => {
    expect(lessonOf(TINY_LESSON)).toEqual({
      format: 1,
      id: 'tiny',
      title: 'Set and get',
      summary: 'A cookie goes out and comes back.',
      languages: ['en'],
      hosts: [],
      expects: [],
      steps: [
        {
          id: 'set',
          title: 'Set it',
          text: 'The form posts a userID.',
          action: { kind: 'submit-form', page: '/', fields: { nm: 'alice' } },
          checks: [{ kind: 'stored', path: '/setcookie', cookie: 'userID' }],
        },
        {
          id: 'get',
          title: 'Get it',
          text: 'The browser sends it back.',
          action: { kind: 'navigate', url: '/getcookie' },
          checks: [{ kind: 'sent', path: '/getcookie', cookie: 'userID' }],
        },
      ],
    })
  })

  it('reads the same lesson written as JSON', () => {
    const json = JSON.stringify(lessonOf(TINY_LESSON), null, 2)
    expect(lessonOf(json)).toEqual(lessonOf(TINY_LESSON))
  })

  it('takes texts in several languages, a prediction, a focus and declared hosts', () => {
    const lesson = lessonOf(
      lessonWith(5, 'languages: [en, zh-CN]\nhosts: [localhost:5000]')
        .replace('title: Set and get', 'title: { en: Set and get, zh-CN: 设置和读取 }')
        .replace('summary: A cookie goes out and comes back.', 'summary: { en: Out, zh-CN: 出去 }')
        .replace('title: Set it', 'title: { en: Set it, zh-CN: 设置 }')
        .replace('text: The form posts a userID.', 'text: { en: Posts, zh-CN: 提交 }')
        .replace('title: Get it', 'title: { en: Get it, zh-CN: 读取 }')
        .replace(
          'text: The browser sends it back.',
          `text: { en: Back, zh-CN: 回来 }
    focus: { kind: cookie, cookie: userID, path: /getcookie }
    prediction:
      question: { en: Sent?, zh-CN: 会发送吗？ }
      choices:
        - { id: yes, text: { en: Yes, zh-CN: 会 } }
        - { id: no, text: { en: No, zh-CN: 不会 } }
      answer: yes`,
        )
        .replace('url: /getcookie', 'url: "http://localhost:5000/getcookie"'),
    )
    expect(lesson.title).toEqual({ en: 'Set and get', 'zh-CN': '设置和读取' })
    expect(lesson.hosts).toEqual(['localhost:5000'])
    expect(lesson.steps[1]?.focus).toEqual({ kind: 'cookie', cookie: 'userID', path: '/getcookie' })
    expect(lesson.steps[1]?.prediction?.answer).toBe('yes')
  })

  it('allows a few aliases, for a check written once and used twice', () => {
    const lesson = lessonOf(
      lessonWith(15, '      - &sent-check { kind: stored, path: /setcookie, cookie: userID }')
        .replace('        path: /setcookie\n        cookie: userID\n', '')
        .replace('      - { kind: sent, path: /getcookie, cookie: userID }', '      - *sent-check'),
    )
    expect(lesson.steps[1]?.checks[0]).toEqual(lesson.steps[0]?.checks[0])
  })

  it('reaches the tutorial hosts without declaring them, https where the certificate names them', () => {
    const lesson = lessonOf(
      lessonWith(
        21,
        '    action: { kind: navigate, url: "https://www.shop.test/cross-site" }',
      ).replace('/getcookie, cookie', '/cross-site, cookie'),
    )
    expect(lesson.steps[1]?.action).toEqual({
      kind: 'navigate',
      url: 'https://www.shop.test/cross-site',
    })
  })
})

describe('a malformed lesson gets one clear message per problem, with file, line and field', () => {
  it('bad YAML syntax: the line where it breaks', () => {
    expect(onlyProblem(lessonWith(9, '    text: The form: posts a userID.'))).toBe(
      // A colon and a space in plain text starts a mapping: the classic YAML pitfall.
      'lesson.yaml:9:11: This is not valid YAML: Nested mappings are not allowed in compact mappings.',
    )
  })

  it('an unknown action: the list of known ones', () => {
    const message = onlyProblem(lessonWith(11, '      kind: teleport'))
    expect(message).toBe(
      `lesson.yaml:11:13: steps[0].action.kind: "teleport" is not one of: ${ACTION_KINDS.join(', ')}.`,
    )
  })

  it('a check on a cookie no step sets, unless the lesson expects it from elsewhere', () => {
    const text = lessonWith(23, '      - { kind: sent, path: /getcookie, cookie: sessionID }')
    expect(onlyProblem(text)).toMatch(
      /^lesson\.yaml:23:49: steps\[1\]\.checks\[0\]\.cookie: No step sets the cookie "sessionID"/,
    )
    expect(lessonOf(lessonAdding(5, 'expects: [sessionID]')).expects).toEqual(['sessionID'])
    expect(
      readLessonText(
        lessonAdding(5, 'expects: [sessionID]').replace('cookie: userID }', 'cookie: sessionID }'),
      ).ok,
    ).toBe(true)
  })

  it('a check that a cookie was sent before any step sets it', () => {
    // The get step goes first: its check on userID cannot pass before the set step.
    const lines = TINY_LESSON.split('\n')
    const swapped = [...lines.slice(0, 6), ...lines.slice(17, 23), ...lines.slice(6, 17), '']
    expect(onlyProblem(swapped.join('\n'))).toBe(
      'lesson.yaml:12:49: steps[0].checks[0].cookie: The cookie "userID" is first set by steps[1], after this one: this check cannot pass here.',
    )
  })

  it('a missing field: its name, at the mapping that lacks it', () => {
    expect(onlyProblem(lessonWith(19, ''))).toBe(
      'lesson.yaml:18:5: steps[1].title: The field "title" is missing.',
    )
  })

  it('a field of the wrong kind, and an unknown field with the known ones', () => {
    expect(onlyProblem(lessonWith(5, 'languages: en'))).toBe(
      'lesson.yaml:5:12: languages: Expected a list, found text.',
    )
    expect(onlyProblem(lessonAdding(17, '        colour: blue'))).toBe(
      'lesson.yaml:18:9: steps[0].checks[0].colour: There is no field "colour" here. Known fields: kind, cookie, value, path, method, host.',
    )
  })

  it('an action without its kind, a text over its cap', () => {
    expect(onlyProblem(lessonWith(11, '      url: /'))).toBe(
      'lesson.yaml:11:7: steps[0].action.kind: The field "kind" is missing.',
    )
    expect(onlyProblem(lessonWith(8, `    title: ${'x'.repeat(201)}`))).toBe(
      'lesson.yaml:8:12: steps[0].title: The text is too long: at most 200 characters.',
    )
  })

  it('a huge file: refused before it is parsed, with its size', () => {
    const huge = TINY_LESSON + `# ${'x'.repeat(MAX_LESSON_BYTES)}\n`
    const bytes = new TextEncoder().encode(huge)
    const reading = readLessonBytes(bytes)
    expect(reading.ok).toBe(false)
    if (reading.ok) return
    expect(reading.problems).toEqual([
      {
        problem: {
          code: 'fileTooLarge',
          params: { bytes: bytes.byteLength, max: MAX_LESSON_BYTES },
        },
        path: '',
      },
    ])
    expect(formatLessonProblem(reading.problems[0]!, 'big.yaml')).toBe(
      `big.yaml: The file is ${bytes.byteLength.toLocaleString('en')} bytes; a lesson may be at most 262,144 bytes, so it was not read.`,
    )
  })

  it('an alias bomb: refused, not expanded', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for (const name of 'bcdefghi') {
      const previous = String.fromCharCode(name.charCodeAt(0) - 1)
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`)
    }
    const started = performance.now()
    expect(onlyProblem(levels.join('\n'))).toBe(
      'lesson.yaml: Too many aliases (*name): more than 50 would be copied. Write the values out, or use fewer aliases.',
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('nesting thousands deep: refused before parsing, and the process reads on', () => {
    // Parsed, this overflowed yaml's stack, after which Node died out of memory.
    expect(onlyProblem('['.repeat(20_000) + ']'.repeat(20_000))).toBe(
      'lesson.yaml:1:65: The file nests lists or mappings too deeply to be a lesson.',
    )
    expect(onlyProblem(`${'- '.repeat(5000)}x`)).toMatch(/nests lists or mappings too deeply/)
    expect(readLessonText(TINY_LESSON).ok).toBe(true)
  })

  it('a `!!js/function` tag, a custom tag, even a standard one: a lesson is plain data', () => {
    expect(
      onlyProblem(lessonWith(12, '      page: !!js/function "function () { return 1 }"')),
    ).toBe(
      'lesson.yaml:12:13: Lesson files take no YAML tags (!!js/function): a lesson is plain data. Remove the tag and write the value itself.',
    )
    expect(onlyProblem(lessonWith(12, '      page: !cookie /'))).toMatch(
      /^lesson\.yaml:12:13: .*\(!cookie\)/,
    )
    expect(onlyProblem(lessonWith(12, '      page: !!str /'))).toMatch(/\(!!str\)/)
  })

  it('a `__proto__`, `constructor` or `prototype` key, written or behind an alias', () => {
    expect(onlyProblem(lessonAdding(13, '      __proto__: { polluted: true }'))).toBe(
      'lesson.yaml:14:7: The key "__proto__" is not allowed in a lesson file.',
    )
    expect(onlyProblem(lessonAdding(2, 'constructor: x'))).toMatch(/"constructor" is not allowed/)
    expect(onlyProblem(lessonAdding(2, 'x: &key prototype\n*key : 1'))).toMatch(
      /^lesson\.yaml:4:1: The key "prototype"/,
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('a text in several languages without `en`, and a key that is no language', () => {
    expect(onlyProblem(lessonWith(8, '    title: { fr: Poser, de: Setzen }'))).toBe(
      'lesson.yaml:8:12: steps[0].title: A text in several languages needs an "en" entry, the English text.',
    )
    expect(onlyProblem(lessonWith(8, '    title: { en: Set it, Chinese: 设置 }'))).toBe(
      'lesson.yaml:8:26: steps[0].title.Chinese: Expected a language tag such as en, zh-CN or pt-BR.',
    )
  })

  it('a text in a language the lesson does not declare, and a declared one missing', () => {
    expect(onlyProblem(lessonWith(8, '    title: { en: Set it, zh-CN: 设置 }'))).toBe(
      'lesson.yaml:8:26: steps[0].title.zh-CN: This text is written in zh-CN, which "languages" does not list. Add it there.',
    )
    // A plain string is every language's (a name, a bit of code); a map promises each language.
    const declared = lessonWith(5, 'languages: [en, zh-CN]')
    expect(readLessonText(declared).ok).toBe(true)
    expect(onlyProblem(declared.replace('title: Set it', 'title: { en: Set it }'))).toBe(
      'lesson.yaml:8:12: steps[0].title: This text has no zh-CN version, though "languages" lists zh-CN.',
    )
  })

  it('a file that is not UTF-8', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('title: caf'), 0xe9, 0x0a])
    const reading = readLessonBytes(bytes)
    expect(reading.ok || reading.problems.map((p) => p.problem.code)).toEqual(['fileNotUtf8'])
  })

  it('a duplicate key', () => {
    expect(onlyProblem(lessonAdding(3, 'title: again'))).toBe(
      'lesson.yaml:4:1: This is not valid YAML: Map keys must be unique.',
    )
  })
})

describe('what the schema cannot say', () => {
  it('duplicate step ids', () => {
    expect(onlyProblem(lessonWith(18, '  - id: set'))).toBe(
      'lesson.yaml:18:9: steps[1].id: Step id "set" is already used by steps[0]. Step ids must differ.',
    )
  })

  it('a navigate to a host that is neither the tutorial nor declared', () => {
    const elsewhere = lessonWith(
      21,
      '    action: { kind: navigate, url: "https://example.com/getcookie" }',
    )
    expect(onlyProblem(elsewhere)).toBe(
      'lesson.yaml:21:36: steps[1].action.url: The host example.com is not one of the tutorial\'s: add it to "hosts", so the learner is shown it before the lesson runs.',
    )
    expect(
      readLessonText(
        lessonAdding(5, 'hosts: [example.com]').replace(
          'url: /getcookie',
          'url: "https://example.com/getcookie"',
        ),
      ).ok,
    ).toBe(true)
    // A port written out is another server than the tutorial, even on localhost.
    expect(
      onlyProblem(
        lessonWith(21, '    action: { kind: navigate, url: "http://localhost:5000/getcookie" }'),
      ),
    ).toMatch(/The host localhost:5000 is not one of the tutorial's/)
    expect(
      onlyProblem(
        lessonWith(21, '    action: { kind: navigate, url: "https://other.test/getcookie" }'),
      ),
    ).toMatch(
      /The tutorial has no https for other\.test: its certificate names only localhost, www\.shop\.test/,
    )
  })

  it('a script action without the page it is bound to, or bound to an undeclared host', () => {
    expect(
      onlyProblem(lessonWith(21, '    action: { kind: script, code: "document.cookie" }')),
    ).toBe('lesson.yaml:21:13: steps[1].action.page: The field "page" is missing.')
    expect(
      onlyProblem(
        lessonWith(21, '    action: { kind: script, page: "http://evil.example/", code: "1" }'),
      ),
    ).toMatch(/^lesson\.yaml:21:35: steps\[1\]\.action\.page: The host evil\.example is not one/)
  })

  it('a focus that names nothing the lesson touches', () => {
    expect(onlyProblem(lessonAdding(20, '    focus: { kind: row, path: /elsewhere }'))).toBe(
      'lesson.yaml:21:31: steps[1].focus.path: The focus names /elsewhere, which no step of this lesson visits, sets or checks: there would be nothing to highlight.',
    )
    expect(onlyProblem(lessonAdding(20, '    focus: { kind: store, cookie: username }'))).toMatch(
      /steps\[1\]\.focus\.cookie: The focus names username/,
    )
    expect(
      readLessonText(
        lessonAdding(20, '    focus: { kind: header, header: Cookie, path: /getcookie }'),
      ).ok,
    ).toBe(true)
  })

  it('a prediction whose answer is not a choice, or with no checks to prove it', () => {
    const prediction = (answer: string) => `    prediction:
      question: Sent?
      choices: [{ id: yes, text: Yes }, { id: no, text: No }]
      answer: ${answer}`
    expect(onlyProblem(lessonAdding(20, prediction('maybe')))).toBe(
      'lesson.yaml:24:15: steps[1].prediction.answer: The answer "maybe" is not one of the choices: yes, no.',
    )
    const noChecks = lessonAdding(20, prediction('yes')).replace(
      '    checks:\n      - { kind: sent, path: /getcookie, cookie: userID }\n',
      '',
    )
    expect(onlyProblem(noChecks)).toMatch(/steps\[1\]\.prediction: A prediction needs checks/)
  })

  it('a click-link that says neither which link nor its text', () => {
    expect(
      onlyProblem(lessonWith(21, '    action: { kind: click-link, page: /setcookie }')),
    ).toMatch(
      /^lesson\.yaml:21:13: steps\[1\]\.action: A click-link action needs "selector" or "text"/,
    )
  })

  it('a refused check names a reason the browser or capture reports', () => {
    expect(
      readLessonText(lessonWith(15, '      - kind: refused\n        reason: SameSiteNoneInsecure'))
        .ok,
    ).toBe(true)
    expect(onlyProblem(lessonWith(15, '      - kind: refused\n        reason: TooTasty'))).toMatch(
      /^lesson\.yaml:16:17: steps\[0\]\.checks\[0\]\.reason: "TooTasty" is not one of: .*SameSiteNoneInsecure.*inferredPartitionedWithoutSecure/,
    )
  })
})
