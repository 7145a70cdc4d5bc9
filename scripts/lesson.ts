// Entry point of `npm run lesson` (run by tsx): `check` validates lesson files, `verify` runs them
// in Chromium (CHROMIUM_PATH, or the browser `npm start` would open). The command's words go to
// the terminal, its verdict to the exit code; anything unexpected is one line, never a stack.

import { runLessonCommand } from '../src/core/lessons/lesson-command'
import { findBrowser } from './start.mjs'
import { builtInLessonFiles, verifyLessons } from '../src/browser-host/lesson-verify'

const output = {
  out: (line: string) => console.log(line),
  err: (line: string) => console.error(line),
}

try {
  process.exitCode = await runLessonCommand(process.argv.slice(2), output, {
    verify: async (files) => {
      const found = findBrowser()
      if (!found || !('path' in found)) {
        output.err(
          found
            ? `CHROMIUM_PATH names ${found.missing}, which does not exist.`
            : 'verify needs Chrome or Chromium: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.',
        )
        return 2
      }
      const chosen = files.length === 1 && files[0] === '--all' ? await builtInLessonFiles() : files
      return verifyLessons(chosen, output, { executablePath: found.path })
    },
  })
} catch (error) {
  console.error(`lesson: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
}
