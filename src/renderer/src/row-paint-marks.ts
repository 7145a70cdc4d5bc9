// Performance marks for the bench and the end-to-end tests: `row-painted:<id>` the first time a
// timeline row for an entry reaches the screen, and `row-response-painted:<id>` the first time
// it does showing its response (a row can appear earlier, pending), so response-to-paint latency
// can be measured from outside. Called from a layout effect, the DOM is up to date but not yet
// painted: `row-response-committed:<id>` is set then, and the painted marks in the next
// animation frame, the one that paints it.

const marked = new Set<string>()

function markOnce(name: string, when: 'now' | 'next-frame'): void {
  if (marked.has(name)) return
  marked.add(name)
  if (when === 'now') performance.mark(name)
  else requestAnimationFrame(() => performance.mark(name))
}

export function markRowPainted(id: string, responded: boolean): void {
  markOnce(`row-painted:${id}`, 'next-frame')
  if (!responded) return
  markOnce(`row-response-committed:${id}`, 'now')
  markOnce(`row-response-painted:${id}`, 'next-frame')
}
