// Every cookie attribute in one plain sentence, and spans of time, in Simplified Chinese. Each
// message's note for the translator is beside its English in `../en/cookie-attributes.ts`. Part
// of `../catalogue-zh-cn.ts`. Attribute names, values and code stay as they are on the wire.

import type { Translation } from '../catalogue-entry'
import type { cookieAttributesEn } from '../en/cookie-attributes'

export const cookieAttributesZhCn = {
  'attr.label.noDomain': { message: '无 Domain' },
  'attr.label.noPath': { message: '无 Path' },
  'attr.label.noSecure': { message: '无 Secure' },
  'attr.label.noHttpOnly': { message: '无 HttpOnly' },
  'attr.label.noSameSite': { message: '无 SameSite' },
  'attr.label.noLifetime': { message: '无 Expires/Max-Age' },
  'attr.label.prefix': { message: '{prefix} 前缀' },
  'attr.label.host': { message: '主机 {domain}' },
  'attr.label.session': { message: '会话' },
  'attr.label.expires': { message: '过期时间 {date, date, medium} {date, time, short}' },
  'attr.label.size': { message: '{bytes, plural, other {# 字节}}' },
  'attr.pair.value': {
    message: '浏览器以名称 {name} 保存值 {value}，并在每个匹配的请求中发回 {name}={value}。',
  },
  'attr.pair.empty': {
    message: 'Cookie {name} 的值为空：浏览器只发回“{name}=”。',
  },
  'attr.pair.quoted': {
    message:
      '双引号是浏览器保存并发回的值的一部分。Werkzeug 会给含有空格或特殊字符的值加上引号，Flask 读取 {name} 时会再去掉引号。',
  },
  'attr.domain.hostOnly': {
    message: '仅限主机：只发回给 {host} 本身，不发给它的子域名。',
  },
  'attr.domain.hostOnlyUnnamed': {
    message: '仅限主机：只发回给设置它的主机本身，不发给它的子域名。',
  },
  'attr.domain.shared': {
    message: '发送给 {domain} 及其每个子域名（www.{domain}、api.{domain}……）。',
  },
  'attr.stored.hostOnly': {
    message: '仅限主机（设置时没有 Domain）：只发送给 {domain} 本身，不发给它的子域名。',
  },
  'attr.path.everywhere': { message: '发送给站点上的每个路径。' },
  'attr.path.under': {
    message: '只发送给 {path} 下的 URL（{path} 本身和 {path}/…），绝不发送给其他路径。',
  },
  'attr.noPath.root': {
    message: '默认为 /，即设置它的 URL 所在的目录：发送给站点上的每个路径。',
  },
  'attr.noPath.under': {
    message:
      '默认为 {path}，即设置它的 URL 所在的目录：只发送给 {path} 下的 URL（{path} 本身和 {path}/…），绝不发送给其他路径。',
  },
  'attr.maxAge.now': {
    message: '立即删除：Max-Age 为零或负数，就是让浏览器丢弃这个 Cookie。',
  },
  'attr.maxAge.after': {
    message: '设置 {duration}后删除，即使浏览器一直开着。',
  },
  'attr.expires.ignored': {
    message:
      '现代浏览器会忽略它，因为两者都给出时以 Max-Age 为准；Werkzeug 同时写出两者，是为了很旧的浏览器。',
  },
  'attr.expires.unreadable': {
    message: '浏览器读不懂这个日期，因此忽略它：这个 Cookie 只在本次会话中有效。',
  },
  'attr.expires.past': {
    message:
      "过去的日期：浏览器会立即删除这个 Cookie。Flask 正是这样删除 Cookie 的：set_cookie(name, '', expires=0)。",
  },
  'attr.expires.until': {
    message: '保存到那一刻，即设置后约 {duration}，即使浏览器重启也不例外。',
  },
  'attr.session': { message: '会话 Cookie：浏览器会话结束时就会消失。' },
  'attr.stored.expired': {
    message: '已过期：浏览器下次查看它的 Cookie 时会将其丢弃。',
  },
  'attr.stored.expiresIn': {
    message: '{duration}后删除，即使浏览器一直开着。',
  },
  'attr.stored.size': {
    message: '名称和值占用了 {bytes} 字节，浏览器为一个 Cookie 最多保存 {max} 字节。',
  },
  'attr.secure.yes': {
    message:
      '只通过 https:// 发送（浏览器也信任 http://localhost），因此网络上的任何人都无法在传输途中读取它。',
  },
  'attr.secure.no': { message: '既通过普通 http:// 发送，也通过 https:// 发送。' },
  'attr.httpOnly.yes': {
    message: 'JavaScript 的 document.cookie 看不到它：它只在 HTTP 头部中传输。',
  },
  'attr.httpOnly.no': {
    message: '页面上的脚本可以通过 document.cookie 读取和修改它。',
  },
  'attr.sameSite.unset': {
    message:
      'Chromium 将其视为 SameSite=Lax：从另一个站点点击链接过来时会发送，跨站的图片、框架或 fetch 请求则不会。跨站 POST：仅在设置后的头两分钟内，Chromium 也会随另一个站点发起的顶层 POST 发送它（即“Lax+POST”例外，这样通过另一个站点登录仍然可行）；此后就再也不会。',
  },
  'attr.sameSite.strict': {
    message: '只随从本站点发起的请求发送，即使有人从另一个站点点击链接来到这里也不发送。',
  },
  'attr.sameSite.lax': {
    message:
      '随同站请求发送，从另一个站点点击链接过来时也发送，但跨站的图片、框架、fetch 请求或 POST 不会发送。',
  },
  'attr.sameSite.none': {
    message: '跨站请求也会发送：任何站点都能让浏览器发送它。',
  },
  'attr.sameSite.noneInsecure': {
    message:
      '本意是跨站发送，但 SameSite=None 只在带有 Secure 时才被接受：没有 Secure，浏览器会拒绝这个 Cookie。',
  },
  'attr.sameSite.unknown': {
    message: '“{value}”不是浏览器认识的 SameSite 值，因此浏览器会忽略它，把这个 Cookie 视为 Lax。',
  },
  'attr.partitioned': {
    message: '按嵌入本站点的每个顶层站点分别保存在单独的分区中（CHIPS）；它需要 Secure。',
  },
  'attr.prefix.secure': {
    message:
      '浏览器只在带有 Secure 时才接受这个名称，因此这个 Cookie 是通过安全连接（https:// 或 localhost）设置的。',
  },
  'attr.prefix.host': {
    message:
      '浏览器只在带有 Secure、Path=/ 且无 Domain 时才接受这个名称：这个 Cookie 属于这一个主机及其上的每个路径，任何子域名或兄弟域名都不可能设置它。',
  },
  'attr.prefix.http': {
    message:
      '浏览器只在带有 Secure 和 HttpOnly 时才接受这个名称：它是服务器通过安全连接设置的，页面上的任何脚本都不可能写入或读取它。',
  },
  'attr.prefix.hostHttp': {
    message:
      '浏览器只在带有 Secure、HttpOnly、Path=/ 且无 Domain 时才接受这个名称：它是这一个主机的服务器通过安全连接设置的，任何脚本、子域名或兄弟域名都不可能设置它。',
  },
  'attr.prefix.broken': {
    message: '{promise}此行不满足：{broken}，因此浏览器拒绝了它。',
  },
  'duration.days': { message: '{count, plural, other {# 天}}' },
  'duration.hours': { message: '{count, plural, other {# 小时}}' },
  'duration.minutes': { message: '{count, plural, other {# 分钟}}' },
  'duration.seconds': { message: '{count, plural, other {# 秒}}' },
  'duration.two': { message: '{larger} {smaller}' },
} satisfies Translation<typeof cookieAttributesEn>
