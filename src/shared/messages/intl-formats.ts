// Intl's formatters, each made once per language and options. Making one costs far more than
// using it: a burst of 300 rows that made a DateTimeFormat for every row's clock time spent about
// a second of the UI's main thread on it (measured with the CPU profiler).

const made = new Map<string, Intl.DateTimeFormat | Intl.ListFormat>()

function once<T extends Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    made.set(key, formatter)
  }
  return formatter
}

/** Intl.DateTimeFormat for LOCALE and OPTIONS, made the first time they are asked for. */
export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return once(`date\u0000${locale}\u0000${JSON.stringify(options)}`, () => {
    return new Intl.DateTimeFormat(locale, options)
  })
}

/** "a, b and c" in LOCALE's words. */
export function conjunction(locale: string, items: readonly string[]): string {
  return once(`and\u0000${locale}`, () => {
    return new Intl.ListFormat(locale, { type: 'conjunction' })
  }).format(items)
}
