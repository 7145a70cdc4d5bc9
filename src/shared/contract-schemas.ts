// Runtime validation of every command payload. The host (Electron main, the test harness) runs
// each payload through `validateCommand` before a handler sees it: a renderer is untrusted input.

import { z } from 'zod'
import type { CommandHandlers, CommandName, CommandPayload, CommandResult } from './contract'
import { COMMAND_NAMES, ENTRY_PAGE_LIMIT } from './contract'
import { MAX_LESSON_BYTES } from './lessons/lesson'
import { FILTER_MODES } from './timeline-filter'
import { LOCALES, type Locale } from './messages/format-message'

const none = z.undefined()

// Cookie names and values may hold anything a lesson wants to show (even bytes a browser refuses),
// but not unbounded amounts: 64 KiB is far past any browser's 4 KB limit.
const text = (max: number) => z.string().max(max)

const partitionKey = z.strictObject({
  topLevelSite: text(1024),
  hasCrossSiteAncestor: z.boolean(),
})

const cookieKey = z.strictObject({
  name: text(4096),
  domain: text(1024),
  path: text(4096),
  partitionKey: partitionKey.nullable().optional(),
})

const cookieDraft = z.strictObject({
  name: text(4096).min(1, 'a cookie needs a name'),
  value: text(65536),
  domain: text(1024).min(1, 'a cookie needs a domain'),
  path: text(4096).startsWith('/', 'a cookie path starts with /'),
  expires: z.number().int().nullable(),
  httpOnly: z.boolean(),
  secure: z.boolean(),
  sameSite: z.enum(['Strict', 'Lax', 'None']).nullable(),
  partitionKey: partitionKey.optional(),
  priority: z.enum(['Low', 'Medium', 'High']).optional(),
})

const finite = z.number().finite()

const entryPageQuery = {
  direction: z.enum(['older', 'newer']),
  fromSeq: z.number().int().nonnegative().nullable(),
  limit: z.number().int().min(1).max(ENTRY_PAGE_LIMIT),
}
/** A file the UI read itself is named, never located: a name, never a path. */
const fileName = (what: string) =>
  text(1024)
    .min(1, `${what} has a name`)
    .refine((name) => !/[/\\]/.test(name), 'a file name, never a path')

export const commandSchemas = {
  ready: none,
  navigate: z.strictObject({ target: text(8192).min(1, 'type a path or a URL') }),
  goBack: none,
  goForward: none,
  reload: none,
  goHome: none,
  setPaneBounds: z.strictObject({
    x: finite,
    y: finite,
    width: finite.nonnegative(),
    height: finite.nonnegative(),
  }),
  // Chromium's own zoom range is 25 % to 500 %; the UI asks for 80 % to 250 %.
  setPaneZoom: z.strictObject({ factor: finite.min(0.25).max(5) }),
  setPaneColorScheme: z.strictObject({ scheme: z.enum(['light', 'dark']) }),
  setLanguage: z.strictObject({ locale: z.enum(LOCALES as [Locale, ...Locale[]]) }),
  setCookie: cookieDraft,
  deleteCookie: cookieKey,
  clearCookies: none,
  entryPage: z.strictObject(entryPageQuery),
  // A cookie name is at most 4096 bytes in any browser: no longer text can match one.
  searchEntries: z.strictObject({
    ...entryPageQuery,
    text: text(4096),
    mode: z.enum(FILTER_MODES),
  }),
  storeAfter: z.strictObject({ entryId: text(256) }),
  lessons: none,
  openLessonText: z.strictObject({
    fileName: fileName('a lesson file'),
    // A UTF-16 unit is at least one UTF-8 byte: a longer text is over the cap in bytes too. The
    // reader counts the bytes of a shorter one (and says when it is too large).
    text: text(MAX_LESSON_BYTES),
  }),
  runLessonAction: z.strictObject({ ref: text(256).min(1), stepId: text(256).min(1) }),
  exportHar: z.strictObject({ sanitised: z.boolean() }),
  harPage: z.strictObject({
    ref: z.number().int().nonnegative(),
    before: z.number().int().nonnegative(),
  }),
} satisfies { [K in CommandName]: z.ZodType<CommandPayload<K>> }

/**
 * The commands whose schema does not parse to exactly the payload their declaration sends: a
 * schema that accepts an extra optional field still satisfies `ZodType<Payload>` above, and would
 * let a handler receive what its type does not admit. Must stay `never`.
 */
export type InexactSchemas<Schemas extends Record<CommandName, z.ZodType>> = {
  [K in CommandName]: Identical<z.output<Schemas[K]>, CommandPayload<K>> extends true ? never : K
}[CommandName]
// Identical types, not merely assignable both ways (which `{ a: string; b?: string }` and
// `{ a: string }` are): the usual trick of comparing two generic functions.
type Identical<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
type MustBeNever<T extends never> = T
type _EverySchemaExact = MustBeNever<InexactSchemas<typeof commandSchemas>>

export class CommandError extends Error {
  override name = 'CommandError'
}

function isCommandName(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMAND_NAMES as readonly string[]).includes(name)
}

/** Checks a command's name and payload; throws a CommandError that says what is wrong. */
export function validateCommand<K extends CommandName>(
  name: unknown,
  payload: unknown,
): { name: K; payload: CommandPayload<K> } {
  if (!isCommandName(name)) throw new CommandError(`unknown command ${JSON.stringify(name)}`)
  const parsed = commandSchemas[name].safeParse(payload)
  if (!parsed.success) {
    const why = parsed.error.issues
      .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ` : '') + issue.message)
      .join('; ')
    throw new CommandError(`bad ${name} payload: ${why}`)
  }
  return { name: name as K, payload: parsed.data as CommandPayload<K> }
}

/** Validates, then runs the handler. Every host dispatches through here. */
export async function dispatchCommand(
  handlers: CommandHandlers,
  name: unknown,
  payload: unknown,
): Promise<CommandResult<CommandName>> {
  const command = validateCommand(name, payload)
  const handler = handlers[command.name] as (p: unknown) => unknown
  return (await handler(command.payload)) as CommandResult<CommandName>
}
