// What happened to the cookie store, in Simplified Chinese. Each message's note for the
// translator is beside its English in `../en/store-changes.ts`. Part of `../catalogue-zh-cn.ts`.
// A cause is a noun phrase after “起因：”, so that one cause reads right after every change.

import type { Translation } from '../catalogue-entry'
import type { storeChangesEn } from '../en/store-changes'

export const storeChangesZhCn = {
  'change.label.added': { message: '已添加' },
  'change.label.changed': { message: '已更改' },
  'change.label.removed': { message: '已移除' },
  'change.label.expired': { message: '已过期' },
  'cause.response': { message: '响应中的 Set-Cookie 标头' },
  'cause.script': { message: '页面上的脚本（document.cookie）' },
  'cause.inspector': { message: '你在 Cookie 存储检查器中的操作' },
  'cause.expiry': { message: '过期时间已到' },
  'cause.browser': { message: '浏览器（{detail}）' },
  'change.added': { message: '{name} 已添加，值为“{value}”。起因：{cause}。' },
  'change.changedValue': { message: '{name} 的值从“{before}”变为“{value}”。起因：{cause}。' },
  'change.changedAttributes': {
    message: '{name} 的属性已更改（值仍为“{value}”）。起因：{cause}。',
  },
  'change.removed': { message: '{name} 已从 Cookie 存储中移除。起因：{cause}。' },
  'change.expired': { message: '{name} 已过期，并已从 Cookie 存储中移除。' },
  'change.expiredBy': { message: '{name} 已过期，并已从 Cookie 存储中移除。起因：{cause}。' },
} satisfies Translation<typeof storeChangesEn>
