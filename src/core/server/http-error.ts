// A request the tutorial server refuses: the status, a title, and a page body that explains why.
// Route code throws it; the server turns it into a page, so a refusal can never crash it.

import type { SafeHtml } from './html'

export class HttpError extends Error {
  override name = 'HttpError'

  constructor(
    readonly status: number,
    readonly title: string,
    readonly explanation: SafeHtml,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${status} ${title}`)
  }
}
