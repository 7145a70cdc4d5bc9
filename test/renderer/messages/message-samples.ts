// The sample parameters of every message in the catalogue, shared by each language's catalogue
// test. The tables are typed so that a new code or parameter without a sample (or a sample of
// the wrong shape) fails the type check.

import type { CookieIssueParams } from '../../../src/shared/messages/cookie-issue-ids'
import type { Fact, FactCode } from '../../../src/shared/messages/facts'
import type {
  CookieAttributeParams,
  ExplainParams,
  HarParams,
  LessonCheckParams,
  LessonPlayerParams,
  MessageId,
} from '../../../src/shared/messages/message-ids'
import type { TutorialPageParams } from '../../../src/shared/messages/tutorial-page-ids'
import { LESSON_PROBLEM_SAMPLES } from './lesson-problem-samples'
import { UI_SAMPLES } from './ui-samples'

const target = { name: 'userID', domain: 'localhost', path: '/' }
const reason = { code: 'sameSiteNoneNeedsSecure' } as const

/** One fact per code, with parameters a learner could meet. */
export const SAMPLES: { [C in FactCode]: Extract<Fact, { code: C }> } = {
  lineEmpty: { code: 'lineEmpty' },
  noNameValuePair: { code: 'noNameValuePair' },
  expiresUnreadable: { code: 'expiresUnreadable', params: { expires: 'someday' } },
  sameSiteUnknown: { code: 'sameSiteUnknown', params: { sameSite: 'Bogus' } },
  lineBreak: { code: 'lineBreak' },
  nulByte: { code: 'nulByte' },
  controlCharacters: { code: 'controlCharacters', params: { codes: '0x01', count: 1 } },
  nonAsciiNotUtf8: { code: 'nonAsciiNotUtf8' },
  nonAsciiUtf8: { code: 'nonAsciiUtf8' },
  noEquals: { code: 'noEquals' },
  emptyName: { code: 'emptyName' },
  nameValueTooLong: { code: 'nameValueTooLong', params: { bytes: 5003, max: 4096 } },
  heldValueCut: { code: 'heldValueCut', params: { asked: 'café', held: 'caf', byte: '0xE9' } },
  heldValueDiffers: { code: 'heldValueDiffers', params: { asked: 'a b', held: 'ab' } },
  heldExpiryCapped: {
    code: 'heldExpiryCapped',
    params: { asked: Date.UTC(2028, 6, 22), held: Date.UTC(2028, 0, 4), days: 400 },
  },
  heldDomainNormalised: {
    code: 'heldDomainNormalised',
    params: { asked: 'Shop.TEST', held: '.shop.test' },
  },
  heldHostOnly: { code: 'heldHostOnly', params: { asked: '127.0.0.1', host: '127.0.0.1' } },
  inferredPartitionedWithoutSecure: { code: 'inferredPartitionedWithoutSecure' },
  inferredValueNotUtf8: { code: 'inferredValueNotUtf8' },
  inferredPrefixRules: { code: 'inferredPrefixRules', params: { prefix: '__Host-' } },
  inferredCrowdedSite: { code: 'inferredCrowdedSite', params: { count: 169 } },
  inferredNoCause: { code: 'inferredNoCause' },
  needsNameOrValue: { code: 'needsNameOrValue' },
  controlInNameOrValue: { code: 'controlInNameOrValue' },
  semicolonInNameOrValue: { code: 'semicolonInNameOrValue' },
  equalsInName: { code: 'equalsInName' },
  draftTooLong: { code: 'draftTooLong', params: { bytes: 5000, max: 4096 } },
  sameSiteNoneNeedsSecure: reason,
  prefixNeedsSecure: { code: 'prefixNeedsSecure', params: { prefix: '__Host-' } },
  prefixNeedsHttpOnly: { code: 'prefixNeedsHttpOnly', params: { prefix: '__Http-' } },
  hostPrefixNeedsRootPath: { code: 'hostPrefixNeedsRootPath', params: { prefix: '__Host-' } },
  needsDomain: { code: 'needsDomain' },
  pathNeedsSlash: { code: 'pathNeedsSlash' },
  editRefused: { code: 'editRefused', params: { name: 'tracker', reason } },
  editRefusedBrowserSaid: {
    code: 'editRefusedBrowserSaid',
    params: { name: 'tracker', reason, browserSaid: 'Sanitizing cookie failed' },
  },
  editRefusedUnexplained: { code: 'editRefusedUnexplained', params: { name: 'tracker' } },
  editRefusedInvalid: { code: 'editRefusedInvalid', params: { name: 'a b' } },
  editRefusedUnexplainedBrowserSaid: {
    code: 'editRefusedUnexplainedBrowserSaid',
    params: { name: 'tracker', browserSaid: 'Sanitizing cookie failed' },
  },
  browserRefusedIt: { code: 'browserRefusedIt' },
  editFailed: { code: 'editFailed', params: { error: 'Target closed' } },
  editSet: { code: 'editSet', params: { ...target, value: 'bob' } },
  editDelete: { code: 'editDelete', params: target },
  editClear: { code: 'editClear' },
  editSetFailed: { code: 'editSetFailed', params: { ...target, value: 'a;b', why: reason } },
  editDeleteFailed: {
    code: 'editDeleteFailed',
    params: { ...target, why: { code: 'editFailed', params: { error: 'Target closed' } } },
  },
  editClearFailed: { code: 'editClearFailed', params: { why: { code: 'browserRefusedIt' } } },
  browserError: { code: 'browserError', params: { errorText: 'net::ERR_ABORTED' } },
  requestFailed: { code: 'requestFailed' },
  netError: { code: 'netError', params: { name: 'ERR_UNSAFE_PORT' } },
  paneLoadFailed: {
    code: 'paneLoadFailed',
    params: {
      url: 'http://localhost:1/',
      why: { code: 'netError', params: { name: 'ERR_UNSAFE_PORT' } },
      code: 'net::ERR_UNSAFE_PORT',
    },
  },
  paneLoadFailedOther: {
    code: 'paneLoadFailedOther',
    params: { url: 'http://x.test/', detail: 'Timeout 30000ms exceeded.' },
  },
  onlyRawHeaders: { code: 'onlyRawHeaders' },
  harTooLarge: { code: 'harTooLarge', params: { bytes: 209715200, max: 67108864 } },
  harNotJson: { code: 'harNotJson', params: { detail: 'Unexpected end of JSON input' } },
  harTooDeep: { code: 'harTooDeep', params: { max: 64 } },
  harNotHar: { code: 'harNotHar', params: { detail: 'log.entries: expected array' } },
  harVersion: { code: 'harVersion', params: { version: '2.0' } },
  harTooManyEntries: { code: 'harTooManyEntries', params: { count: 60000, max: 50000 } },
  harEntryInvalid: { code: 'harEntryInvalid', params: { index: 3, detail: 'request: required' } },
  harEntryDate: { code: 'harEntryDate', params: { index: 0, value: 'yesterday' } },
  harCookiesWithoutHeader: { code: 'harCookiesWithoutHeader', params: { index: 2, count: 3 } },
  harNoVerdict: { code: 'harNoVerdict' },
  harUnreadable: { code: 'harUnreadable', params: { reason: 'EACCES' } },
  harFileGone: { code: 'harFileGone' },
  harReaderStopped: { code: 'harReaderStopped' },
  debuggerDetached: { code: 'debuggerDetached', params: { detail: 'DevTools opened' } },
  paneStopped: { code: 'paneStopped', params: { detail: 'crashed' } },
  paneClosed: { code: 'paneClosed' },
  evicted: { code: 'evicted' },
  evictedCrowdedSite: { code: 'evictedCrowdedSite' },
  changedWhileDetached: { code: 'changedWhileDetached' },
  targetEmpty: { code: 'targetEmpty' },
  targetHasSpaces: { code: 'targetHasSpaces', params: { typed: 'hello world' } },
  targetSchemeNotAllowed: { code: 'targetSchemeNotAllowed', params: { scheme: 'javascript' } },
  targetNeitherPathNorUrl: { code: 'targetNeitherPathNorUrl', params: { typed: 'getcookie' } },
  targetNotOpenable: { code: 'targetNotOpenable', params: { typed: 'http://' } },
  captureNotAttached: { code: 'captureNotAttached', params: { command: 'delete' } },
  captureClosed: { code: 'captureClosed', params: { command: 'set' } },
  noSuchEntry: { code: 'noSuchEntry', params: { entryId: 'e9' } },
  hostGaveNoReason: { code: 'hostGaveNoReason' },
  noSuchLesson: { code: 'noSuchLesson', params: { ref: 'file:3' } },
  noSuchLessonStep: { code: 'noSuchLessonStep', params: { ref: 'file:3', stepId: 'set-it' } },
  lessonStepLeftToLearner: { code: 'lessonStepLeftToLearner', params: { stepId: 'your-turn' } },
  lessonActionBusy: { code: 'lessonActionBusy' },
  scriptOnOtherPage: {
    code: 'scriptOnOtherPage',
    params: { expected: 'http://127.0.0.1:5123/cookies', shown: 'http://127.0.0.1:5123/getcookie' },
  },
  scriptPageChanged: {
    code: 'scriptPageChanged',
    params: { detail: 'Cannot find context with specified id' },
  },
  scriptFailedInPage: { code: 'scriptFailedInPage', params: { thrown: 'Error: no form #login' } },
  lessonActionFailed: { code: 'lessonActionFailed', params: { detail: 'no form #login' } },
}

