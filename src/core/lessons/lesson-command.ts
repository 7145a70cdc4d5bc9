// `npm run lesson -- check <file>...`: reads each lesson file without running it and says
// "ok: N steps" or what is wrong, one line per problem (`file:line:column: field: sentence`).
// Kept apart from cli.ts (which only wires up the process) so tests can run it in-process too.
//
// Exit codes: 0 every file is a valid lesson; 1 some file has problems; 2 some file could not be
// read at all, or the command line was wrong.

import { formatLessonProblem } from '../../shared/lessons/lesson-problem-words'
import { readLessonFile } from './read-lesson'

export const LESSON_USAGE = `usage: npm run lesson -- check <file>...
       npm run lesson -- verify <file>... | --all
  check <file>...   validate lesson files (YAML or JSON) without running them
  verify <file>...  run lessons in Chromium against the tutorial server, step by step
  verify --all      run every built-in lesson`

export interface CommandOutput {
  out(line: string): void
  err(line: string): void
}

export interface LessonCommands {
  /** Runs lessons in a browser (the browser host's `verifyLessons`); absent where none can run. */
  verify?: (files: readonly string[]) => Promise<number>
}

export async function runLessonCommand(
  argv: readonly string[],
  output: CommandOutput,
  commands: LessonCommands = {},
): Promise<number> {
  const [command, ...files] = argv
  if (command === 'verify') {
    if (files.length === 0) {
      output.err('verify needs lesson files, or --all for the built-in ones.')
      output.err(LESSON_USAGE)
      return 2
    }
    if (!commands.verify) {
      output.err('verify cannot run here: it needs a browser.')
      return 2
    }
    return commands.verify(files)
  }
  if (command !== 'check' || files.length === 0) {
    output.err(command === 'check' ? 'check needs a lesson file.' : LESSON_USAGE)
    if (command === 'check') output.err(LESSON_USAGE)
    return 2
  }
  let exitCode = 0
  for (const file of files) {
    const reading = await readLessonFile(file)
    if (reading.ok) {
      const steps = reading.lesson.steps.length
      output.out(`ok: ${steps} ${steps === 1 ? 'step' : 'steps'} in ${file}`)
      continue
    }
    for (const problem of reading.problems) output.err(formatLessonProblem(problem, file))
    exitCode = Math.max(exitCode, 'unreadable' in reading ? 2 : 1)
  }
  return exitCode
}
