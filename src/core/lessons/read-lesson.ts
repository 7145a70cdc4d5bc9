// A lesson file to a checked lesson, or to every problem found, each placed in the file. Never
// throws on bad input: the app (opening a file, a drop) and `npm run lesson -- check` both show
// the problems and go on. Reading stops at the first stage that fails (bytes, YAML, schema), so
// a teacher is not shown consequences of an earlier mistake; the cross-checks run on a lesson
// that passed the schema.

import { readFile, stat } from 'node:fs/promises'
import type { Lesson } from '../../shared/lessons/lesson'
import { byPlace, type LocatedLessonProblem } from '../../shared/lessons/lesson-problems'
import { crossCheckLesson } from './lesson-cross-checks'
import { lessonSchema } from './lesson-schema'
import {
  decodeLessonBytes,
  MAX_LESSON_BYTES,
  readLessonSource,
  tooLargeProblem,
} from './lesson-source'
import { formatFieldPath, schemaProblems } from './schema-issues'
import { messageOf } from '../../shared/error-message'

export type LessonReading =
  { ok: true; lesson: Lesson } | { ok: false; problems: LocatedLessonProblem[] }

/** Reads lesson TEXT (YAML or JSON). */
export function readLessonText(text: string): LessonReading {
  const read = readLessonSource(text)
  if (!read.ok) return read
  const { source } = read
  const parsed = lessonSchema.safeParse(source.value)
  if (!parsed.success) {
    return { ok: false, problems: schemaProblems(parsed.error.issues, source, lessonSchema) }
  }
  const crossProblems = crossCheckLesson(parsed.data).map(({ problem, path, at }) => ({
    problem,
    path: formatFieldPath(path),
    ...source.locate(path, at),
  }))
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems.sort(byPlace) }
  return { ok: true, lesson: parsed.data }
}

/** Reads lesson BYTES (a dropped file, a file read elsewhere): UTF-8, under the size cap. */
export function readLessonBytes(bytes: Uint8Array): LessonReading {
  const decoded = decodeLessonBytes(bytes)
  return decoded.ok ? readLessonText(decoded.text) : decoded
}

export type LessonFileReading =
  LessonReading | { ok: false; unreadable: true; problems: LocatedLessonProblem[] }

/**
 * Reads the lesson file at FILE. `unreadable`: the file could not be read at all (missing, a
 * folder, no permission), apart from what is wrong inside a file.
 */
export async function readLessonFile(file: string): Promise<LessonFileReading> {
  try {
    // The size is checked before the file is read, so a huge file costs no memory.
    const info = await stat(file)
    if (!info.isFile()) return unreadable('EISDIR')
    if (info.size > MAX_LESSON_BYTES) {
      return { ok: false, problems: [{ problem: tooLargeProblem(info.size), path: '' }] }
    }
    return readLessonBytes(await readFile(file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code
    return unreadable(code ?? messageOf(error))
  }
}

/** REASON: the system's error code (`ENOENT`, `EACCES`, ...), which the words turn into a phrase. */
function unreadable(reason: string): LessonFileReading {
  return {
    ok: false,
    unreadable: true,
    problems: [{ problem: { code: 'fileUnreadable', params: { reason } }, path: '' }],
  }
}
