// Entry point of `npm run har` (run by tsx): see src/core/har/har-command.ts.

import { runHarCommand } from '../src/core/har/har-command'

// Piped into `head`, the reader may leave early: that ends the command, it is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0)
})

try {
  process.exitCode = await runHarCommand(process.argv.slice(2), {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  })
} catch (error) {
  console.error(`har: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 2
}
