// Spans of time in words a learner reads at a glance: used by attribute explanations ("deleted
// 60 seconds after it was set") and by the store inspector's expiry countdown.

import { formatMessage, type Locale } from '../messages/format-message'

const UNITS = [
  { seconds: 86_400, message: 'duration.days' },
  { seconds: 3_600, message: 'duration.hours' },
  { seconds: 60, message: 'duration.minutes' },
  { seconds: 1, message: 'duration.seconds' },
] as const

/**
 * Whole units, largest two that are non-zero: "1 hour 30 minutes", "60 seconds" stays as is;
 * in the UI's language (else LOCALE's), with its plurals ("1 小时 30 分钟").
 */
export function formatDuration(totalSeconds: number, locale?: Locale): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  // Round numbers a teacher types (60, 3600) read better in the unit they were written in.
  if (seconds < 120) return formatMessage('duration.seconds', { count: seconds }, locale)
  const parts: string[] = []
  let rest = seconds
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.seconds)
    rest -= count * unit.seconds
    if (count > 0 && parts.length < 2) parts.push(formatMessage(unit.message, { count }, locale))
    else if (parts.length > 0) break
  }
  const [larger = '', smaller] = parts
  return smaller === undefined ? larger : formatMessage('duration.two', { larger, smaller }, locale)
}

/**
 * A compact countdown for a table cell, in the UI's language: "59 s", "4 min 05 s",
 * "2 h 10 min", "30 d 4 h" (在中文里 "4 分 05 秒").
 */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds))
  if (seconds < 60) return formatMessage('ui.countdown.seconds', { s: seconds })
  const days = Math.floor(seconds / 86_400)
  const hours = Math.floor((seconds % 86_400) / 3_600)
  const minutes = Math.floor((seconds % 3_600) / 60)
  const secs = seconds % 60
  const twoDigits = (n: number) => String(n).padStart(2, '0')
  if (days > 0) return formatMessage('ui.countdown.days', { d: days, h: hours })
  if (hours > 0) return formatMessage('ui.countdown.hours', { h: hours, m: twoDigits(minutes) })
  return formatMessage('ui.countdown.minutes', { m: minutes, s: twoDigits(secs) })
}
