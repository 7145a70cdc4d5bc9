// Raw HTTP headers as they crossed the wire, one `Name: value` per line, with the cookie
// headers picked out. Headers the browser never reported are said to be missing, not invented.

import { useId } from 'react'
import type { HeaderLine } from '../../../shared/domain'
import './HeaderBlock.css'

export interface HeaderBlockProps {
  label: string
  lines: readonly HeaderLine[] | null
  /** Header names (any case) to pick out: `cookie` on a request, `set-cookie` on a response. */
  highlight: string
  /** Why there are no lines, when the caller knows (a request that failed before it went out). */
  missing?: string
}

export function HeaderBlock({ label, lines, highlight, missing }: HeaderBlockProps) {
  const captionId = useId()
  if (lines === null) {
    return (
      <p className="not-observed">
        {missing !== undefined
          ? `${label}: none. ${missing}`
          : `${label}: not observed. The browser did not report them (a cached response, a service worker, or a data: URL), so Cookie Lab shows nothing rather than guess.`}
      </p>
    )
  }
  return (
    <figure className="headers-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="headers-caption">
        {label}, as on the wire
      </figcaption>
      <pre className="headers">
        {lines.map((line, index) => (
          <span
            key={index}
            className={
              line.name.toLowerCase() === highlight ? 'header-line header-cookie' : 'header-line'
            }
          >
            <span className="header-name">{line.name}:</span> {line.utf8 ?? line.value}
            {line.utf8 !== undefined ? (
              <span className="muted" title={`byte by byte: ${line.value}`}>
                {' '}
                (UTF-8)
              </span>
            ) : null}
            {line.cutBytes ? <span className="muted">… {byteCount(line.cutBytes)} cut</span> : null}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  )
}

/** "1,048,000 bytes": how much capture left out of long text to bound its memory. */
export function byteCount(count: number): string {
  return `${count.toLocaleString('en')} bytes`
}
