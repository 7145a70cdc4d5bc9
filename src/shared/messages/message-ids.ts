// The id of every message the learner reads, and the parameters each takes. The facts core
// reports are ids (`FactCode`); the explanations of the UI (`shared/explain/*`) add theirs here.

import type { Protocol } from 'devtools-protocol'
import type { CookieIssueMessageId, CookieIssueParams } from './cookie-issue-ids'
import type { FactCode, InferredNotStored, ParamsOf } from './facts'
import type { TutorialPageMessageId, TutorialPageParams } from './tutorial-page-ids'
import type { UiMessageId, UiParams } from './ui-message-ids'

/** The browser's blocked reasons Cookie Lab has words for. */
export type KnownBlockedReason =
  | Protocol.Network.CookieBlockedReason
  | Protocol.Network.SetCookieBlockedReason
  // Newer Chromium names that this devtools-protocol version does not list yet.
  | 'ThirdPartyBlockedInFirstPartySet'

/** Reasons whose words differ for a Set-Cookie line (a response) from a request's cookie. */
export const WORDED_ON_RESPONSE = [
  'SecureOnly',
  'SameSiteStrict',
  'SameSiteLax',
  'SameSiteNoneInsecure',
] as const satisfies readonly KnownBlockedReason[]

/** Chromium's schemeful SameSite reasons, which it reports for every cross-site block. */
export const SCHEMEFUL_REASONS = [
  'SchemefulSameSiteStrict',
  'SchemefulSameSiteLax',
  'SchemefulSameSiteUnspecifiedTreatedAsLax',
] as const satisfies readonly KnownBlockedReason[]

export type BlockedReasonMessageId =
  | `blocked.${KnownBlockedReason}.${'summary' | 'because' | 'fix'}`
  | `blocked.${(typeof WORDED_ON_RESPONSE)[number]}.becauseOnResponse`
  | `blocked.${(typeof SCHEMEFUL_REASONS)[number]}.${'summaryOtherScheme' | 'becauseOtherScheme' | 'fixOtherScheme'}`
  | 'blocked.InvalidPrefix.summaryFor'
  | 'blocked.InvalidPrefix.becauseFor'
  | 'blocked.InvalidPrefix.fixFor'
  | `blocked.InvalidPrefix.${'summaryNameless' | 'becauseNameless' | 'fixNameless'}`
  | `blocked.prefixRule.${'secure' | 'httpOnly' | 'path' | 'domain'}`
  | 'blocked.lead.request'
  | 'blocked.lead.rule'
  | 'blocked.lead.response'
  | 'blocked.unknown.because'
  | 'blocked.unknown.fix'

export type StoreChangeMessageId =
  | `change.label.${'added' | 'changed' | 'removed' | 'expired'}`
  | `cause.${'response' | 'script' | 'inspector' | 'expiry' | 'browser'}`
  | `change.${'added' | 'changedValue' | 'changedAttributes' | 'removed' | 'expired' | 'expiredBy'}`

export type InspectorMessageId =
  | `inspector.partition.${'summary' | 'crossSite' | 'sameSite' | 'opaque'}`
  | 'inspector.source'
  | `inspector.issue.${'notSent' | 'setRefused' | 'chromium' | 'sameSiteNoneWithoutSecure' | 'valueBytes' | 'nearSizeLimit'}`
  | `inspector.add.${'noPageThere' | 'ipIsHostOnly' | 'added'}`
  | 'inspector.decode.invalid'
  | `inspector.draft.${'editKept' | 'addKept' | 'cookieGone' | 'valueChanged' | 'otherEditOpen'}`

/** Who started a request (`en/request-start.ts`). */
export type RequestStartMessageId =
  `start.browser.${'title' | 'because' | 'evidence' | 'appAsked' | 'sentRestricted'}`

/** A Set-Cookie line's verdict checked against the store (`en/line-verdicts.ts`). */
export type LineVerdictMessageId =
  | `verdict.${'notStored' | 'inferred' | 'inferredTitle' | 'inferredLead' | 'heldTitle'}`
  | `verdict.${'capped' | 'storedAs' | 'storedHostOnly' | 'storedFor'}`
  | `verdict.${'replaced' | 'replacedDetail'}`
  | `verdict.cause.${InferredNotStored['code']}`

/** A lesson step's checks: what each expects, what capture showed (`en/lesson-checks.ts`). */
export type LessonCheckMessageId =
  | `check.expect.${'exchange' | 'stored' | 'refused' | 'sent' | 'notSent' | 'storeHas' | 'storeLacks' | 'scriptWrote'}`
  | `check.seen.${import('../lessons/check-verdicts').CheckSeen['code']}`

