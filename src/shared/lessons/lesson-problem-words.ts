// What is wrong with a lesson file, in words for the teacher who wrote it, at its place in the
// file: the sentences are the catalogue's (`../messages/en/lesson-problems.ts`), in LOCALE (the
// process's language when none is named).

import { formatMessage, type Locale } from '../messages/format-message'
import type { LocatedLessonProblem } from './lesson-problems'

/** One problem in words: `FILE:LINE:COLUMN: PATH: sentence`, as compilers print them. */
export function formatLessonProblem(
  located: LocatedLessonProblem,
  fileName: string,
  locale?: Locale,
): string {
  const { problem } = located
  const params = 'params' in problem ? problem.params : undefined
  const sentence = formatMessage(`lessonProblem.${problem.code}`, params as never, locale)
  const where =
    located.line === undefined ? fileName : `${fileName}:${located.line}:${located.column ?? 1}`
  const field = located.path ? ` ${located.path}:` : ''
  return `${where}:${field} ${sentence}`
}