/** Parameters for the explanations' messages that take any. */
const EXPLAIN_SAMPLES: ExplainParams = {
  'blocked.lead.request': { because: 'the path does not match.' },
  'blocked.lead.response': { because: 'the path does not match.' },
  'blocked.lead.rule': { because: 'this URL is not under the cookie’s Path.' },
  'blocked.InvalidPrefix.summaryFor': { prefix: '__Host-' },
  'blocked.InvalidPrefix.becauseFor': {
    prefix: '__Http-',
    kind: 'http',
    broken: 'it has no HttpOnly',
  },
  'blocked.InvalidPrefix.fixFor': { prefix: '__Host-' },
  'blocked.InvalidPrefix.summaryNameless': { prefix: '__Host-' },
  'blocked.InvalidPrefix.becauseNameless': { prefix: '__Host-' },
  'blocked.unknown.because': { reason: 'BrandNewReason' },
  'blocked.unknown.fix': { reason: 'BrandNewReason' },
  'blocked.AnonymousContext.fix': { code: "fetch(url, { credentials: 'include' })" },
  'cause.browser': { detail: 'evicted' },
  'change.added': { name: 'userID', value: 'alice', cause: 'by you, in the store inspector' },
  'change.changedValue': { name: 'userID', before: 'alice', value: 'bob', cause: 'by you' },
  'change.changedAttributes': { name: 'userID', value: 'bob', cause: 'by you' },
  'change.removed': { name: 'userID', cause: 'by a script on the page' },
  'change.expired': { name: 'userID' },
  'change.expiredBy': { name: 'userID', cause: 'by a Set-Cookie header on the response' },
  'inspector.partition.summary': { topLevelSite: 'https://shop.test' },
  'inspector.partition.crossSite': { domain: 'tracker.test', topLevelSite: 'https://shop.test' },
  'inspector.partition.sameSite': { domain: 'shop.test', topLevelSite: 'https://shop.test' },
  'inspector.source': { scheme: 'Secure', port: '8443' },
  'inspector.issue.notSent': { entry: '#12', reasons: 'SameSite=Strict, cross-site request' },
  'inspector.issue.setRefused': { entry: '#12', reasons: 'SameSite=None without Secure' },
  'inspector.issue.chromium': { entry: '#12', reasons: 'sent under the Lax+POST allowance' },
  'inspector.issue.nearSizeLimit': { bytes: 3900, max: 4096 },
  'inspector.add.noPageThere': { domain: 'example.com' },
  'inspector.add.ipIsHostOnly': { address: '127.0.0.1' },
  'inspector.add.added': { name: 'lang', warnings: 'No page the pane shows is on example.com.' },
  'start.browser.because': { navigation: 'yes' },
  'start.browser.evidence': { header: 'Sec-Fetch-Site: none', user: 'yes' },
  'start.browser.appAsked': { header: 'none' },
  'start.browser.sentRestricted': { count: 1, names: 'shopSession (SameSite=Strict)' },
  'inspector.draft.editKept': { name: 'userID', value: 'bo' },
  'inspector.draft.cookieGone': { name: 'userID' },
  'inspector.draft.valueChanged': { value: 'carol' },
  'inspector.draft.otherEditOpen': { name: 'userID' },
  'verdict.inferredTitle': { name: 'part' },
  'verdict.capped': { days: 400, held: Date.UTC(2028, 0, 4), asked: Date.UTC(2028, 6, 22) },
  'verdict.storedAs': { value: 'caf' },
  'verdict.storedFor': { domain: '.shop.test' },
  'verdict.replacedDetail': { where: 'here' },
  'verdict.cause.inferredPrefixRules': { prefix: '__Host-' },
  'timeline.moreChips': { count: 170 },
  'timeline.moreChipsTitle': { count: 176 },
  'timeline.skip': { count: 1, first: '#2', last: '#2' },
  'timeline.skipTitle': { what: '1 asset request' },
  'timeline.skip.assets': { count: 2 },
  'timeline.skip.filtered': { count: 1 },
  'timeline.empty.touches': { name: 'k150' },
  'timeline.empty.changes': { name: 'k150' },
  'spotlight.waiting.row': { request: 'GET /getcookie' },
  'spotlight.waiting.header': { request: 'POST /setcookie', header: 'Set-Cookie' },
  'spotlight.waiting.cookie': { request: '/getcookie', cookie: 'userID' },
  'spotlight.store.absent': { cookie: 'userID', domain: 'shop.test' },
  'spotlight.store.filtered': { cookie: 'userID' },
  'spotlight.hidden': { entry: '#12' },
  'paging.older': { loaded: 200, count: 50_000 },
  'paging.searching': { name: 'k150' },
  'paging.failed': { reason: 'The app did not answer.' },
}