/** Parameters of the lesson checks' messages that take any. */
export interface LessonCheckParams {
  'check.expect.exchange': { request: string; status: string }
  'check.expect.stored': { request: string; cookie: string; value: string }
  'check.expect.refused': { request: string; cookie: string; reason: string }
  'check.expect.sent': { request: string; cookie: string; value: string }
  'check.expect.notSent': { request: string; cookie: string; reason: string }
  'check.expect.storeHas': { cookie: string; value: string; domain: string; attributes: string }
  'check.expect.storeLacks': { cookie: string; domain: string }
  'check.expect.scriptWrote': { cookie: string }
  'check.seen.answered': { status: string }
  'check.seen.lineStored': { value: string }
  'check.seen.lineRefused': { reasons: string }
  'check.seen.lineNotStored': { inferred: string }
  'check.seen.cookieSent': { value: string }
  'check.seen.cookieNotSent': { reasons: string }
  'check.seen.storeHolds': { value: string; domain: string }
}

/** The lesson player's words (`en/lesson-player.ts`). */
export type LessonPlayerMessageId =
  | 'lesson.button'
  | 'lesson.panel'
  | `lesson.list.${'heading' | 'steps' | 'builtIn' | 'file' | 'languages' | 'loading' | 'failed'}`
  | `lesson.open.${'file' | 'drop' | 'tooLarge' | 'unreadable' | 'problems'}`
  | `lesson.intro.${'hostsNone' | 'hosts' | 'start' | 'all'}`
  | `lesson.${'language' | 'close' | 'closeTitle' | 'progress' | 'back' | 'next' | 'reset' | 'resetTitle' | 'keys' | 'lastStep'}`
  | `lesson.${'run' | 'doIt' | 'running' | 'ran' | 'yourTurn' | 'failed'}`
  | `lesson.check.${'passed' | 'notYet' | 'seen' | 'none' | 'allPassed' | 'hidden'}`
  | 'lesson.checks'
  | `lesson.predict.${'heading' | 'prompt' | 'skip' | 'picked'}`
  | `lesson.reveal.${'heading' | 'answer' | 'right' | 'wrong' | 'skipped' | 'waiting'}`
  | `timeline.fresh.${'hidden' | 'show'}`

/** Parameters of the lesson player's messages that take any. */
export interface LessonPlayerParams {
  'lesson.list.steps': { count: number }
  'lesson.list.file': { fileName: string }
  'lesson.list.languages': { languages: string }
  'lesson.list.failed': { error: string }
  'lesson.open.tooLarge': { fileName: string; bytes: number; max: number }
  'lesson.open.unreadable': { fileName: string; error: string }
  'lesson.open.problems': { fileName: string; count: number }
  'lesson.intro.hosts': { count: number }
  'lesson.progress': { step: number; count: number }
  'lesson.failed': { error: string }
  'lesson.check.seen': { seen: string }
  'lesson.predict.picked': { choice: string }
  'lesson.reveal.answer': { answer: string }
  'lesson.reveal.wrong': { pick: string }
  'timeline.fresh.hidden': { count: number }
}

/** The timeline's own words (`en/timeline.ts`). */
export type TimelineMessageId =
  | `timeline.${'moreChips' | 'moreChipsTitle' | 'skip' | 'skipTitle'}`
  | `timeline.${'urlUnseen' | 'methodUnseen' | 'statusUnseen'}`
  | `timeline.skip.${'assets' | 'filtered'}`
  | `timeline.filterMode.${'changes' | 'title'}`
  | `timeline.empty.${'touches' | 'changes'}`

/** What is wrong with a lesson file (`en/lesson-problems.ts`), one message per problem code. */
export type LessonProblemMessageId =
  `lessonProblem.${import('../lessons/lesson-problems').LessonProblemCode}`

/** The app menu's words and its dialogs' (`en/app-menu.ts`). */
export type AppMenuMessageId =
  `appMenu.${'file' | 'openLesson' | 'openLessonTitle' | 'lessonFiles'}`

/** The spotlight's words (`en/spotlight.ts`): what a lesson step is about. */
export type SpotlightMessageId =
  | `spotlight.${'hint' | 'hidden' | 'showIt'}`
  | `spotlight.waiting.${'row' | 'header' | 'cookie'}`
  | `spotlight.store.${'absent' | 'filtered'}`

