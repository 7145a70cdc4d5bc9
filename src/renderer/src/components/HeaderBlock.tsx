// Raw HTTP headers as they crossed the wire, one `Name: value` per line, with the cookie
// headers picked out. Headers the browser never reported are said to be missing, not invented.

import { useId } from 'react'
import type { HeaderLine } from '../../../shared/domain'
import './HeaderBlock.css'
import { SPOTLIGHT_HINT, SPOTLIT } from './Spotlight'
import { formatMessage } from '../../../shared/messages/format-message'

export interface HeaderBlockProps {
  label: string
  lines: readonly HeaderLine[] | null
  /** Header names (any case) to pick out: `cookie` on a request, `set-cookie` on a response. */
  highlight: string
  /** Why there are no lines, when the caller knows (a request that failed before it went out). */
  missing?: string
  /** The lesson step on screen is about the HIGHLIGHT header (the spotlight): its lines are lit. */
  spotlit?: boolean
}

export function HeaderBlock({
  label,
  lines,
  highlight,
  missing,
  spotlit = false,
}: HeaderBlockProps) {
  const captionId = useId()
  if (lines === null) {
    return (
      <p className="not-observed">
        {missing !== undefined
          ? formatMessage('ui.headers.none', { label, why: missing })
          : formatMessage('ui.headers.unseen', { label })}
      </p>
    )
  }
  return (
    <figure className="headers-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="headers-caption">
        {formatMessage('ui.headers.caption', { label })}
      </figcaption>
      <pre className="headers">
        {lines.map((line, index) => (
          <span
            key={index}
            className={lineClass(line.name.toLowerCase() === highlight, spotlit)}
            aria-describedby={
              spotlit && line.name.toLowerCase() === highlight ? SPOTLIGHT_HINT.detail : undefined
            }
          >
            <span className="header-name">{line.name}:</span> {line.utf8 ?? line.value}
            {line.utf8 !== undefined ? (
              <span
                className="muted"
                title={formatMessage('ui.headers.byteByByte', { value: line.value })}
              >
                {' '}
                (UTF-8)
              </span>
            ) : null}
            {line.cutBytes ? (
              <span className="muted">
                {formatMessage('ui.headers.cut', { bytes: byteCount(line.cutBytes) })}
              </span>
            ) : null}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  )
}

function lineClass(picked: boolean, spotlit: boolean): string {
  if (!picked) return 'header-line'
  return spotlit ? `header-line header-cookie ${SPOTLIT}` : 'header-line header-cookie'
}

/** "1,048,000 bytes": how much capture left out of long text to bound its memory. */
export function byteCount(count: number): string {
  return formatMessage('ui.bytes', { count })
}
