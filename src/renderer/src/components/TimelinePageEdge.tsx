// The edge of the loaded rows in a long session, drawn inside the list above the oldest loaded
// row (or below the newest, when the newest were let go): that more rows load as the list
// scrolls, that a page or the name filter's search is on its way, or why it failed, each with a
// button for the keyboard. The list keeps EDGE_PX free for it (the virtualiser's padding).

import { formatMessage } from '../../../shared/messages/format-message'
import type { TimelineSnapshot } from '../stores/timeline-store'
import type { TimelineStore } from '../stores/timeline-store'

/** The height the list keeps for an edge; the edge's own CSS fits its line in it. */
export const EDGE_PX = 44

export function TimelinePageEdge({
  side,
  snapshot,
  timeline,
  top,
}: {
  side: 'older' | 'newer'
  snapshot: TimelineSnapshot
  timeline: TimelineStore
  top: number
}) {
  const { loading, loadError, filter } = snapshot
  const load = () => (side === 'older' ? timeline.loadOlder() : timeline.loadNewer())
  const searching = filter.trim() !== ''
  let text: string
  let button: string | null = null
  if (loadError !== null) {
    text = formatMessage('paging.failed', { reason: loadError })
    button = formatMessage('paging.retry', undefined)
  } else if (loading !== null) {
    text =
      searching && side === 'older'
        ? formatMessage('paging.searching', { name: filter.trim() })
        : formatMessage('paging.loading', undefined)
  } else if (side === 'older') {
    text = formatMessage('paging.older', {
      loaded: snapshot.loadedCount,
      count: snapshot.entryCount,
    })
    button = formatMessage('paging.loadOlder', undefined)
  } else {
    text = formatMessage('paging.newer', undefined)
    button = formatMessage('paging.loadNewer', undefined)
  }
  return (
    <div className="timeline-edge" data-edge={side} role="status" style={{ top, height: EDGE_PX }}>
      <span>{text}</span>
      {button !== null && (
        <button type="button" onClick={load}>
          {button}
        </button>
      )}
    </div>
  )
}
