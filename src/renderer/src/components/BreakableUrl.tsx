// A path with a query, allowed to wrap after each "?" and "&", so a long playground URL breaks
// between its parameters rather than in the middle of a word.

import { Fragment } from 'react'

export function BreakableUrl({ text }: { text: string }) {
  const parts = text.split(/(?<=[?&])/)
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  )
}