/** Parameters for the cookie issues' messages that take any (en/cookie-issues.ts). */
const COOKIE_ISSUE_SAMPLES: CookieIssueParams = {
  'issue.reason.unknown.summary': { reason: 'WarnBrandNew' },
  'issue.reason.unknown.meaning': { reason: 'WarnBrandNew' },
  'issue.reason.unknown.fix': { reason: 'WarnBrandNew' },
  'issue.operation.SetCookie': { cookie: 'userID' },
  'issue.operation.ReadCookie': { cookie: 'userID' },
  'issue.operation.unknown': { cookie: 'userID', operation: 'StoreCookie' },
  'issue.operation.script': { cookie: 'theme' },
  'issue.insight.unknown': { type: 'NewInsight' },
  'issue.otherFields': { fields: 'future: 1' },
  'issue.marker': { count: 2 },
  'exemption.unknown': { reason: 'NewException' },
  'exemption.onRequest': { name: 'tp', because: 'the browser allows it.' },
  'exemption.onResponse': { line: 'tp=1', because: 'the browser allows it.' },
  'partition.setInto': { site: 'https://shop.test', crossSite: 'yes' },
  'partition.otherPartition': { site: 'tracker.test' },
}

/** Parameters for the lesson checks' messages (en/lesson-checks.ts). */
const LESSON_PLAYER_SAMPLES: LessonPlayerParams = {
  'lesson.list.steps': { count: 4 },
  'lesson.list.file': { fileName: 'my-lesson.yaml' },
  'lesson.list.languages': { languages: 'en, zh-CN' },
  'lesson.list.failed': { error: 'the host is gone' },
  'lesson.open.tooLarge': { fileName: 'huge.yaml', bytes: 2_000_000, max: 262_144 },
  'lesson.open.unreadable': { fileName: 'my-lesson.yaml', error: 'permission denied' },
  'lesson.open.problems': { fileName: 'broken.yaml', count: 2 },
  'lesson.intro.hosts': { count: 1 },
  'lesson.progress': { step: 2, count: 4 },
  'lesson.failed': { error: 'the page is not /setcookie' },
  'lesson.check.seen': { seen: 'no such request yet' },
  'lesson.predict.picked': { choice: 'Yes' },
  'lesson.reveal.answer': { answer: 'Yes, the browser sends it' },
  'lesson.reveal.wrong': { pick: 'No' },
  'timeline.fresh.hidden': { count: 12 },
}

