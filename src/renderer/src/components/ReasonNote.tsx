// One reason, explained: its few words with the browser's code, what it means, and how to fix
// it when there is something to fix. The blocked reasons of a cookie and Chromium's cookie
// issues are both told this way; the caller picks the box's look.

import type { ReactNode } from 'react'
import { formatMessage } from '../../../shared/messages/format-message'

export interface ReasonNoteProps {
  className: string
  role?: 'note'
  /** Before the summary: a label such as "WARNING". */
  lead?: ReactNode
  summary: string
  /** The browser's own code, in small print; left out when it says nothing the words do not. */
  code?: string
  meaning: string
  /** Before the meaning: "Why: " for a rule at work. */
  meaningLabel?: string
  /** Left out when nothing is broken. */
  fix?: string
}

export function ReasonNote({
  className,
  role,
  lead,
  summary,
  code,
  meaning,
  meaningLabel,
  fix,
}: ReasonNoteProps) {
  return (
    <div className={className} role={role}>
      <p>
        {lead}
        {lead !== undefined && ' '}
        <strong>{summary}</strong>
        {code !== undefined && (
          <>
            {' '}
            <code className="reason-code">{code}</code>
          </>
        )}
      </p>
      <p>
        {meaningLabel !== undefined && <strong>{meaningLabel}</strong>}
        {meaning}
      </p>
      {fix !== undefined && (
        <p>
          <strong>{formatMessage('ui.explain.fix', undefined)}</strong>
          {fix}
        </p>
      )}
    </div>
  )
}
