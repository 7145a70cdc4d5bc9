// A small valid lesson, as a teacher would write it, for tests to break one thing at a time.
// Line numbers matter to the tests: keep the layout, and change a line with `lessonWith`.

export const TINY_LESSON = `format: 1
id: tiny
title: Set and get
summary: A cookie goes out and comes back.
languages: [en]
steps:
  - id: set
    title: Set it
    text: The form posts a userID.
    action:
      kind: submit-form
      page: /
      fields: { nm: alice }
    checks:
      - kind: stored
        path: /setcookie
        cookie: userID
  - id: get
    title: Get it
    text: The browser sends it back.
    action: { kind: navigate, url: /getcookie }
    checks:
      - { kind: sent, path: /getcookie, cookie: userID }
`

/** TINY_LESSON with line LINE (1-based) replaced by REPLACEMENT (which may hold several lines). */
export function lessonWith(line: number, replacement: string): string {
  const lines = TINY_LESSON.split('\n')
  lines.splice(line - 1, 1, replacement)
  return lines.join('\n')
}

/** TINY_LESSON with LINES added after line AFTER (1-based). */
export function lessonAdding(after: number, added: string): string {
  const lines = TINY_LESSON.split('\n')
  lines.splice(after, 0, added)
  return lines.join('\n')
}

/** The refs the app gives the built-in lessons, in teaching order (the files' numbers). */
export const BUILT_IN_REFS = [
  'built-in:set-get-delete',
  'built-in:what-the-server-sees',
  'built-in:javascript-and-cookies',
  'built-in:lifetimes',
  'built-in:path',
  'built-in:domain',
  'built-in:samesite',
  'built-in:secure-and-prefixes',
  'built-in:partitioned-cookies',
  'built-in:why-refused',
]
