// What the timeline says before it has anything to show, so a first-time learner knows what to
// expect and what to try; and, when a filter hides everything, how to get the rows back.

import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'

export function TimelineEmpty() {
  const { stores } = useApp()
  const { entryCount, filter, filterMode, hiddenAssetCount, hiddenEarlier } = useStore(
    stores.timeline,
  )
  // After a lesson's Reset every entry so far is hidden: the room starts on "no requests yet".
  if (entryCount === hiddenEarlier) {
    return (
      <div className="empty-state">
        <p className="empty-title">No requests yet.</p>
        <p>
          Every request the browser pane makes appears here, one row each, newest at the bottom: the
          cookies the browser sent in its <code>Cookie</code> header, and the{' '}
          <code>Set-Cookie</code> lines the server answered with.
        </p>
        <p>
          Try it: type a userID into the form on the left and press <strong>Login</strong>. The
          server sets a cookie; visit <code>/getcookie</code> and watch the browser send it back.
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
              Clear the filter
            </button>
          </p>
        </>
      ) : (
        <>
          <p className="empty-title">
            Only asset requests so far ({hiddenAssetCount}): images, scripts, styles, favicons.
          </p>
          <p>
            <button type="button" onClick={() => stores.timeline.setShowAssets(true)}>
              Show assets
            </button>
          </p>
        </>
      )}
    </div>
  )
}
