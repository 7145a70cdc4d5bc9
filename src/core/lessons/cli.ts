// Entry point of `npm run lesson` (run by tsx): the command's words to the terminal, its verdict
// to the exit code. Anything unexpected is one line, never a stack trace.

import { runLessonCommand } from './lesson-command'

try {
  process.exitCode = await runLessonCommand(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  })
} catch (error) {
  console.error(`lesson: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
}
