// Entry point of `npm run serve` (run by tsx): start, print, and stop cleanly on Ctrl-C/SIGTERM.

import { serve, UsageError } from './serve-command'
import { messageOf } from '../../shared/error-message'

try {
  const server = await serve(process.argv.slice(2), (line) => console.log(line))
  const stop = (signal: NodeJS.Signals) => {
    console.log(`\n${signal}: stopping the tutorial server.`)
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
} catch (error) {
  console.error(messageOf(error))
  process.exit(error instanceof UsageError ? 2 : 1)
}
