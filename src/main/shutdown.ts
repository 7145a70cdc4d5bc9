// What quitting closes. Parts register as they start; `run` closes them newest first, each one
// even when another fails, and only once however many quit events arrive.

import { messageOf } from '../shared/error-message'

export class Shutdown {
  private readonly parts: Array<{ name: string; close: () => unknown }> = []
  private running: Promise<void> | undefined

  constructor(private readonly log: (message: string) => void = console.error) {}

  get started(): boolean {
    return this.running !== undefined
  }

  /** A part that starts after quitting began is closed at once rather than left running. */
  add(name: string, close: () => unknown): void {
    if (this.running) void this.running.then(() => this.closeOne({ name, close }))
    else this.parts.push({ name, close })
  }

  run(): Promise<void> {
    this.running ??= this.closeAll()
    return this.running
  }

  private async closeAll(): Promise<void> {
    for (const part of this.parts.splice(0).reverse()) await this.closeOne(part)
  }

  private async closeOne(part: { name: string; close: () => unknown }): Promise<void> {
    try {
      await part.close()
    } catch (error) {
      const why = messageOf(error)
      this.log(`shutdown: closing ${part.name} failed: ${why}`)
    }
  }
}
