// One message of a catalogue: what every language's catalogue holds for each id.

export interface CatalogueEntry {
  /** ICU MessageFormat: `{param}`, `{n, plural, one {…} other {…}}`, `{x, select, …}`. */
  message: string
  /** For the translator: where the learner sees it, and what each parameter holds. */
  description: string
}

/**
 * One topic's messages in another language: a `message` for every id of the English topic, and
 * no other id. Written `{ … } satisfies Translation<typeof topicEn>`, so that an id added to (or
 * renamed in) the English topic fails the type check until it is translated.
 */
export type Translation<Topic> = { [Id in keyof Topic]: { message: string } }
