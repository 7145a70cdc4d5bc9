// A catalogue message whose words are partly marked up: `<code>Cookie</code>`, `<strong>Login</strong>`,
// `<kbd>Esc</kbd>`, `<em>`. The translator moves the marks with the words; the UI makes each its
// element. Any other tag in a translation is refused by intl-messageformat (no HTML passes).

import { Fragment, type ReactNode } from 'react'
import { formatMessageParts } from '../../../shared/messages/format-message'
import type { MessageId, MessageParams } from '../../../shared/messages/message-ids'

const TAGS = {
  code: (chunks: ReactNode[]) => <code>{chunks}</code>,
  strong: (chunks: ReactNode[]) => <strong>{chunks}</strong>,
  kbd: (chunks: ReactNode[]) => <kbd>{chunks}</kbd>,
  em: (chunks: ReactNode[]) => <em>{chunks}</em>,
}

export function RichMessage<I extends MessageId>({
  id,
  params,
}: {
  id: I
  params: MessageParams<I>
}) {
  const parts = formatMessageParts<I, ReactNode>(id, params, TAGS)
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{part}</Fragment>
      ))}
    </>
  )
}
