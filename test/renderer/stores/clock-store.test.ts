import { afterEach, describe, expect, it, vi } from 'vitest'
import { ClockStore } from '../../../src/renderer/src/stores/clock-store'

afterEach(() => {
  vi.useRealTimers()
})

describe('ClockStore', () => {
  it('ticks only while someone is listening', () => {
    vi.useFakeTimers()
    let now = 1_000
    const clock = new ClockStore(1000, () => now)
    let ticks = 0
    const stop = clock.subscribe(() => ticks++)
    now = 2_000
    vi.advanceTimersByTime(1000)
    expect(ticks).toBe(1)
    expect(clock.getSnapshot()).toBe(2_000)
    stop()
    now = 3_000
    vi.advanceTimersByTime(5000)
    expect(ticks).toBe(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})
