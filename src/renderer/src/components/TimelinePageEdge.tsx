// The edge of the loaded rows in a long session, a line above the list (or below it while newer
// rows come back): that older rows load as the list scrolls, that a page or the name filter's
// search is on its way, or why it failed, each with a button for the keyboard.

import { formatMessage } from '../../../shared/messages/format-message'
import type { TimelineSnapshot, TimelineStore } from '../stores/timeline-store'

export function TimelinePageEdge({
  side,
  snapshot,
  timeline,
}: {
  side: 'older' | 'newer'
  snapshot: TimelineSnapshot
  timeline: TimelineStore
}) {
  const { loading, loadError, failed, filter } = snapshot
  const load = () => {
    if (failed === 'newest') timeline.loadNewest()
    else if (side === 'older') timeline.loadOlder()
    else timeline.loadNewer()
  }
  const searching = filter.trim() !== ''
  let text: string
  let button: string | null = null
  if (loadError !== null && (failed === 'newer') === (side === 'newer')) {
    text = formatMessage('paging.failed', { reason: loadError })
    button = formatMessage('paging.retry', undefined)
  } else if (loading === null && side === 'older') {
    text = formatMessage('paging.older', {
      loaded: snapshot.loadedCount,
      count: snapshot.entryCount,
    })
    button = formatMessage('paging.loadOlder', undefined)
  } else {
    // The newer edge shows only while its page comes (or could not): scrolling down and "Jump to
    // latest" bring newer rows otherwise.
    text =
      searching && side === 'older'
        ? formatMessage('paging.searching', { name: filter.trim() })
        : formatMessage('paging.loading', undefined)
  }
  return (
    <div className="timeline-edge" data-edge={side} role="status">
      <span>{text}</span>
      {button !== null && (
        <button type="button" onClick={load}>
          {button}
        </button>
      )}
    </div>
  )
}
