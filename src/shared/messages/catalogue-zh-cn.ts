// Every sentence the learner reads, in Simplified Chinese: the same ids as the English source
// catalogue (catalogue-en.ts), gathered from one file per topic under zh-cn/. Only `message` is
// translated; each id's `description` for the translator stays in the English catalogue.

import type { MessageId } from './message-ids'
import { uiMenuZhCn } from './zh-cn/ui-menu'
import { uiShellZhCn } from './zh-cn/ui-shell'
import { uiTimelineZhCn } from './zh-cn/ui-timeline'
import { uiDetailZhCn } from './zh-cn/ui-detail'
import { uiStoreZhCn } from './zh-cn/ui-store'
import { uiLessonsZhCn } from './zh-cn/ui-lessons'

/** A translated message: its ICU text, with the same parameters as the English one. */
export type TranslatedCatalogue = Partial<Record<MessageId, { message: string }>>

export const catalogueZhCn: TranslatedCatalogue = {
  ...uiMenuZhCn,
  ...uiShellZhCn,
  ...uiTimelineZhCn,
  ...uiDetailZhCn,
  ...uiStoreZhCn,
  ...uiLessonsZhCn,
}