/** HAR files in the app: export, import, and what a file does not hold (`en/har.ts`). */
export type HarMessageId =
  | `har.${'menu' | 'menuTitle' | 'import' | 'export' | 'exportTitle' | 'exportSanitised' | 'exportSanitisedTitle' | 'exportFailed' | 'busy'}`
  | `har.trouble.${'title' | 'unreadable' | 'dismiss'}`
  | `har.banner.${'label' | 'title' | 'source' | 'exchanges' | 'readOnly' | 'ownFormat' | 'otherTool' | 'sanitised' | 'notes' | 'moreNotes' | 'back' | 'loadingOlder' | 'olderFailed'}`
  | `har.store.${'heading' | 'label' | 'none' | 'noTimeTravel' | 'noEdits'}`
  | `har.detail.${'imported' | 'noCookieHeader' | 'noStore'}`
  | `har.appMenu.${'import' | 'export' | 'exportSanitised' | 'importTitle' | 'exportTitle' | 'files'}`

/** Parameters of the HAR messages that take any. */
export interface HarParams {
  'har.exportFailed': { error: string }
  'har.busy': { what: string }
  'har.trouble.title': { fileName: string }
  'har.trouble.unreadable': { error: string }
  'har.banner.title': { fileName: string }
  'har.banner.source': { harVersion: string; named: 'yes' | 'no'; creator: string; version: string }
  'har.banner.exchanges': { count: number }
  'har.banner.notes': { count: number }
  'har.banner.moreNotes': { count: number }
  'har.banner.olderFailed': { error: string }
  'har.detail.imported': { fileName: string }
}

/** Every cookie attribute in one plain sentence, and spans of time (`en/cookie-attributes.ts`). */
export type CookieAttributeMessageId =
  | `attr.label.${'noDomain' | 'noPath' | 'noSecure' | 'noHttpOnly' | 'noSameSite' | 'noLifetime' | 'prefix' | 'host' | 'session' | 'expires' | 'size'}`
  | `attr.pair.${'value' | 'empty' | 'quoted'}`
  | `attr.domain.${'hostOnly' | 'hostOnlyUnnamed' | 'shared'}`
  | `attr.path.${'everywhere' | 'under'}`
  | `attr.noPath.${'root' | 'under'}`
  | `attr.maxAge.${'now' | 'after'}`
  | `attr.expires.${'ignored' | 'unreadable' | 'past' | 'until'}`
  | 'attr.session'
  | `attr.stored.${'hostOnly' | 'expired' | 'expiresIn' | 'size'}`
  | `attr.secure.${'yes' | 'no'}`
  | `attr.httpOnly.${'yes' | 'no'}`
  | `attr.sameSite.${'unset' | 'strict' | 'lax' | 'none' | 'noneInsecure' | 'unknown'}`
  | 'attr.partitioned'
  | `attr.prefix.${'secure' | 'host' | 'http' | 'hostHttp' | 'broken'}`
  | `duration.${'days' | 'hours' | 'minutes' | 'seconds' | 'two'}`

/** Parameters of the cookie attribute messages that take any. */
export interface CookieAttributeParams {
  'attr.label.prefix': { prefix: string }
  'attr.label.host': { domain: string }
  'attr.label.expires': { date: number }
  'attr.label.size': { bytes: number }
  'attr.pair.value': { name: string; value: string }
  'attr.pair.empty': { name: string }
  'attr.pair.quoted': { name: string }
  'attr.domain.hostOnly': { host: string }
  'attr.domain.shared': { domain: string }
  'attr.stored.hostOnly': { domain: string }
  'attr.path.under': { path: string }
  'attr.noPath.under': { path: string }
  'attr.maxAge.after': { duration: string }
  'attr.expires.until': { duration: string }
  'attr.stored.expiresIn': { duration: string }
  'attr.stored.size': { bytes: number; max: number }
  'attr.sameSite.unknown': { value: string }
  'attr.prefix.broken': { promise: string; broken: string }
  'duration.days': { count: number }
  'duration.hours': { count: number }
  'duration.minutes': { count: number }
  'duration.seconds': { count: number }
  'duration.two': { larger: string; smaller: string }
}

