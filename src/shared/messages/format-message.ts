// A message in words: the message of an id (a fact's code, or an explanation's id), in the
// learner's language, formatted by intl-messageformat (ICU plurals, selects, numbers). A parameter that is itself a fact is put
// into words first, in the same language. Formatters are built once per language and code.

import { IntlMessageFormat } from 'intl-messageformat'
import { catalogueEn, type Catalogue } from './catalogue-en'
import type { Fact, FactParam } from './facts'
import type { MessageId, MessageParams } from './message-ids'

/** The languages with a catalogue. Another one is a catalogue with the same codes, added here. */
const CATALOGUES = { en: catalogueEn } satisfies Record<string, Catalogue>

export type Locale = keyof typeof CATALOGUES

export const DEFAULT_LOCALE: Locale = 'en'

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
    formatter = new IntlMessageFormat(CATALOGUES[locale][id].message, locale)
    formatters.set(key, formatter)
  }
  return formatter
}
