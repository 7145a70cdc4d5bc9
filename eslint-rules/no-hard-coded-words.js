// The options of eslint-plugin-i18next's no-literal-string for the UI: every JSX text and every
// attribute a user reads or hears (a label, a title, a placeholder, an accessible name) must come
// from the message catalogue. Class names, ids, test ids, types, keys, code and the names that
// stay as they are on the wire (header and attribute names) are not words to translate.
// test/eslint-rules/no-hard-coded-words.test.ts shows what it catches and what it lets through.

/** What stays the same in every language: on-the-wire names, code, the app's name, symbols. */
const UNTRANSLATED = [
  // The rule's own defaults: digits and punctuation, CONSTANT_CASE, HTML entities, emoji.
  '[0-9!-/:-@[-`{-~]+',
  '[A-Z_-]+',
  /^(&[a-zA-Z]+;|&#[0-9]+;)+$/,
  /^\p{Emoji}+$/u,
  // Arrows and marks such as ← → ⌂ ▲ ▼: no letters at all.
  /^[^\p{L}]+$/u,
  // Headers, attributes and JavaScript, as on the wire (the glossary keeps them in English).
  /^(Set-)?Cookie:?$/,
  /^(HttpOnly|Secure|SameSite|Partitioned|document\.cookie|JS)$/,
  // The zoom buttons' faces (a typographer's A−/A+) and the app's name.
  /^A[−+]$/,
  /^\(UTF-8\)$/,
  /^Cookie Lab$/,
]

export const NO_HARD_CODED_WORDS = {
  mode: 'jsx-only',
  'should-validate-template': true,
  'jsx-attributes': {
    include: [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-valuetext',
      'aria-placeholder',
      'title',
      'placeholder',
      'alt',
      // The app's own components take their visible words as `label`.
      'label',
    ],
  },
  words: { exclude: UNTRANSLATED },
  callees: {
    exclude: [
      // The catalogue's own functions take ids and codes, not words.
      'formatMessage',
      'formatFact',
      'formatMessageParts',
      // Codes and keys handed to the explanations and the stores.
      'explain[A-Za-z]*',
      'set[A-Z][A-Za-z]*',
      'sortBy',
      // The add-cookie form's field binders take a field's name.
      'text',
      'flag',
      // The rule's defaults.
      'i18n(ext)?',
      't',
      'require',
      'addEventListener',
      'removeEventListener',
      'postMessage',
      'getElementById',
      'dispatch',
      'commit',
      'includes',
      'indexOf',
      'endsWith',
      'startsWith',
    ],
  },
  // Codes in objects: a fact's code, a class name, the value of a message's select.
  'object-properties': {
    exclude: ['[A-Z_-]+', 'code', 'className', 'why', 'page', 'ended', 'on', 'presenter', 'where'],
  },
}
