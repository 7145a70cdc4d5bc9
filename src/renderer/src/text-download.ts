// Saving a file from the UI the one way every host allows: the page's own download of a Blob
// (a[download]). In a browser the download bar takes it; in Electron, whose UI session refuses
// no download (only the pane's does, session-guard.ts), Electron asks where to save it. The UI
// never names a path: docs/har.md.

/** Saves TEXT as a download named FILENAME. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // The download holds the blob once it has started; a long session's file is megabytes, not to
  // be held for the page's life. A minute leaves a slow disk or dialog plenty of time.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