/** Parameters of the explanations' messages that take any. */
export interface ExplainParams {
  'blocked.lead.request': { because: string }
  'blocked.lead.response': { because: string }
  'blocked.lead.rule': { because: string }
  'blocked.InvalidPrefix.summaryFor': { prefix: string }
  'blocked.InvalidPrefix.becauseFor': { prefix: string; kind: string; broken: string }
  'blocked.InvalidPrefix.fixFor': { prefix: string }
  'blocked.InvalidPrefix.summaryNameless': { prefix: string }
  'blocked.InvalidPrefix.becauseNameless': { prefix: string }
  'blocked.unknown.because': { reason: string }
  'blocked.unknown.fix': { reason: string }
  'blocked.AnonymousContext.fix': { code: string }
  'cause.browser': { detail: string }
  'change.added': { name: string; value: string; cause: string }
  'change.changedValue': { name: string; before: string; value: string; cause: string }
  'change.changedAttributes': { name: string; value: string; cause: string }
  'change.removed': { name: string; cause: string }
  'change.expired': { name: string }
  'change.expiredBy': { name: string; cause: string }
  'inspector.partition.summary': { topLevelSite: string }
  'inspector.partition.crossSite': { domain: string; topLevelSite: string }
  'inspector.partition.sameSite': { domain: string; topLevelSite: string }
  'inspector.source': { scheme: string; port: string }
  'inspector.issue.notSent': { entry: string; reasons: string }
  'inspector.issue.setRefused': { entry: string; reasons: string }
  'inspector.issue.chromium': { entry: string; reasons: string }
  'inspector.issue.nearSizeLimit': { bytes: number; max: number }
  'inspector.add.noPageThere': { domain: string }
  'inspector.add.ipIsHostOnly': { address: string }
  'inspector.add.added': { name: string; warnings: string }
  'inspector.draft.editKept': { name: string; value: string }
  'inspector.draft.cookieGone': { name: string }
  'inspector.draft.valueChanged': { value: string }
  'inspector.draft.otherEditOpen': { name: string }
  'start.browser.because': { navigation: 'yes' | 'other' }
  'start.browser.evidence': { header: string; user: 'yes' | 'other' }
  'start.browser.appAsked': { header: string }
  'start.browser.sentRestricted': { count: number; names: string }
  'verdict.inferredTitle': { name: string }
  'verdict.capped': { days: number; held: number; asked: number }
  'verdict.storedAs': { value: string }
  'verdict.storedFor': { domain: string }
  'verdict.replacedDetail': { where: 'here' | 'later' }
  'verdict.cause.inferredPrefixRules': { prefix: string }
  'timeline.moreChips': { count: number }
  'timeline.moreChipsTitle': { count: number }
  'timeline.skip': { count: number; first: string; last: string }
  'timeline.skipTitle': { what: string }
  'timeline.skip.assets': { count: number }
  'timeline.skip.filtered': { count: number }
  'timeline.empty.touches': { name: string }
  'timeline.empty.changes': { name: string }
  'spotlight.waiting.row': { request: string }
  'spotlight.waiting.header': { request: string; header: string }
  'spotlight.waiting.cookie': { request: string; cookie: string }
  'spotlight.store.absent': { cookie: string; domain: string }
  'spotlight.store.filtered': { cookie: string }
  'spotlight.hidden': { entry: string }
  'paging.older': { loaded: number; count: number }
  'paging.searching': { name: string }
  'paging.failed': { reason: string }
}

/** The parameters of lesson problem C's message (undefined when it takes none). */
type LessonProblemParams<C> =
  Extract<import('../lessons/lesson-problems').LessonProblem, { code: C }> extends {
    params: infer P
  }
    ? P
    : undefined

export type MessageId =
  | FactCode
  | BlockedReasonMessageId
  | StoreChangeMessageId
  | InspectorMessageId
  | CookieIssueMessageId
  | LineVerdictMessageId
  | LessonCheckMessageId
  | RequestStartMessageId
  | TimelineMessageId
  | LessonPlayerMessageId
  | AppMenuMessageId
  | SpotlightMessageId
  | PagingMessageId
  | TutorialPageMessageId
  | HarMessageId
  | CookieAttributeMessageId
  | UiMessageId
  | LessonProblemMessageId

/** A long session's timeline: the edge of the loaded rows (`en/paging.ts`). */
export type PagingMessageId =
  `paging.${'older' | 'loadOlder' | 'loading'}` | `paging.${'searching' | 'failed' | 'retry'}`

/** The parameters of message ID (undefined when it takes none). */
export type MessageParams<I extends MessageId> = I extends FactCode
  ? ParamsOf<I>
  : I extends keyof ExplainParams
    ? ExplainParams[I]
    : I extends keyof CookieIssueParams
      ? CookieIssueParams[I]
      : I extends keyof LessonCheckParams
        ? LessonCheckParams[I]
        : I extends keyof LessonPlayerParams
          ? LessonPlayerParams[I]
          : I extends keyof TutorialPageParams
            ? TutorialPageParams[I]
            : I extends keyof HarParams
              ? HarParams[I]
              : I extends keyof CookieAttributeParams
                ? CookieAttributeParams[I]
                : I extends keyof UiParams
                  ? UiParams[I]
                  : I extends `lessonProblem.${infer C}`
                    ? LessonProblemParams<C>
                    : undefined
