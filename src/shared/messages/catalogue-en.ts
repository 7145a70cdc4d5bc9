// Every sentence the learner reads, in English: the source catalogue. As in the DevTools
// frontend's UIStrings, each message is an ICU MessageFormat string with a `description` for the
// translator; a parameter written `{name}` is text or a number, and a parameter that is itself a
// fact arrives already formatted. The messages live in one file per topic, gathered here into
// one catalogue; a second language is a second catalogue with the same ids (format-message.ts).

import type { CatalogueEntry } from './catalogue-entry'
import { appMenuEn } from './en/app-menu'
import { blockedReasonsEn } from './en/blocked-reasons'
import { cookieAttributesEn } from './en/cookie-attributes'
import { cookieIssuesEn } from './en/cookie-issues'
import { factsEn } from './en/facts'
import { harEn } from './en/har'
import { inspectorEn } from './en/inspector'
import { lessonChecksEn } from './en/lesson-checks'
import { lessonPlayerEn } from './en/lesson-player'
import { lessonProblemsEn } from './en/lesson-problems'
import { lineVerdictsEn } from './en/line-verdicts'
import { pagingEn } from './en/paging'
import { requestStartEn } from './en/request-start'
import { spotlightEn } from './en/spotlight'
import { storeChangesEn } from './en/store-changes'
import { timelineEn } from './en/timeline'
import { tutorialPagesEn } from './en/tutorial-pages'
import { uiMenuEn } from './en/ui-menu'
import type { MessageId } from './message-ids'
import { uiShellEn } from './en/ui-shell'
import { uiTimelineEn } from './en/ui-timeline'
import { uiDetailEn } from './en/ui-detail'
import { uiStoreEn } from './en/ui-store'
import { uiLessonsEn } from './en/ui-lessons'

export type Catalogue = Record<MessageId, CatalogueEntry>

export const catalogueEn = {
  ...factsEn,
  ...blockedReasonsEn,
  ...storeChangesEn,
  ...inspectorEn,
  ...cookieIssuesEn,
  ...lineVerdictsEn,
  ...lessonChecksEn,
  ...lessonPlayerEn,
  ...requestStartEn,
  ...spotlightEn,
  ...timelineEn,
  ...appMenuEn,
  ...pagingEn,
  ...tutorialPagesEn,
  ...harEn,
  ...cookieAttributesEn,
  ...lessonProblemsEn,
  ...uiMenuEn,
  ...uiShellEn,
  ...uiTimelineEn,
  ...uiDetailEn,
  ...uiStoreEn,
  ...uiLessonsEn,
} satisfies Catalogue
