// The UI's own message topics (en/ui-*.ts) and their Simplified Chinese, for the catalogue tests.

import { uiDetailEn } from '../../../src/shared/messages/en/ui-detail'
import { uiLessonsEn } from '../../../src/shared/messages/en/ui-lessons'
import { uiMenuEn } from '../../../src/shared/messages/en/ui-menu'
import { uiShellEn } from '../../../src/shared/messages/en/ui-shell'
import { uiStoreEn } from '../../../src/shared/messages/en/ui-store'
import { uiTimelineEn } from '../../../src/shared/messages/en/ui-timeline'
import { formatMessage, formatMessageParts } from '../../../src/shared/messages/format-message'
import type { Locale } from '../../../src/shared/messages/format-message'
import type { MessageId } from '../../../src/shared/messages/message-ids'

export const UI_TOPICS_EN = [uiMenuEn, uiShellEn, uiTimelineEn, uiDetailEn, uiStoreEn, uiLessonsEn]

/** The tags the UI renders (components/RichMessage.tsx), here as plain text. */
const TAGS = Object.fromEntries(
  ['code', 'strong', 'kbd', 'em'].map((tag) => [tag, (chunks: string[]) => chunks.join('')]),
)

/** Message ID in words, a marked-up one (`<code>…</code>`) with its marks taken as text. */
export function formatAnyMessage(id: MessageId, params: unknown, locale: Locale = 'en'): string {
  return /<(code|strong|kbd|em)>/.test(String(formatSource(id)))
    ? formatMessageParts(id, params as never, TAGS, locale).join('')
    : formatMessage(id, params as never, locale)
}

function formatSource(id: MessageId): string {
  for (const topic of UI_TOPICS_EN) {
    if (Object.hasOwn(topic, id)) return (topic as Record<string, { message: string }>)[id]!.message
  }
  return ''
}
