// Who started a request, in Simplified Chinese. Each message's note for the translator is beside
// its English in `../en/request-start.ts`. Part of `../catalogue-zh-cn.ts`. Header lines such as
// Sec-Fetch-Site: none stay as they are on the wire.

import type { Translation } from '../catalogue-entry'
import type { requestStartEn } from '../en/request-start'

export const requestStartZhCn = {
  'start.browser.title': { message: '由浏览器发起，而非页面' },
  'start.browser.because': {
    message:
      '{navigation, select, yes {此导航} other {此请求}}来自浏览器本身：在地址栏中输入地址、重新加载、打开书签，或使用浏览器自己的其他控件。没有任何站点发起它，因此它算作同站请求，SameSite=Strict 和 Lax 的 Cookie 都会随它发送，无论之前显示的是哪个页面。',
  },
  'start.browser.evidence': {
    message:
      '浏览器在请求中说明了这一点：{header}。{user, select, yes {它还发送了 Sec-Fetch-User: ?1，即认为此导航由用户操作发起。} other {}}',
  },
  'start.browser.appAsked': {
    message:
      'Cookie Lab 的地址栏让浏览窗格打开此页面，因此请求由浏览器发起。{header, select, none {通过普通 http 访问时，浏览器不发送 Sec-Fetch-Site，所以由本应用代为说明。} other {浏览器也在请求中说明了这一点：{header}。}}',
  },
  'start.browser.sentRestricted': {
    message:
      '正因如此，{names} 随请求一起发送了：同样的请求如果由另一个站点的页面发起，就不会携带{count, plural, =1 {它} other {这些 Cookie}}。',
  },
} satisfies Translation<typeof requestStartEn>
