// A message in words: the message of an id (a fact's code, or an explanation's id), in the
// learner's language, formatted by intl-messageformat (ICU plurals, selects, numbers). A parameter that is itself a fact is put
// into words first, in the same language. Formatters are built once per language and code.

import { IntlMessageFormat } from 'intl-messageformat'
import { catalogueEn } from './catalogue-en'
import { catalogueZhCn, type TranslatedCatalogue } from './catalogue-zh-cn'
import type { Fact, FactParam } from './facts'
import type { MessageId, MessageParams } from './message-ids'

/**
 * The languages with a catalogue, by BCP 47 tag. English is the source and holds every id;
 * another language's catalogue may lack an id while a translation is under way, and then that
 * one message is shown in English (a test holds each shipped catalogue complete).
 */
const CATALOGUES = { en: catalogueEn, 'zh-CN': catalogueZhCn } satisfies Record<
  string,
  TranslatedCatalogue
>

export type Locale = keyof typeof CATALOGUES

export const DEFAULT_LOCALE: Locale = 'en'

/** Every language the app speaks, English first. */
export const LOCALES = Object.keys(CATALOGUES) as readonly Locale[]

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value)
}

let messageLocale: Locale = DEFAULT_LOCALE

/**
 * The language of a message whose caller names none. A process speaks to one person in one
 * language: the UI sets it to the language the learner chose (and every component follows,
 * those written before the switch existed included), Electron's main to the UI's, for its menu
 * and dialogs. A command-line tool or a test names its locale, or gets English.
 */
export function setMessageLocale(locale: Locale): void {
  messageLocale = locale
}

export function currentMessageLocale(): Locale {
  return messageLocale
}

const formatters = new Map<string, IntlMessageFormat>()

// Sentences already formatted, by language, id and parameters. The UI asks for the same few
// hundred sentences at every render (labels, a row's words, each cookie's issues), and
// intl-messageformat builds each one anew from its parts: in a burst of traffic that was about
// 6% of the UI's script time. A sentence depends on nothing else, so it is kept; the cache
// is emptied when full, which bounds its memory whatever the parameters are.
const SENTENCES_KEPT = 4096
const sentences = new Map<string, string>()

/** The sentence for message ID with PARAMS, in LOCALE (else in the process's language). */
export function formatMessage<I extends MessageId>(
  id: I,
  params: MessageParams<I>,
  locale: Locale = messageLocale,
): string {
  const values: Record<string, string | number> = {}
  let named = false
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, FactParam>)) {
    values[name] = typeof value === 'object' ? formatFact(value, locale) : value
    named = true
  }
  // JSON keeps the number 1 apart from the text '1' (they can take different plural forms), and
  // no value, whatever bytes a cookie brings, can pass for other parameters. Most sentences (a
  // label, a heading) have none: their language and id, both from fixed lists, are key enough.
  const key = named ? JSON.stringify([locale, id, values]) : `${locale} ${id}`
  const kept = sentences.get(key)
  if (kept !== undefined) return kept
  const sentence = String(formatterFor(id, locale).format(values))
  if (sentences.size >= SENTENCES_KEPT) sentences.clear()
  sentences.set(key, sentence)
  return sentence
}

/** How many sentences are kept now (tests hold the bound). */
export function keptSentenceCount(): number {
  return sentences.size
}

/**
 * Message ID with PARAMS as parts, for a message that marks some of its words with tags
 * (`<code>Set-Cookie</code>`, `<strong>Login</strong>`): TAGS turns each tag's contents into
 * a T (the UI's element), so a translator moves the marked words with the sentence around them.
 */
export function formatMessageParts<I extends MessageId, T>(
  id: I,
  params: MessageParams<I>,
  tags: Record<string, (chunks: Array<string | T>) => T>,
  locale: Locale = messageLocale,
): Array<string | T> {
  const values: Record<string, string | number | ((chunks: Array<string | T>) => T)> = { ...tags }
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, FactParam>)) {
    values[name] = typeof value === 'object' ? formatFact(value, locale) : value
  }
  const parts = formatterFor(id, locale).format<T>(values)
  return Array.isArray(parts) ? parts : [parts as string | T]
}

/** The sentence for a whole fact, `{ code, params }`, in LOCALE. */
export function formatFact(fact: Fact, locale: Locale = messageLocale): string {
  return formatMessage(fact.code, ('params' in fact ? fact.params : undefined) as never, locale)
}

function formatterFor(id: MessageId, locale: Locale): IntlMessageFormat {
  const key = `${locale}\u0000${id}`
  let formatter = formatters.get(key)
  if (!formatter) {
    const entry: { message: string } =
      (CATALOGUES[locale] as TranslatedCatalogue)[id] ?? catalogueEn[id]
    formatter = new IntlMessageFormat(entry.message, entry === catalogueEn[id] ? 'en' : locale)
    formatters.set(key, formatter)
  }
  return formatter
}
