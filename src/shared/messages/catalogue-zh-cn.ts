// Every sentence the learner reads, in Simplified Chinese: the same ids as the English source
// catalogue (catalogue-en.ts), gathered from one file per topic under zh-cn/. Only `message` is
// translated; each id's `description` for the translator stays in the English catalogue.

import type { MessageId } from './message-ids'
import { appMenuZhCn } from './zh-cn/app-menu'
import { blockedReasonsZhCn } from './zh-cn/blocked-reasons'
import { cookieAttributesZhCn } from './zh-cn/cookie-attributes'
import { cookieIssuesZhCn } from './zh-cn/cookie-issues'
import { factsZhCn } from './zh-cn/facts'
import { harZhCn } from './zh-cn/har'
import { inspectorZhCn } from './zh-cn/inspector'
import { lessonChecksZhCn } from './zh-cn/lesson-checks'
import { lessonPlayerZhCn } from './zh-cn/lesson-player'
import { lessonProblemsZhCn } from './zh-cn/lesson-problems'
import { lineVerdictsZhCn } from './zh-cn/line-verdicts'
import { pagingZhCn } from './zh-cn/paging'
import { requestStartZhCn } from './zh-cn/request-start'
import { spotlightZhCn } from './zh-cn/spotlight'
import { storeChangesZhCn } from './zh-cn/store-changes'
import { timelineZhCn } from './zh-cn/timeline'
import { tutorialPagesZhCn } from './zh-cn/tutorial-pages'
import { uiMenuZhCn } from './zh-cn/ui-menu'
import { uiShellZhCn } from './zh-cn/ui-shell'
import { uiTimelineZhCn } from './zh-cn/ui-timeline'
import { uiDetailZhCn } from './zh-cn/ui-detail'
import { uiStoreZhCn } from './zh-cn/ui-store'
import { uiLessonsZhCn } from './zh-cn/ui-lessons'

/**
 * A language's catalogue as format-message.ts reads it: each message's ICU text, with the same
 * parameters as the English one. Partial, so that a language under way falls back to English.
 */
export type TranslatedCatalogue = Partial<Record<MessageId, { message: string }>>

/** Complete: the type check fails while an id of the English catalogue has no Chinese. */
export const catalogueZhCn = {
  ...factsZhCn,
  ...blockedReasonsZhCn,
  ...storeChangesZhCn,
  ...inspectorZhCn,
  ...cookieIssuesZhCn,
  ...lineVerdictsZhCn,
  ...lessonChecksZhCn,
  ...lessonPlayerZhCn,
  ...requestStartZhCn,
  ...spotlightZhCn,
  ...timelineZhCn,
  ...appMenuZhCn,
  ...pagingZhCn,
  ...tutorialPagesZhCn,
  ...harZhCn,
  ...cookieAttributesZhCn,
  ...lessonProblemsZhCn,
  ...uiMenuZhCn,
  ...uiShellZhCn,
  ...uiTimelineZhCn,
  ...uiDetailZhCn,
  ...uiStoreZhCn,
  ...uiLessonsZhCn,
} satisfies Record<MessageId, { message: string }>
