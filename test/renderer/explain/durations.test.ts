import { describe, expect, it } from 'vitest'
import { formatCountdown, formatDuration } from '../../../src/shared/explain/durations'

describe('formatDuration', () => {
  it.each([
    [1, '1 second'],
    [60, '60 seconds'],
    [119, '119 seconds'],
    [120, '2 minutes'],
    [3_600, '1 hour'],
    [5_400, '1 hour 30 minutes'],
    [86_400 + 30, '1 day'],
    [30 * 86_400, '30 days'],
    [-5, '0 seconds'],
  ])('%i s → %s', (seconds, words) => {
    expect(formatDuration(seconds)).toBe(words)
  })
})

describe('formatDuration in Simplified Chinese', () => {
  it.each([
    [1, '1 秒'],
    [90, '90 秒'],
    [5_400, '1 小时 30 分钟'],
    [30 * 86_400 + 4 * 3_600, '30 天 4 小时'],
  ])('%i s → %s', (seconds, words) => {
    expect(formatDuration(seconds, 'zh-CN')).toBe(words)
  })
})

describe('formatCountdown', () => {
  it.each([
    [59.9, '59 s'],
    [245, '4 min 05 s'],
    [2 * 3_600 + 600, '2 h 10 min'],
    [30 * 86_400 + 4 * 3_600, '30 d 4 h'],
    [-1, '0 s'],
  ])('%d s → %s', (seconds, text) => {
    expect(formatCountdown(seconds)).toBe(text)
  })
})
