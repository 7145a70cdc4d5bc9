/** The words of anything thrown: CDP rejects with Errors, a test double may throw anything. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Its first line: Playwright's and Chromium's messages go on with a call log no log line wants. */
export function firstLineOf(error: unknown): string {
  return messageOf(error).split('\n')[0] ?? ''
}
