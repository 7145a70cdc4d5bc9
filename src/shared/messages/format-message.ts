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

const formatters = new Map<string, IntlMessageFormat>()

/** The sentence for message ID with PARAMS, in LOCALE. */
export function formatMessage<I extends MessageId>(
  id: I,
  params: MessageParams<I>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const values: Record<string, string | number> = {}
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, FactParam>)) {
    values[name] = typeof value === 'object' ? formatFact(value, locale) : value
  }
  return String(formatterFor(id, locale).format(values))
}

/** The sentence for a whole fact, `{ code, params }`, in LOCALE. */
export function formatFact(fact: Fact, locale: Locale = DEFAULT_LOCALE): string {
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
