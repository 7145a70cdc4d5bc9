// What core reports is a fact: a code and the parameters its sentence needs, never the sentence.
// Logic decides on codes (`change-attribution.ts` asks "is one of the problems `nonAsciiUtf8`?");
// the UI turns a fact into words with `formatMessage`, in the learner's language, from the one
// catalogue (`catalogue-en.ts`). A fact is plain data, so it crosses IPC as it is.

import type { InspectorAction } from '../domain'

/** A parameter: text or a number as it is, or another fact formatted in the same language. */
export type FactParam = string | number | Fact

/** A code with no parameters, or with the parameters its message needs. */
export type CodedFact<
  C extends string,
  P extends object | undefined = undefined,
> = P extends undefined ? { code: C } : { code: C; params: P }

/** What is odd about one raw `Set-Cookie` line (`SetCookieLine.problems`). */
export type SetCookieProblem =
  | CodedFact<'lineEmpty'>
  | CodedFact<'noNameValuePair'>
  | CodedFact<'expiresUnreadable', { expires: string }>
  | CodedFact<'sameSiteUnknown', { sameSite: string }>
  | CodedFact<'lineBreak'>
  | CodedFact<'nulByte'>
  /** `codes`: the control characters as `0x01, 0x7f`; `count`: how many there are. */
  | CodedFact<'controlCharacters', { codes: string; count: number }>
  | CodedFact<'nonAsciiNotUtf8'>
  | CodedFact<'nonAsciiUtf8'>
  | CodedFact<'noEquals'>
  | CodedFact<'emptyName'>
  | CodedFact<'nameValueTooLong', { bytes: number; max: number }>

/**
 * How the cookie the store holds differs from what its `Set-Cookie` line asked: both sides.
 * Times are ms since the epoch; `days` is Chromium's cap on a cookie's lifetime.
 */
export type HeldDifference =
  | CodedFact<'heldValueCut', { asked: string; held: string; byte: string }>
  | CodedFact<'heldValueDiffers', { asked: string; held: string }>
  | CodedFact<'heldExpiryCapped', { asked: number; held: number; days: number }>
  | CodedFact<'heldDomainNormalised', { asked: string; held: string }>
  | CodedFact<'heldHostOnly', { asked: string; host: string }>

/**
 * The browser gave no reason, yet the store does not hold the line's cookie: the most likely
 * cause, read from the line (an inference, never the browser's word).
 */
export type InferredNotStored =
  | CodedFact<'inferredPartitionedWithoutSecure'>
  | CodedFact<'inferredValueNotUtf8'>
  | CodedFact<'inferredPrefixRules', { prefix: string }>
  | CodedFact<'inferredCrowdedSite', { count: number }>
  | CodedFact<'inferredNoCause'>

/** Why the browser most likely refused an inspector edit: what the learner can change. */
export type EditRefusalReason =
  | CodedFact<'needsNameOrValue'>
  | CodedFact<'controlInNameOrValue'>
  | CodedFact<'semicolonInNameOrValue'>
  | CodedFact<'equalsInName'>
  | CodedFact<'draftTooLong', { bytes: number; max: number }>
  | CodedFact<'sameSiteNoneNeedsSecure'>
  | CodedFact<'prefixNeedsSecure', { prefix: string }>
  | CodedFact<'prefixNeedsHttpOnly', { prefix: string }>
  | CodedFact<'hostPrefixNeedsRootPath', { prefix: string }>
  | CodedFact<'needsDomain'>
  | CodedFact<'pathNeedsSlash'>

/** The browser refused an inspector edit (the error a `setCookie` command rejects with). */
export type EditRefusal =
  | CodedFact<'editRefused', { name: string; reason: EditRefusalReason }>
  /** `browserSaid`: the browser's own words, without the protocol's wrapping around them. */
  | CodedFact<
      'editRefusedBrowserSaid',
      { name: string; reason: EditRefusalReason; browserSaid: string }
    >
  | CodedFact<'editRefusedUnexplained', { name: string }>
  /** The browser found the cookie invalid ("Sanitizing cookie failed") and no likely cause is known. */
  | CodedFact<'editRefusedInvalid', { name: string }>
  | CodedFact<'editRefusedUnexplainedBrowserSaid', { name: string; browserSaid: string }>

/** Why an inspector edit did not happen, as its timeline entry tells it. */
export type EditFailure =
  EditRefusalReason | CodedFact<'browserRefusedIt'> | CodedFact<'editFailed', { error: string }>

interface CookieTarget {
  name: string
  domain: string
  path: string
}
type SetTarget = CookieTarget & { value: string }

/** What an inspector edit did, or tried to do (`InspectorEdit.summary`). */
export type InspectorEditSummary =
  | CodedFact<'editSet', SetTarget>
  | CodedFact<'editDelete', CookieTarget>
  | CodedFact<'editClear'>
  | CodedFact<'editSetFailed', SetTarget & { why: EditFailure }>
  | CodedFact<'editDeleteFailed', CookieTarget & { why: EditFailure }>
  | CodedFact<'editClearFailed', { why: EditFailure }>

