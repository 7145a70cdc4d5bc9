// The tutorial pages' words, from the message catalogue (src/shared/messages/en/tutorial-pages.ts
// and its translations), in the language the host set. A message marks code with backticks and
// strong words with double asterisks, as a translator writes Markdown; pageHtml turns them into
// <code> and <strong>. Every parameter is escaped (or kept, when it is SafeHtml, such as a link
// built here) and is put in only after the markup is read, so a cookie name holding a backtick
// or `<b>` is shown as it is and can never open a tag.

import { formatMessage, type Locale } from '../../shared/messages/format-message'
import type { MessageParams } from '../../shared/messages/message-ids'
import type {
  TutorialPageMessageId,
  TutorialPageParams,
} from '../../shared/messages/tutorial-page-ids'
import { SafeHtml, escapeHtml } from './html'
import type { Worded } from './http-error'

/** The messages that take no parameters. */
export type PlainMessageId = Exclude<TutorialPageMessageId, keyof TutorialPageParams>

type PageParams<I extends TutorialPageMessageId> =
  MessageParams<I> extends undefined
    ? undefined
    : { [K in keyof MessageParams<I>]: MessageParams<I>[K] | SafeHtml }

// Private-use characters around a parameter's index: never in a message's own text.
const OPEN = '\uE000'
const CLOSE = '\uE001'
const TOKEN = /\uE000(\d+)\uE001/g

/** The message ID in LOCALE as plain text (a title, an attribute): html`` escapes it. */
export function pageWords<I extends TutorialPageMessageId>(
  id: I,
  params: MessageParams<I>,
  locale: Locale,
): string {
  return formatMessage(id, params, locale)
}

/** The message ID in LOCALE as HTML: its markup read, its parameters escaped. */
export function pageHtml<I extends TutorialPageMessageId>(
  id: I,
  params: PageParams<I>,
  locale: Locale,
): SafeHtml {
  const inserted: string[] = []
  const tokens: Record<string, string | number> = {}
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, unknown>)) {
    if (typeof value === 'number') {
      // Numbers stay numbers, for the message's plurals and number formats.
      tokens[name] = value
      continue
    }
    inserted.push(value instanceof SafeHtml ? value.text : escapeHtml(String(value)))
    tokens[name] = `${OPEN}${inserted.length - 1}${CLOSE}`
  }
  // The tokens pass formatting and escaping untouched; only the message's own text is marked up,
  // and a parameter put in last is never read again.
  const marked = escapeHtml(formatMessage(id, tokens as MessageParams<I>, locale))
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
  return new SafeHtml(marked.replace(TOKEN, (_, index: string) => inserted[Number(index)] ?? ''))
}

/** A message without parameters in LOCALE, as plain text. */
export function plainWords(id: PlainMessageId, locale: Locale): string {
  return formatMessage<PlainMessageId>(id, undefined, locale)
}

/** A message without parameters, worded when the page is written (an HttpError's title). */
export function wordedLater(id: PlainMessageId): Worded<string> {
  return (locale) => plainWords(id, locale)
}
