// The total of raw header text capture keeps, across the whole session. Past the budget the
// oldest blocks are released first (their exchanges keep their cookie facts and say how many
// bytes went), so a page that sends megabytes of headers, request after request, cannot grow
// capture without bound, and no exchange ever leaves the timeline.

/** Enough for thousands of ordinary exchanges with every header shown. */
export const DEFAULT_HEADER_BUDGET_BYTES = 32 * 1024 * 1024

interface Charge {
  bytes: number
  release(): void
}

export class HeaderBudget {
  private readonly charges: Charge[] = []
  /** Index of the oldest block still kept; blocks before it are released. */
  private oldest = 0
  private total = 0

  constructor(private readonly limit: number) {}

  get keptBytes(): number {
    return this.total
  }

  /** Counts a new block; past the budget, releases the oldest blocks (never the new one). */
  charge(bytes: number, release: () => void): void {
    this.charges.push({ bytes, release })
    this.total += bytes
    while (this.total > this.limit && this.oldest < this.charges.length - 1) {
      const charge = this.charges[this.oldest]!
      this.oldest += 1
      this.total -= charge.bytes
      charge.release()
    }
    // Forget released blocks now and then, so the list does not grow with them.
    if (this.oldest > 1024 && this.oldest * 2 > this.charges.length) {
      this.charges.splice(0, this.oldest)
      this.oldest = 0
    }
  }
}