const LESSON_CHECK_SAMPLES: LessonCheckParams = {
  'check.expect.exchange': { request: 'GET /getcookie', status: '200' },
  'check.expect.stored': { request: 'POST /setcookie', cookie: 'userID', value: 'alice' },
  'check.expect.refused': { request: '/set', cookie: 'x', reason: 'SameSiteNoneInsecure' },
  'check.expect.sent': { request: '/getcookie', cookie: 'userID', value: 'any' },
  'check.expect.notSent': { request: '/', cookie: 'docs', reason: 'NotOnPath' },
  'check.expect.storeHas': {
    cookie: 'userID',
    value: 'alice',
    domain: 'any',
    attributes: 'HttpOnly, session',
  },
  'check.expect.storeLacks': { cookie: 'userID', domain: 'shop.test' },
  'check.expect.scriptWrote': { cookie: 'theme' },
  'check.seen.answered': { status: 'pending' },
  'check.seen.lineStored': { value: 'alice' },
  'check.seen.lineRefused': { reasons: 'SameSiteNoneInsecure' },
  'check.seen.lineNotStored': { inferred: 'inferredPartitionedWithoutSecure' },
  'check.seen.cookieSent': { value: 'alice' },
  'check.seen.cookieNotSent': { reasons: 'none' },
  'check.seen.storeHolds': { value: 'bob', domain: 'localhost' },
}

