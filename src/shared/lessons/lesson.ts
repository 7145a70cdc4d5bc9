// A lesson as the app holds it once its file was read and checked (core/lessons/read-lesson.ts):
// plain data a teacher wrote, never code with power. The player (UI), `verify` (headless) and
// `check` all speak these types; the zod schema in core/lessons/lesson-schema.ts is held equal to
// them by the type checker. The file format is documented in docs/lessons.md.
//
// Every part is data to act on by kind: an action the app performs in the pane, a focus to
// highlight, checks over the captured exchanges and the store. Nothing here is a sentence the
// app wrote; the texts are the teacher's, shown as text.

/** The one version of the format so far: a file says `format: 1`. */
export const LESSON_FORMAT = 1

/** The largest lesson file (in UTF-8 bytes) the app reads: a lesson is a few KB. */
export const MAX_LESSON_BYTES = 256 * 1024

/**
 * Text the learner reads: one string for every language, or one string per language tag
 * (`en`, `zh-CN`, ...), where `en` is always present.
 */
export type LessonText = string | Record<string, string>

/**
 * Which exchanges a check or a focus means: the URL's path, exactly (no query), and optionally
 * the method and the host name (any host of the lesson when absent).
 */
export interface ExchangeMatch {
  path: string
  method?: 'GET' | 'POST'
  host?: string
}

/**
 * A page or a URL: a path on the tutorial (`/getcookie`, on the host the pane starts on), or an
 * absolute `http:` / `https:` URL. An absolute URL to a tutorial host without a port means the
 * tutorial's own port for that scheme (the server's port changes at every start); with a port,
 * or to another host, it is taken as written and its host must be declared in `hosts`.
 */
export type LessonUrl = string

/** An action the app performs for the learner, or `learner`: leave it to the learner. */
export type LessonAction =
  | { kind: 'navigate'; url: LessonUrl }
  /** Fill `fields` (input name → value) of the form `selector` matches (the page's first form when absent) and submit it. */
  | {
      kind: 'submit-form'
      page?: LessonUrl
      selector?: string
      fields: Record<string, string>
    }
  /** Click the link that `selector` matches, or the first link whose text is `text`. */
  | { kind: 'click-link'; page?: LessonUrl; selector?: string; text?: string }
  /**
   * Run `code` in the pane's page, in an isolated world, only while the pane shows `page`
   * (same origin and path): never in the UI or in Node, and never carried to another page.
   */
  | { kind: 'script'; page: LessonUrl; code: string }
  /** Add a cookie to the pane's store through the inspector (domain: the pane's host when absent). */
  | {
      kind: 'add-cookie'
      name: string
      value: string
      domain?: string
      path?: string
      secure?: boolean
      httpOnly?: boolean
      sameSite?: 'Strict' | 'Lax' | 'None'
      /** Seconds from when the step runs; a session cookie when absent. */
      maxAge?: number
    }
  /** Delete a cookie from the pane's store through the inspector. */
  | { kind: 'delete-cookie'; name: string; domain?: string; path?: string }
  | { kind: 'learner' }

export const ACTION_KINDS = [
  'navigate',
  'submit-form',
  'click-link',
  'script',
  'add-cookie',
  'delete-cookie',
  'learner',
] as const satisfies readonly LessonAction['kind'][]

/** What the step is about, highlighted in the timeline and the inspector. */
export type LessonFocus =
  /** The exchange's row in the timeline. */
  | ({ kind: 'row' } & ExchangeMatch)
  /** One header of that row: the request's `Cookie` or the response's `Set-Cookie`. */
  | ({ kind: 'header'; header: 'Cookie' | 'Set-Cookie' } & ExchangeMatch)
  /** One cookie on that row (its chip). */
  | ({ kind: 'cookie'; cookie: string } & ExchangeMatch)
  /** A cookie's entry in the store inspector. */
  | { kind: 'store'; cookie: string; domain?: string }

export const FOCUS_KINDS = [
  'row',
  'header',
  'cookie',
  'store',
] as const satisfies readonly LessonFocus['kind'][]

/**
 * A check over what was captured since the step's action began (exchanges) and over the store
 * when the checks are read. A check passes when some matching exchange (or the store) shows it.
 */
export type LessonCheck =
  /** A request was made, and answered with `status` when given. */
  | ({ kind: 'exchange'; status?: number } & ExchangeMatch)
  /** The response's `Set-Cookie` for `cookie` was stored (with `value` when given). */
  | ({ kind: 'stored'; cookie: string; value?: string } & ExchangeMatch)
  /**
   * The response's `Set-Cookie` for `cookie` was refused; with `reason`, for that reason: a
   * browser's blocked reason (`SameSiteNoneInsecure`) or, where the browser names none, the
   * cause capture infers (`inferredPartitionedWithoutSecure`).
   */
  | ({ kind: 'refused'; cookie: string; reason?: string } & ExchangeMatch)
  /** The request carried `cookie` in its `Cookie` header (with `value` when given). */
  | ({ kind: 'sent'; cookie: string; value?: string } & ExchangeMatch)
  /** The request did not carry `cookie`; with `reason`, the browser held it back for that reason. */
  | ({ kind: 'not-sent'; cookie: string; reason?: string } & ExchangeMatch)
  /** The store holds `cookie` (on `domain`, with these attributes, when given). */
  | {
      kind: 'store-has'
      cookie: string
      value?: string
      domain?: string
      httpOnly?: boolean
      secure?: boolean
      sameSite?: 'Strict' | 'Lax' | 'None'
      /** true: a session cookie (no expiry); false: it has an expiry. */
      session?: boolean
    }
  /** The store holds no `cookie` (on `domain`, when given). */
  | { kind: 'store-lacks'; cookie: string; domain?: string }
  /** A script in the page (`document.cookie`) wrote `cookie`: a store change no response explains. */
  | { kind: 'script-wrote'; cookie: string }

export const CHECK_KINDS = [
  'exchange',
  'stored',
  'refused',
  'sent',
  'not-sent',
  'store-has',
  'store-lacks',
  'script-wrote',
] as const satisfies readonly LessonCheck['kind'][]

/** Asked before the step runs; `answer` is the choice the step's checks prove once they pass. */
export interface LessonPrediction {
  question: LessonText
  choices: { id: string; text: LessonText }[]
  answer: string
}

export interface LessonStep {
  id: string
  title: LessonText
  text: LessonText
  action: LessonAction
  focus?: LessonFocus
  prediction?: LessonPrediction
  checks: LessonCheck[]
}

export interface Lesson {
  format: typeof LESSON_FORMAT
  id: string
  title: LessonText
  summary: LessonText
  /** The languages every text is written in; `en` first among equals, always present. */
  languages: string[]
  /**
   * Hosts the lesson reaches beyond the tutorial's own (`example.test`, `localhost:5000` for a
   * learner's own Flask app): shown to the learner before the lesson runs.
   */
  hosts: string[]
  /** Cookies the lesson checks that none of its steps sets: they come from elsewhere. */
  expects: string[]
  steps: LessonStep[]
}

/** The text in LANGUAGE, else in English: a plain string is every language's. */
export function textIn(text: LessonText, language: string): string {
  if (typeof text === 'string') return text
  return text[language] ?? text.en ?? ''
}
