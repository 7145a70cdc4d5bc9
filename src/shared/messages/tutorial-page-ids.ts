// The ids of the tutorial pages' messages (en/tutorial-pages.ts) and the parameters each takes.
// The ids are the English file's keys; a parameter that is a number feeds a plural or a number
// format, every other one is text.

import type { tutorialPagesEn } from './en/tutorial-pages'

export type TutorialPageMessageId = keyof typeof tutorialPagesEn

/** Parameters of the tutorial pages' messages that take any. */
export interface TutorialPageParams {
  'page.layout.documentTitle': { title: string }
  'page.layout.reenacts': { seed: string; sources: string; summary: string }
  'page.getcookie.read': { link: string }
  'page.john.none': { link: string }
  'page.john.read': { link: string }
  'page.johnSet.explain': { link: string }
  'page.johnDelete.explain': { link: string }
  'page.askpython.none': { link: string }
  'page.playground.wholeNumberTitle': { field: string }
  'page.playground.notInteger': { field: string; text: string }
  'page.playground.yesNoTitle': { field: string }
  'page.playground.yesNo': { field: string; text: string }
  'page.playground.cannotSend': { call: string; why: string }
  'page.set.title': { name: string }
  'page.set.otherScheme': { scheme: string }
  'page.playground.submitOver': { scheme: string }
  'page.forecast.tooLarge': { size: number; max: number }
  'page.forecast.secureOverHttp': { host: string }
  'page.forecast.foreignDomain': { domain: string; host: string }
  'page.header.contains': { label: string; what: string; position: number }
  'page.header.control': { code: string }
  'page.crossSite.notTutorialSite': { field: string; site: string; fallback: string }
  'page.crossSite.setupTitle': { host: string }
  'page.crossSite.stored': { host: string; count: number }
  'page.crossSite.cookieRule': { cookie: string; sameSite: string; rule: string }
  'page.crossSite.noNoneOverHttp': { link: string }
  'page.crossSite.next': { caller: string; host: string }
  'page.crossSite.notOther': { target: string; link: string }
  'page.crossSite.imageAlt': { target: string }
  'page.crossSite.fetchSent': { result: string }
  'page.crossSite.fetchFailed': { error: string }
  'page.crossSite.title': { host: string; target: string }
  'page.crossSite.intro': { host: string; target: string; link: string }
  'page.crossSite.setupFirst': { target: string }
  'page.crossSite.link': { target: string }
  'page.crossSite.image': { target: string }
  'page.crossSite.form': { target: string }
  'page.crossSite.fetch': { target: string }
  'page.crossSite.reportTitle': { host: string }
  'page.crossSite.reportIntro': { host: string }
  'page.crossSite.reportIntroVia': { host: string; via: string }
  'page.crossSite.came': { names: string }
  'page.embed.notTutorialSite': { site: string; link: string }
  'page.embed.title': { site: string; host: string }
  'page.embed.intro': { host: string; site: string }
  'page.embed.overHttp': { link: string }
  'page.embed.frameTitle': { site: string }
  'page.embed.loads': { src: string }
  'page.refusal.notFound': { path: string }
  'page.refusal.useForm': { method: string; link: string }
  'page.refusal.method405': { path: string; allow: string; method: string }
  'page.refusal.wrongHost': { host: string }
  'page.refusal.fromSite': { origin: string }
  'page.refusal.crossSite': { who: string }
  'page.refusal.retryLink': { link: string }
  'page.refusal.retryForm': { link: string }
  'page.refusal.tooLarge': { kib: number }
  'page.refusal.badTarget': { target: string }
  'page.refusal.moved': { link: string }
  'page.refusal.bug': { message: string }
  'page.refusal.headersTooLarge': { kib: number }
  'page.refusal.malformed': { code: string }
  'page.refusal.badEncoding': { text: string }
}
