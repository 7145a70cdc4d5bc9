// The store changes an entry caused, as small labelled marks: "+ added userID".

import type { ChangeType, StoreChange } from '../../../shared/domain'
import { CHANGE_LABELS } from '../../../shared/explain/store-changes'
import './StoreChangeMarks.css'

const SIGNS: Record<ChangeType, string> = {
  added: '+',
  changed: '~',
  removed: '−',
  expired: '⌛',
}

export function StoreChangeMarks({ changes }: { changes: readonly StoreChange[] }) {
  return (
    <span className="marks">
      {changes.map((change, index) => (
        <span key={index} className={`mark mark-${change.type}`}>
          <span aria-hidden="true">{SIGNS[change.type]} </span>
          {CHANGE_LABELS[change.type]} <span className="mark-name">{change.cookie.name}</span>
        </span>
      ))}
    </span>
  )
}
