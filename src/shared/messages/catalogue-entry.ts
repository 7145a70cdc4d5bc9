// One message of a catalogue: what every language's catalogue holds for each id.

export interface CatalogueEntry {
  /** ICU MessageFormat: `{param}`, `{n, plural, one {…} other {…}}`, `{x, select, …}`. */
  message: string
  /** For the translator: where the learner sees it, and what each parameter holds. */
  description: string
}
