// Ctrl (⌘ on a Mac) with + / − / 0 zooms the UI, as in a browser. Both the main keyboard's keys
// and the keypad's count, and Ctrl = (the unshifted +) too.

export type ZoomCommand = 'in' | 'out' | 'reset'

export function zoomCommandFor(
  event: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'key'>,
): ZoomCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  switch (event.key) {
    case '+':
    case '=':
      return 'in'
    case '-':
    case '_':
      return 'out'
    case '0':
      return 'reset'
    default:
      return null
  }
}