/** Parameters for the tutorial pages' messages (en/tutorial-pages.ts). */
const TUTORIAL_PAGE_SAMPLES: TutorialPageParams = {
  'page.layout.documentTitle': { title: 'Cookie set' },
  'page.layout.reenacts': {
    seed: '000/001',
    sources: 'tutorialspoint, “Flask – Cookies”',
    summary: 'A form asks for a userID.',
  },
  'page.getcookie.read': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.john.none': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.john.read': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.johnSet.explain': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.johnDelete.explain': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.askpython.none': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.playground.wholeNumberTitle': { field: 'max_age' },
  'page.playground.notInteger': { field: 'max_age', text: 'soon' },
  'page.playground.yesNoTitle': { field: 'max_age' },
  'page.playground.yesNo': { field: 'max_age', text: 'soon' },
  'page.playground.cannotSend': {
    call: "set_cookie('a', '1')",
    why: 'A cookie name cannot be empty.',
  },
  'page.set.title': { name: 'theme' },
  'page.set.otherScheme': { scheme: 'https' },
  'page.playground.submitOver': { scheme: 'https' },
  'page.forecast.tooLarge': { size: 5003, max: 4096 },
  'page.forecast.secureOverHttp': { host: 'tracker.test' },
  'page.forecast.foreignDomain': { domain: 'shop.test', host: 'tracker.test' },
  'page.header.contains': { label: 'key', what: 'a line feed (LF)', position: 3 },
  'page.header.control': { code: 'U+0007' },
  'page.crossSite.notTutorialSite': {
    field: 'max_age',
    site: 'tracker.test',
    fallback: 'www.shop.test',
  },
  'page.crossSite.setupTitle': { host: 'tracker.test' },
  'page.crossSite.stored': { host: 'tracker.test', count: 4 },
  'page.crossSite.cookieRule': { cookie: 'strict=1', sameSite: 'Strict', rule: 'never sent.' },
  'page.crossSite.noNoneOverHttp': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.crossSite.next': { caller: 'www.shop.test', host: 'tracker.test' },
  'page.crossSite.notOther': {
    target: 'tracker.test',
    link: '<a href="/deletecookie">Delete it</a>',
  },
  'page.crossSite.imageAlt': { target: 'tracker.test' },
  'page.crossSite.fetchSent': { result: 'came: lax' },
  'page.crossSite.fetchFailed': { error: 'Failed to fetch' },
  'page.crossSite.title': { host: 'tracker.test', target: 'tracker.test' },
  'page.crossSite.intro': {
    host: 'tracker.test',
    target: 'tracker.test',
    link: '<a href="/deletecookie">Delete it</a>',
  },
  'page.crossSite.setupFirst': { target: 'tracker.test' },
  'page.crossSite.link': { target: 'tracker.test' },
  'page.crossSite.image': { target: 'tracker.test' },
  'page.crossSite.form': { target: 'tracker.test' },
  'page.crossSite.fetch': { target: 'tracker.test' },
  'page.crossSite.reportTitle': { host: 'tracker.test' },
  'page.crossSite.reportIntro': { host: 'tracker.test' },
  'page.crossSite.reportIntroVia': { host: 'tracker.test', via: 'fetch' },
  'page.crossSite.came': { names: 'lax, none' },
  'page.embed.notTutorialSite': {
    site: 'tracker.test',
    link: '<a href="/deletecookie">Delete it</a>',
  },
  'page.embed.title': { site: 'tracker.test', host: 'tracker.test' },
  'page.embed.intro': { host: 'tracker.test', site: 'tracker.test' },
  'page.embed.overHttp': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.embed.frameTitle': { site: 'tracker.test' },
  'page.embed.loads': { src: 'https://tracker.test:8443/set?key=id' },
  'page.refusal.notFound': { path: '/nowhere' },
  'page.refusal.useForm': { method: 'GET', link: '<a href="/deletecookie">Delete it</a>' },
  'page.refusal.method405': { path: '/nowhere', allow: 'GET, HEAD, OPTIONS', method: 'GET' },
  'page.refusal.wrongHost': { host: 'tracker.test' },
  'page.refusal.fromSite': { origin: 'https://evil.example' },
  'page.refusal.crossSite': { who: 'a page on https://evil.example' },
  'page.refusal.retryLink': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.refusal.retryForm': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.refusal.tooLarge': { kib: 64 },
  'page.refusal.badTarget': { target: 'tracker.test' },
  'page.refusal.moved': { link: '<a href="/deletecookie">Delete it</a>' },
  'page.refusal.bug': { message: 'boom' },
  'page.refusal.headersTooLarge': { kib: 64 },
  'page.refusal.malformed': { code: 'HPE_INVALID_METHOD' },
  'page.refusal.badEncoding': { text: 'soon' },
}

