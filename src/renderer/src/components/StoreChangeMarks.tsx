// The store changes an entry caused, as small labelled marks: "+ added userID".

import type { ReactNode } from 'react'
import type { ChangeType, StoreChange } from '../../../shared/domain'
import { changeLabel } from '../../../shared/explain/store-changes'
import { Icon } from './Icon'
import './StoreChangeMarks.css'

const SIGNS: Record<ChangeType, ReactNode> = {
  added: '+',
  changed: '~',
  removed: '−',
  expired: <Icon name="hourglass" />,
}

export function StoreChangeMarks({ changes }: { changes: readonly StoreChange[] }) {
  return (
    <span className="marks">
      {changes.map((change, index) => (
        <span key={index} className={`mark mark-${change.type}`}>
          <span aria-hidden="true">{SIGNS[change.type]} </span>
          {changeLabel(change.type)} <span className="mark-name">{change.cookie.name}</span>
        </span>
      ))}
    </span>
  )
}
