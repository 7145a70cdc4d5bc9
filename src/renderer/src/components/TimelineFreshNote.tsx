// The note a lesson's Reset leaves at the top of the timeline: the rows start fresh from there,
// how many earlier entries are hidden (none was deleted), and one click that shows them again.

import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'

export function TimelineFreshNote() {
  const { stores } = useApp()
  const { hiddenEarlier } = useStore(stores.timeline)
  if (hiddenEarlier === 0) return null
  return (
    <div className="timeline-fresh" role="note">
      <span>{formatMessage('timeline.fresh.hidden', { count: hiddenEarlier })}</span>
      <button type="button" onClick={() => stores.timeline.showEarlier()}>
        {formatMessage('timeline.fresh.show', undefined)}
      </button>
    </div>
  )
}
