// A file dropped on the UI's window, as a teacher drags one from disk: a real DataTransfer with a
// real File, dispatched as the browser does (dragover, then drop) on the timeline panel.

import type { Page } from 'playwright-core'

/** Drops a file named NAME holding TEXT (of media TYPE) on the UI's window. */
export async function dropFile(page: Page, name: string, text: string, type = 'text/yaml') {
  await page.evaluate(
    ({ name, text, type }) => {
      const data = new DataTransfer()
      data.items.add(new File([text], name, { type }))
      const target = document.querySelector('.timeline-panel') ?? document.body
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true }))
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true }))
    },
    { name, text, type },
  )
}