/** Why the browser, not a response or a script, changed the store (`ChangeCause` `browser`). */
export type BrowserChangeDetail =
  CodedFact<'evicted'> | CodedFact<'evictedCrowdedSite'> | CodedFact<'changedWhileDetached'>

/** A network error of Chromium's (`name`: `ERR_NAME_NOT_RESOLVED` …), in words. */
export type NetError = CodedFact<'netError', { name: string }>

/**
 * Why the pane could not load a page: a network error (`code`: as the browser names it,
 * `net::ERR_UNSAFE_PORT`, for the small print), or another failure in the host's own words.
 */
export type PaneLoadFailure =
  | CodedFact<'paneLoadFailed', { url: string; why: NetError; code: string }>
  | CodedFact<'paneLoadFailedOther', { url: string; detail: string }>

/** Why an exchange failed: the browser's own error text (`net::ERR_…`), or what capture saw. */
export type ExchangeFailure =
  | CodedFact<'browserError', { errorText: string }>
  | CodedFact<'requestFailed'>
  | CodedFact<'onlyRawHeaders'>

/**
 * Why capture paused (`CaptureGap.reason`): Electron's debugger went away (its own words as
 * `detail`, e.g. DevTools opened), or the pane's page crashed (`detail`: the browser's reason) or
 * was closed.
 */
export type GapReason =
  | CodedFact<'debuggerDetached', { detail: string }>
  | CodedFact<'paneStopped', { detail: string }>
  | CodedFact<'paneClosed'>

/** Why the address bar's text cannot be opened in the pane. */
export type PaneTargetRefusal =
  | CodedFact<'targetEmpty'>
  | CodedFact<'targetHasSpaces', { typed: string }>
  | CodedFact<'targetSchemeNotAllowed', { scheme: string }>
  | CodedFact<'targetNeitherPathNorUrl', { typed: string }>
  | CodedFact<'targetNotOpenable', { typed: string }>

/** A command the host could not carry out at all, for a reason the learner should read. */
export type CommandRefusal =
  | CodedFact<'captureNotAttached', { command: InspectorAction }>
  | CodedFact<'captureClosed', { command: InspectorAction }>
  | CodedFact<'noSuchEntry', { entryId: string }>
  | CodedFact<'harFileGone'>
  | CodedFact<'harReaderStopped'>
  | CodedFact<'hostGaveNoReason'>

/**
 * Why a lesson's script (its own, or a form or link action's) did not run in the pane's page, or
 * failed there (core/pane/bound-script.ts). `detail`, `thrown`: the browser's own words.
 */
export type BoundScriptFailure =
  | CodedFact<'scriptOnOtherPage', { expected: string; shown: string }>
  | CodedFact<'scriptPageChanged', { detail: string }>
  | CodedFact<'scriptFailedInPage', { thrown: string }>

/**
 * A lesson command the host could not carry out (`runLessonAction`): the UI names a lesson the
 * host does not hold, or a step it does not have, or the step's action failed in the pane
 * (`detail`: the page's or the browser's own words, in English).
 */
export type LessonRefusal =
  | CodedFact<'noSuchLesson', { ref: string }>
  | CodedFact<'noSuchLessonStep', { ref: string; stepId: string }>
  | CodedFact<'lessonStepLeftToLearner', { stepId: string }>
  | CodedFact<'lessonActionBusy'>
  | CodedFact<'lessonActionFailed', { detail: string }>

/** Every fact the project reports; the catalogue has one message per code. */
/** What is wrong with a HAR file being imported, and where (`index`: the entry, from 0). */
export type HarProblem =
  | CodedFact<'harTooLarge', { bytes: number; max: number }>
  | CodedFact<'harUnreadable', { reason: string }>
  | CodedFact<'harNotJson', { detail: string }>
  | CodedFact<'harTooDeep', { max: number }>
  | CodedFact<'harNotHar', { detail: string }>
  | CodedFact<'harVersion', { version: string }>
  | CodedFact<'harTooManyEntries', { count: number; max: number }>
  | CodedFact<'harEntryInvalid', { index: number; detail: string }>
  | CodedFact<'harEntryDate', { index: number; value: string }>
  | CodedFact<'harCookiesWithoutHeader', { index: number; count: number }>
  | CodedFact<'harNoVerdict'>

export type Fact =
  | HarProblem
  | SetCookieProblem
  | HeldDifference
  | InferredNotStored
  | EditRefusalReason
  | EditRefusal
  | EditFailure
  | InspectorEditSummary
  | BrowserChangeDetail
  | ExchangeFailure
  | NetError
  | PaneLoadFailure
  | GapReason
  | PaneTargetRefusal
  | CommandRefusal
  | LessonRefusal
  | BoundScriptFailure

export type FactCode = Fact['code']

/** The parameters of the fact with code C (undefined when it has none). */
export type ParamsOf<C extends FactCode> =
  Extract<Fact, { code: C }> extends { params: infer P } ? P : undefined
