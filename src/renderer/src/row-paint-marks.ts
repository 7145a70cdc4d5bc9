// Performance marks for the bench and the end-to-end tests: `row-painted:<id>` the first time a
// timeline row for an entry is committed to the screen, and `row-response-painted:<id>` the
// first time it is committed showing its response (a row can appear earlier, pending), so
// response-to-paint latency can be measured from outside.

const painted = new Set<string>()

function markOnce(name: string): void {
  if (painted.has(name)) return
  painted.add(name)
  performance.mark(name)
}

export function markRowPainted(id: string, responded: boolean): void {
  markOnce(`row-painted:${id}`)
  if (responded) markOnce(`row-response-painted:${id}`)
}
