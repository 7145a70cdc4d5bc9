// One ticking clock for every live countdown on screen, instead of a timer per cookie row. It
// ticks only while something subscribes, so an idle inspector costs nothing.

import { ChangeEmitter, type ExternalStore } from './change-emitter'

export class ClockStore implements ExternalStore<number> {
  private readonly emitter = new ChangeEmitter()
  private timer: ReturnType<typeof setInterval> | null = null
  private now: number

  constructor(
    private readonly intervalMs = 1000,
    private readonly readClock: () => number = Date.now,
  ) {
    this.now = readClock()
  }

  subscribe = (listener: () => void): (() => void) => {
    const unsubscribe = this.emitter.subscribe(listener)
    if (this.timer === null) {
      this.now = this.readClock()
      this.timer = setInterval(() => {
        this.now = this.readClock()
        this.emitter.emit()
      }, this.intervalMs)
    }
    return () => {
      unsubscribe()
      if (this.emitter.size === 0 && this.timer !== null) {
        clearInterval(this.timer)
        this.timer = null
      }
    }
  }

  getSnapshot = (): number => this.now
}
