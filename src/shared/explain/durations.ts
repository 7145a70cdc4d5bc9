// Spans of time in words a learner reads at a glance: used by attribute explanations ("deleted
// 60 seconds after it was set") and by the store inspector's expiry countdown.

import { formatMessage } from '../messages/format-message'

const UNITS = [
  { seconds: 86_400, one: 'day', many: 'days', short: 'd' },
  { seconds: 3_600, one: 'hour', many: 'hours', short: 'h' },
  { seconds: 60, one: 'minute', many: 'minutes', short: 'min' },
  { seconds: 1, one: 'second', many: 'seconds', short: 's' },
] as const

/** Whole units, largest two that are non-zero: "1 hour 30 minutes", "60 seconds" stays as is. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  // Round numbers a teacher types (60, 3600) read better in the unit they were written in.
  if (seconds < 120) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`
  const parts: string[] = []
  let rest = seconds
  for (const unit of UNITS) {
    const count = Math.floor(rest / unit.seconds)
    rest -= count * unit.seconds
    if (count > 0 && parts.length < 2) parts.push(`${count} ${count === 1 ? unit.one : unit.many}`)
    else if (parts.length > 0) break
  }
  return parts.join(' ')
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
