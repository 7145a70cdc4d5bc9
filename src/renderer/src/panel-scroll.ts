// Brings an element into view inside the panel that scrolls it, and only that panel: the
// browser's scrollIntoView also scrolls every ancestor that clips, the window's fixed layout
// included, which would shift whole columns out of place.

/**
 * Scrolls ELEMENT's `.panel-scroll` so ELEMENT shows, near the top third of what the panel
 * shows; no-op when it shows already. A table row is kept below its table's head, which sticks
 * at the panel's top and would cover it. One taller than the room shows from its top.
 */
export function scrollIntoPanel(element: Element): void {
  const panel = element.closest('.panel-scroll')
  if (!panel) return
  const box = panel.getBoundingClientRect()
  const top = box.top + stickyHeadHeight(element)
  const target = element.getBoundingClientRect()
  const room = box.bottom - top
  const fits = target.top >= top && target.bottom <= box.bottom
  const showsFromItsTop = target.height > room && Math.abs(target.top - top) < 1
  if (fits || showsFromItsTop) return
  const margin = Math.max(0, (room - target.height) / 3)
  panel.scrollTop = Math.max(0, panel.scrollTop + target.top - top - margin)
}

/** The height of the sticky head of the table ELEMENT is a body row of; 0 when none. */
function stickyHeadHeight(element: Element): number {
  const head = element.closest('tbody')?.parentElement?.querySelector(':scope > thead')
  const cell = head?.querySelector('th')
  if (!head || !cell || getComputedStyle(cell).position !== 'sticky') return 0
  return head.getBoundingClientRect().height
}
