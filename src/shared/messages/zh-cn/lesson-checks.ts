// A lesson step's checks, in Simplified Chinese. Each message's note for the translator is beside
// its English in `../en/lesson-checks.ts`. Part of `../catalogue-zh-cn.ts`. Cookie names,
// values, paths and reason codes stay as they are on the wire.

import type { Translation } from '../catalogue-entry'
import type { lessonChecksEn } from '../en/lesson-checks'

export const lessonChecksZhCn = {
  'check.expect.exchange': {
    message: '{request} 得到响应{status, select, any {} other {，状态码为 {status}}}',
  },
  'check.expect.stored': {
    message: '{request} 的响应存储 {cookie}{value, select, any {} other {={value}}}',
  },
  'check.expect.refused': {
    message:
      '{request} 的响应中 {cookie} 这一行被拒绝{reason, select, any {} other {（{reason}）}}',
  },
  'check.expect.sent': {
    message: '请求 {request} 发送 {cookie}{value, select, any {} other {={value}}}',
  },
  'check.expect.notSent': {
    message: '请求 {request} 不发送 {cookie}{reason, select, any {} other {（{reason}）}}',
  },
  'check.expect.storeHas': {
    message:
      'Cookie 存储中有 {cookie}{value, select, any {} other {={value}}}{attributes, select, any {} other {（{attributes}）}}{domain, select, any {} other {，位于 {domain}}}',
  },
  'check.expect.storeLacks': {
    message: 'Cookie 存储中没有{domain, select, any {} other { {domain} 上的}} {cookie}',
  },
  'check.expect.scriptWrote': { message: '页面中的脚本写入 {cookie}' },
  'check.seen.noRequest': { message: '尚无此请求' },
  'check.seen.answered': {
    message: '{status, select, pending {尚无响应} other {已响应，状态码为 {status}}}',
  },
  'check.seen.noLine': { message: '其响应中没有该 Cookie 的 Set-Cookie 行' },
  'check.seen.lineStored': { message: '已存储，值为“{value}”' },
  'check.seen.lineRefused': { message: '被拒绝：{reasons}' },
  'check.seen.lineNotStored': { message: '未存储，未给出原因（推断的可能原因：{inferred}）' },
  'check.seen.lineUnknown': { message: '未看到其响应标头，因此结果未知' },
  'check.seen.cookieSent': { message: '已发送，值为“{value}”' },
  'check.seen.cookieNotSent': { message: '未发送{reasons, select, none {} other {（{reasons}）}}' },
  'check.seen.storeHolds': { message: 'Cookie 存储中有它，位于 {domain}，值为“{value}”' },
  'check.seen.storeLacks': { message: 'Cookie 存储中没有它' },
  'check.seen.scriptWrote': { message: '有脚本写入了它' },
  'check.seen.noScriptWrite': { message: '尚无脚本写入它' },
} satisfies Translation<typeof lessonChecksEn>
