// What the timeline says before it has anything to show, so a first-time learner knows what to
// expect and what to try; and, when a filter hides everything, how to get the rows back.

import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import { RichMessage } from './RichMessage'

export function TimelineEmpty() {
  const { stores } = useApp()
  const { entryCount, filter, filterMode, hiddenAssetCount, hiddenEarlier } = useStore(
    stores.timeline,
  )
  // After a lesson's Reset every entry so far is hidden: the room starts on "no requests yet".
  if (entryCount === hiddenEarlier) {
    return (
      <div className="empty-state">
        <p className="empty-title">{formatMessage('ui.timeline.empty', undefined)}</p>
        <p>
          <RichMessage id="ui.timeline.emptyWhat" params={undefined} />
        </p>
        <p>
          <RichMessage id="ui.timeline.emptyTry" params={undefined} />
        </p>
      </div>
    )
  }
  return (
    <div className="empty-state">
      {filter.trim() !== '' ? (
        <>
          <p className="empty-title">
            {formatMessage(`timeline.empty.${filterMode}`, { name: filter.trim() })}
          </p>
          <p>
            <button type="button" onClick={() => stores.timeline.setFilter('')}>
              {formatMessage('ui.timeline.clearFilter', undefined)}
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="empty-title">
            {formatMessage('ui.timeline.onlyAssets', { count: hiddenAssetCount })}
          </p>
          <p>
            <button type="button" onClick={() => stores.timeline.setShowAssets(true)}>
              {formatMessage('ui.timeline.showAssetsButton', undefined)}
            </button>
          </p>
        </>
      )}
    </div>
  )
}
