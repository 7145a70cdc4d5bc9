// The player's keys, as a room expects from slides: → next step, ← back, R reset. Never while the
// learner types (a field, a list box's own choice, an editable element), never with Ctrl, ⌘ or
// Alt (the window's and the system's shortcuts), and never a key a control already used (a
// resize bar moves with the arrows): the key goes to what has the focus first.

export type LessonKeyCommand = 'next' | 'back' | 'reset'

/** Roles whose elements take the arrow keys themselves. */
const ARROW_ROLES = new Set(['separator', 'slider', 'spinbutton', 'tab', 'radio', 'menuitem'])

export interface LessonKeyEvent {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  defaultPrevented: boolean
  target: EventTarget | null
}

export function lessonCommandFor(event: LessonKeyEvent): LessonKeyCommand | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null
  const command =
    event.key === 'ArrowRight'
      ? 'next'
      : event.key === 'ArrowLeft'
        ? 'back'
        : event.key === 'r' || event.key === 'R'
          ? 'reset'
          : null
  if (!command || takesKeys(event.target, command)) return null
  return command
}

function takesKeys(target: EventTarget | null, command: LessonKeyCommand): boolean {
  if (!isElement(target)) return false
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true
  const role = target.getAttribute('role')
  return command !== 'reset' && role !== null && ARROW_ROLES.has(role)
}

function isElement(target: EventTarget | null): target is Element {
  return typeof Element !== 'undefined' && target instanceof Element
}
