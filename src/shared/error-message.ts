/** The words of anything thrown: CDP rejects with Errors, a test double may throw anything. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