/** Parameters for the HAR controls' messages (en/har.ts). */
const HAR_SAMPLES: HarParams = {
  'har.exportFailed': { error: 'the host is gone' },
  'har.busy': { what: 'session.har' },
  'har.trouble.title': { fileName: 'session.har' },
  'har.trouble.unreadable': { error: 'permission denied' },
  'har.banner.title': { fileName: 'session.har' },
  'har.banner.source': {
    harVersion: '1.2',
    named: 'yes',
    creator: 'WebInspector',
    version: '537.36',
  },
  'har.banner.exchanges': { count: 12 },
  'har.banner.notes': { count: 2 },
  'har.banner.moreNotes': { count: 30 },
  'har.banner.olderFailed': { error: 'the host is gone' },
  'har.detail.imported': { fileName: 'session.har' },
}

/** Parameters for the cookie attribute sentences and spans of time (en/cookie-attributes.ts). */
const COOKIE_ATTRIBUTE_SAMPLES: CookieAttributeParams = {
  'attr.label.prefix': { prefix: '__Host-' },
  'attr.label.host': { domain: 'shop.test' },
  'attr.label.expires': { date: Date.UTC(2026, 11, 1, 9) },
  'attr.label.size': { bytes: 14 },
  'attr.pair.value': { name: 'userID', value: 'xiaoming' },
  'attr.pair.empty': { name: 'userID' },
  'attr.pair.quoted': { name: 'username' },
  'attr.domain.hostOnly': { host: '127.0.0.1' },
  'attr.domain.shared': { domain: 'shop.test' },
  'attr.stored.hostOnly': { domain: 'shop.test' },
  'attr.path.under': { path: '/john' },
  'attr.noPath.under': { path: '/john' },
  'attr.maxAge.after': { duration: '1 hour 30 minutes' },
  'attr.expires.until': { duration: '2 hours' },
  'attr.stored.expiresIn': { duration: '90 seconds' },
  'attr.stored.size': { bytes: 14, max: 4096 },
  'attr.sameSite.unknown': { value: 'Sometimes' },
  'attr.prefix.broken': {
    promise: 'The browser accepts this name only with Secure.',
    broken: 'HttpOnly',
  },
  'duration.days': { count: 30 },
  'duration.hours': { count: 1 },
  'duration.minutes': { count: 30 },
  'duration.seconds': { count: 90 },
  'duration.two': { larger: '1 hour', smaller: '30 minutes' },
}

