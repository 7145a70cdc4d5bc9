// A request the tutorial server refuses: the status, a title, and a page body that explains why.
// Route code throws it; the server turns it into a page, so a refusal can never crash it. The
// words are put together only when the page is written, in the language the server speaks then:
// code that throws (percent-decoding, say) need not know the language.

import type { Locale } from '../../shared/messages/format-message'
import type { SafeHtml } from './html'

/** Words in the page's language, put together when the page is written. */
export type Worded<T> = (locale: Locale) => T

export class HttpError extends Error {
  override name = 'HttpError'

  constructor(
    readonly status: number,
    readonly title: Worded<string>,
    readonly explanation: Worded<SafeHtml>,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${title('en')}`)
  }
}
