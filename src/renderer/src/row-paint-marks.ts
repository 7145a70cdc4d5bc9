// Performance marks for the bench and the end-to-end tests: `row-painted:<id>` the first time a
// timeline row for an entry is committed to the screen, so response-to-paint can be measured.

const painted = new Set<string>()

export function markRowPainted(id: string): void {
  if (painted.has(id)) return
  painted.add(id)
  performance.mark(`row-painted:${id}`)
}
