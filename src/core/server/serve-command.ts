// `npm run serve`: the tutorial server alone, so anyone can open it in their own browser.
// Kept apart from cli.ts (which only wires up the process) so it can be tested in-process.

import {
  DEFAULT_LOCALE,
  LOCALES,
  isLocale,
  type Locale,
} from '../../shared/messages/format-message'
import { TUTORIAL_ROUTES } from '../../shared/tutorial-routes'
import { PortInUseError, startTutorialServer, type TutorialServer } from './tutorial-server'

/** The seeds run Flask on port 5000, so the standalone server tries it first. */
export const SEED_PORT = 5000

export const SERVE_USAGE = `usage: npm run serve -- [--port N] [--lang L]
  --port N   listen on 127.0.0.1:N (0 picks a free port). Without it: ${SEED_PORT} as in the
             seeds, or a free port when ${SEED_PORT} is taken.
  --lang L   the language of the pages' explanations: ${LOCALES.join(' or ')} (${DEFAULT_LOCALE} without it).`

export class UsageError extends Error {
  override name = 'UsageError'
}

export interface ServeArguments {
  /** null when none was asked for. */
  port: number | null
  language: Locale
}

/** What the command line asks for: `--port N` / `--port=N`, `--lang L` / `--lang=L`. */
export function parseServeArguments(argv: readonly string[]): ServeArguments {
  const given = new Map<string, string>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? ''
    const option = /^--(port|lang)(?:=(.*))?$/.exec(arg)
    if (!option?.[1]) throw new UsageError(`unknown argument: ${arg}\n${SERVE_USAGE}`)
    given.set(option[1], option[2] ?? argv[++i] ?? '')
  }
  const language = given.get('lang') ?? DEFAULT_LOCALE
  if (!isLocale(language)) {
    throw new UsageError(`--lang takes ${LOCALES.join(' or ')}, not ${language || 'nothing'}`)
  }
  const port = given.get('port')
  if (port === undefined) return { port: null, language }
  const number = Number(port)
  if (!/^\d+$/.test(port) || number > 65535) {
    throw new UsageError(`--port takes a number from 0 to 65535, not ${port || 'nothing'}`)
  }
  return { port: number, language }
}

/** The port asked for on the command line, or null when none was. */
export function parsePortArgument(argv: readonly string[]): number | null {
  return parseServeArguments(argv).port
}

/**
 * Starts the server as `npm run serve` does and says where it is through `say`. An explicit
 * port that is taken is an error; the default port falls back to a free one, saying so.
 */
export async function serve(
  argv: readonly string[],
  say: (line: string) => void,
  defaultPort = SEED_PORT,
): Promise<TutorialServer> {
  const { port: asked, language } = parseServeArguments(argv)
  let server: TutorialServer
  if (asked !== null) server = await startTutorialServer({ port: asked })
  else {
    try {
      server = await startTutorialServer({ port: defaultPort })
    } catch (error) {
      if (!(error instanceof PortInUseError)) throw error
      server = await startTutorialServer({ port: 0 })
      say(
        `Port ${defaultPort} is in use (a Flask app, perhaps), so this runs on port ${server.port}.`,
      )
    }
  }
  server.setLanguage(language)
  say(`Cookie Lab tutorial server: ${server.url}/`)
  // An ordinary browser warns on this certificate: it was made a moment ago and no one vouches for
  // it. Cookie Lab's pane trusts exactly this key, printed so a learner can compare.
  say(
    `Over https: ${server.httpsUrl}/ (certificate made at start-up, key SHA-256 ${server.certificate.spkiSha256})`,
  )
  say('')
  const width = Math.max(...TUTORIAL_ROUTES.map((route) => route.path.length))
  for (const route of TUTORIAL_ROUTES) {
    say(`  ${route.method.padEnd(4)} ${route.path.padEnd(width)}  ${route.title}`)
  }
  say('')
  say('Press Ctrl-C to stop.')
  return server
}