/** The sample parameters of message ID (undefined when it takes none). */
export function paramsOf(id: MessageId): object | undefined {
  if (Object.hasOwn(SAMPLES, id)) {
    const fact = SAMPLES[id as FactCode]
    return 'params' in fact ? fact.params : undefined
  }
  if (Object.hasOwn(LESSON_PLAYER_SAMPLES, id)) {
    return LESSON_PLAYER_SAMPLES[id as keyof LessonPlayerParams]
  }
  if (Object.hasOwn(LESSON_CHECK_SAMPLES, id)) {
    return LESSON_CHECK_SAMPLES[id as keyof LessonCheckParams]
  }
  if (Object.hasOwn(HAR_SAMPLES, id)) return HAR_SAMPLES[id as keyof HarParams]
  if (Object.hasOwn(COOKIE_ATTRIBUTE_SAMPLES, id)) {
    return COOKIE_ATTRIBUTE_SAMPLES[id as keyof CookieAttributeParams]
  }
  if (Object.hasOwn(UI_SAMPLES, id)) return UI_SAMPLES[id as keyof typeof UI_SAMPLES]
  if (id.startsWith('lessonProblem.')) {
    const code = id.slice('lessonProblem.'.length) as keyof typeof LESSON_PROBLEM_SAMPLES
    return LESSON_PROBLEM_SAMPLES[code]
  }
  if (Object.hasOwn(TUTORIAL_PAGE_SAMPLES, id)) {
    return TUTORIAL_PAGE_SAMPLES[id as keyof TutorialPageParams]
  }
  if (Object.hasOwn(COOKIE_ISSUE_SAMPLES, id)) {
    return COOKIE_ISSUE_SAMPLES[id as keyof CookieIssueParams]
  }
  return EXPLAIN_SAMPLES[id as keyof ExplainParams]
}
