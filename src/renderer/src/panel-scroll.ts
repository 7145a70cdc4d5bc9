// Brings an element into view inside the panel that scrolls it, and only that panel: the
// browser's scrollIntoView also scrolls every ancestor that clips, the window's fixed layout
// included, which would shift whole columns out of place.

/** Scrolls ELEMENT's `.panel-scroll` so ELEMENT shows, near its top third; no-op when it shows. */
export function scrollIntoPanel(element: Element): void {
  const panel = element.closest('.panel-scroll')
  if (!panel) return
  const box = panel.getBoundingClientRect()
  const target = element.getBoundingClientRect()
  if (target.top >= box.top && target.bottom <= box.bottom) return
  const room = Math.max(0, (box.height - target.height) / 3)
  panel.scrollTop = Math.max(0, panel.scrollTop + target.top - box.top - room)
}
