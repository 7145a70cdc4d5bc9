// Chromium's cookie verdicts in Simplified Chinese: a chip's few words, what happened (after
// 未发送，因为… / 未存储，因为…), and the fix. Each message's note for the translator is beside its
// English in `../en/blocked-reasons.ts`. Part of `../catalogue-zh-cn.ts`. Attribute names
// (Secure, SameSite, Domain, Path) and Flask code (secure=True) stay as the learner types them.

import type { Translation } from '../catalogue-entry'
import type { blockedReasonsEn } from '../en/blocked-reasons'

const CROSS_SITE_FIX =
  "如果请求来自另一个站点，请通过 https:// 并同时设置 SameSite=None 和 Secure（Flask：samesite='None', secure=True）；如果请求来自同一站点但使用另一种协议，请让两端使用相同的协议（全部使用 https://）。"

export const blockedReasonsZhCn = {
  'blocked.lead.request': { message: '未发送，因为{because}' },
  'blocked.lead.rule': { message: '未发送，这是该 Cookie 自身的规则在起作用：{because}' },
  'blocked.lead.response': { message: '未存储，因为{because}' },
  'blocked.unknown.because': {
    message: '浏览器报告了“{reason}”，Cookie Lab 暂时还无法解释这个原因。',
  },
  'blocked.unknown.fix': {
    message: '在 Chrome DevTools 的 Cookie 被拒绝原因列表中查找“{reason}”。',
  },
  'blocked.SecureOnly.summary': { message: '普通 http:// 上的 Secure Cookie' },
  'blocked.SecureOnly.because': {
    message:
      '该 Cookie 标记了 Secure，而 Secure Cookie 只通过 https://（或发往 localhost）传输，但此请求使用的是普通 http://。',
  },
  'blocked.SecureOnly.becauseOnResponse': {
    message:
      '该 Cookie 标记了 Secure，而只有安全页面（https:// 或 localhost）才能设置 Secure Cookie；此响应是通过普通 http:// 传来的。',
  },
  'blocked.SecureOnly.fix': {
    message:
      '使用 https://（浏览器也信任 http://localhost），或者在实验时去掉 Secure（secure=False）。',
  },
  'blocked.NotOnPath.summary': { message: '不适用于此路径' },
  'blocked.NotOnPath.because': {
    message:
      '此 URL 不在该 Cookie 的 Path 之下：Path=/john 的 Cookie 只会发往 /john 及其下级路径。',
  },
  'blocked.NotOnPath.fix': {
    message:
      '用 Path=/（Flask 的默认值）设置该 Cookie，使其发往站点的所有位置；或者访问其路径之下的 URL。',
  },
  'blocked.DomainMismatch.summary': { message: '不适用于此主机' },
  'blocked.DomainMismatch.because': {
    message:
      '该 Cookie 的域名与此请求的主机不匹配。不带 Domain 设置的 Cookie 只会发回设置它的那个主机本身。',
  },
  'blocked.DomainMismatch.fix': {
    message: '访问设置它的主机，或者用 Domain=上级域名（Flask：domain=…）设置它，让子域名共享它。',
  },
  'blocked.SameSiteStrict.summary': { message: 'SameSite=Strict，跨站' },
  'blocked.SameSiteStrict.because': {
    message:
      '该 Cookie 设置了 SameSite=Strict，而此请求来自另一个站点。即使你是从别处点击链接过来的，Strict Cookie 也不会被发送。',
  },
  'blocked.SameSiteStrict.becauseOnResponse': {
    message:
      '该 Cookie 设置了 SameSite=Strict，而此响应所应答的请求来自另一个站点，因此浏览器不会存储它。',
  },
  'blocked.SameSiteStrict.fix': {
    message:
      "如果有人从另一个站点点击链接过来时必须带上该 Cookie，请使用 SameSite=Lax（Flask：samesite='Lax'）；对于来自另一个站点的图片、框架、fetch 请求和表单 POST，只有通过 https:// 并同时设置 SameSite=None 和 Secure 才行（samesite='None', secure=True）。",
  },
  'blocked.SameSiteLax.summary': { message: 'SameSite=Lax，跨站' },
  'blocked.SameSiteLax.because': {
    message:
      '该 Cookie 设置了 SameSite=Lax。Lax Cookie 只在顶级 GET 导航（点击链接）时跨站发送；而这是其他类型的跨站请求：图片、fetch 请求、框架或 POST。',
  },
  'blocked.SameSiteLax.becauseOnResponse': {
    message:
      '该 Cookie 设置了 SameSite=Lax，而此响应所应答的跨站请求属于 Lax 不允许的类型（来自另一个站点的图片、fetch 请求、框架或 POST）。',
  },
  'blocked.SameSiteLax.fix': {
    message:
      "如果该 Cookie 本来就要跨站使用，请通过 HTTPS 并同时设置 SameSite=None 和 Secure（Flask：samesite='None', secure=True）；否则请从同一站点发出请求。",
  },
  'blocked.SameSiteUnspecifiedTreatedAsLax.summary': { message: '未设置 SameSite，按 Lax 处理' },
  'blocked.SameSiteUnspecifiedTreatedAsLax.because': {
    message:
      '该 Cookie 没有 SameSite 属性，因此 Chromium 将其视为 SameSite=Lax，而此跨站请求属于 Lax 不允许的类型。（有一个例外在这里不适用：这类 Cookie 设置后的两分钟内，Chromium 也会随跨站的顶级 POST 发送它，例如另一个站点上的登录表单。）',
  },
  'blocked.SameSiteUnspecifiedTreatedAsLax.fix': {
    message:
      "明确写出你的意图：如果该 Cookie 本来就要跨站使用，请通过 HTTPS 并同时设置 SameSite=None 和 Secure（Flask：samesite='None', secure=True）；否则请从同一站点发出请求。",
  },
  'blocked.SameSiteNoneInsecure.summary': { message: 'SameSite=None 但没有 Secure' },
  'blocked.SameSiteNoneInsecure.because': {
    message:
      '该 Cookie 设置了 SameSite=None，但没有设置 Secure。浏览器只接受与 Secure 一起使用的 SameSite=None，因此该 Cookie 被拒绝。',
  },
  'blocked.SameSiteNoneInsecure.becauseOnResponse': {
    message:
      '该行写了 SameSite=None，但没有 Secure。浏览器只接受与 Secure 一起使用的 SameSite=None，因此该 Cookie 被丢弃了。',
  },
  'blocked.SameSiteNoneInsecure.fix': {
    message:
      "添加 Secure（Flask：secure=True）并通过 https:// 提供页面，或者去掉 samesite='None'。",
  },
  'blocked.UserPreferences.summary': { message: '被浏览器设置拒绝' },
  'blocked.UserPreferences.because': {
    message: '浏览器自身的设置拒绝了它，例如“阻止第三方 Cookie”或针对此站点的规则。',
  },
  'blocked.UserPreferences.fix': { message: '检查浏览器的 Cookie 设置；站点无法覆盖这些设置。' },
  'blocked.ThirdPartyPhaseout.summary': { message: '第三方 Cookie 被拒绝' },
  'blocked.ThirdPartyPhaseout.because': {
    message: '浏览器拒绝第三方 Cookie，而该 Cookie 属于与顶级页面不同的站点。',
  },
  'blocked.ThirdPartyPhaseout.fix': {
    message: '从与页面相同的站点提供该 Cookie，或者为嵌入内容将其标记为 Partitioned（CHIPS）。',
  },
  'blocked.ThirdPartyBlockedInFirstPartySet.summary': { message: '第三方 Cookie 被拒绝' },
  'blocked.ThirdPartyBlockedInFirstPartySet.because': {
    message:
      '浏览器拒绝第三方 Cookie，而且同属一个相关网站集（First-Party Set）也没能让这个 Cookie 例外。',
  },
  'blocked.ThirdPartyBlockedInFirstPartySet.fix': {
    message: '从与页面相同的站点提供该 Cookie，或者将其标记为 Partitioned（CHIPS）。',
  },
  'blocked.SyntaxError.summary': { message: '无法解析该行' },
  'blocked.SyntaxError.because': {
    message: '这一 Set-Cookie 行无法解析为 Cookie，例如名称为空，或者带有浏览器无法解析的属性。',
  },
  'blocked.SyntaxError.fix': {
    message: '发送 name=value，后面跟上以“; ”分隔的属性，这正是 set_cookie 写出的格式。',
  },
  'blocked.SchemeNotSupported.summary': { message: '该协议不能使用 Cookie' },
  'blocked.SchemeNotSupported.because': {
    message: '该页面 URL 的协议不支持 Cookie；只有 http:// 和 https:// 页面支持。',
  },
  'blocked.SchemeNotSupported.fix': { message: '从 http:// 或 https:// 页面设置该 Cookie。' },
  'blocked.OverwriteSecure.summary': { message: '会覆盖 Secure Cookie' },
  'blocked.OverwriteSecure.because': {
    message: '已经存在同名的 Secure Cookie，而普通 http:// 页面不能覆盖它。',
  },
  'blocked.OverwriteSecure.fix': { message: '从 https:// 设置它，或者先删除那个 Secure Cookie。' },
  'blocked.InvalidDomain.summary': { message: '此处不允许该 Domain' },
  'blocked.InvalidDomain.because': {
    message:
      'Domain 属性指定的域名不是此主机可以为之设置 Cookie 的域名。它必须是此主机本身或其上级域名之一，且不能是 .com 之类的公共后缀。',
  },
  'blocked.InvalidDomain.fix': {
    message:
      '省略 Domain（即仅限主机的 Cookie），或者指定此主机的上级域名：在 www.shop.test 上，Domain=shop.test 是可行的。',
  },
  'blocked.InvalidPrefix.summary': { message: '违反了名称前缀的规则' },
  'blocked.InvalidPrefix.because': {
    message:
      '名称以某个前缀开头，而该 Cookie 违反了这个前缀的规则：__Secure- 需要 Secure；__Host- 需要 Secure、Path=/ 且不能有 Domain；__Http- 需要 Secure 和 HttpOnly；__Host-Http- 需要 Secure、HttpOnly、Path=/ 且不能有 Domain。',
  },
  'blocked.InvalidPrefix.fix': {
    message: '添加该前缀要求的属性，或者去掉前缀，重新命名该 Cookie。',
  },
  'blocked.UnknownError.summary': { message: '被拒绝，未给出原因' },
  'blocked.UnknownError.because': { message: '浏览器拒绝了它，但没有说明原因。' },
  'blocked.UnknownError.fix': {
    message:
      '在新的会话中尝试同一个 Cookie；如果问题仍然存在，请对照浏览器 DevTools 的“问题”面板。',
  },
  'blocked.SchemefulSameSiteStrict.summary': { message: 'SameSite=Strict，跨站' },
  'blocked.SchemefulSameSiteStrict.because': {
    message:
      '该 Cookie 设置了 SameSite=Strict，而浏览器将此请求视为跨站请求：它来自另一个站点，或者来自同一站点但使用另一种协议的页面（http:// 和 https:// 被视为不同的站点）。',
  },
  'blocked.SchemefulSameSiteStrict.fix': {
    message:
      "如果请求来自另一个站点，对链接使用 SameSite=Lax（Flask：samesite='Lax'），其他情况则通过 https:// 使用 SameSite=None 加 Secure；如果请求来自同一站点但使用另一种协议，请让两端使用相同的协议（全部使用 https://）。",
  },
  'blocked.SchemefulSameSiteLax.summary': { message: 'SameSite=Lax，跨站' },
  'blocked.SchemefulSameSiteLax.because': {
    message:
      '该 Cookie 设置了 SameSite=Lax，而浏览器将此请求视为跨站请求（来自另一个站点，或者来自同一站点但使用另一种协议的页面：http:// 和 https:// 被视为不同的站点），且属于 Lax 不允许的类型：图片、fetch 请求、框架或 POST。',
  },
  'blocked.SchemefulSameSiteLax.fix': { message: CROSS_SITE_FIX },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.summary': {
    message: '未设置 SameSite（按 Lax），跨站',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.because': {
    message:
      '该 Cookie 没有 SameSite 属性，因此按 Lax 处理，而浏览器将此请求视为跨站请求（来自另一个站点，或者来自同一站点但使用另一种协议的页面：http:// 和 https:// 被视为不同的站点），且属于 Lax 不允许的类型。（这类 Cookie 设置后的两分钟内，Chromium 也会随跨站的顶级 POST 发送它；但这个例外在这里不适用。）',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.fix': { message: CROSS_SITE_FIX },
  'blocked.NameValuePairExceedsMaxSize.summary': { message: '超过 4096 字节' },
  'blocked.NameValuePairExceedsMaxSize.because': {
    message: '该 Cookie 的名称和值合计超过 4096 字节，这是浏览器为单个 Cookie 保留的上限。',
  },
  'blocked.NameValuePairExceedsMaxSize.fix': {
    message: '只在 Cookie 中保存一个标识符，把数据放在服务器上（Flask 的会话就是这样做的）。',
  },
  'blocked.DisallowedCharacter.summary': { message: '含有禁用字符' },
  'blocked.DisallowedCharacter.because': {
    message: '名称或值中含有 Cookie 不能包含的字符，例如控制字符。',
  },
  'blocked.DisallowedCharacter.fix': {
    message: '先对值进行编码（URL 编码或 base64），使其只包含普通的可打印字符。',
  },
  'blocked.NoCookieContent.summary': { message: '空的 Set-Cookie' },
  'blocked.NoCookieContent.because': { message: '这一 Set-Cookie 行既没有名称也没有值。' },
  'blocked.NoCookieContent.fix': { message: '为 Cookie 指定名称和值：set_cookie(key, value)。' },
  'blocked.PortMismatch.summary': { message: '不适用于此端口' },
  'blocked.PortMismatch.because': {
    message: '该 Cookie 是在另一个端口上设置的，而此浏览器把 Cookie 限定在设置它的端口上。',
  },
  'blocked.PortMismatch.fix': { message: '设置和读取该 Cookie 时使用同一个端口。' },
  'blocked.SchemeMismatch.summary': { message: '不适用于此协议' },
  'blocked.SchemeMismatch.because': {
    message:
      '该 Cookie 是通过 https:// 设置的，此请求却使用普通 http://（或者反过来）；此浏览器把 Cookie 限定在设置它时所用的协议上。',
  },
  'blocked.SchemeMismatch.fix': { message: '设置和读取该 Cookie 时使用同一种协议。' },
  'blocked.AnonymousContext.summary': { message: '请求未携带 Cookie' },
  'blocked.AnonymousContext.because': {
    message:
      '该请求以不带凭据的方式发出（例如 fetch 使用了 credentials: "omit"），因此没有附加任何 Cookie。',
  },
  'blocked.AnonymousContext.fix': { message: '发送请求时带上凭据（{code}）。' },
  'blocked.SchemefulSameSiteStrict.summaryOtherScheme': { message: 'SameSite=Strict，协议不同' },
  'blocked.SchemefulSameSiteStrict.becauseOtherScheme': {
    message:
      '该 Cookie 设置了 SameSite=Strict，而此请求来自同一站点但使用另一种协议的页面：对浏览器来说，同一站点的 http:// 页面和 https:// 页面是不同的站点。',
  },
  'blocked.SchemefulSameSiteStrict.fixOtherScheme': {
    message: '让两端使用相同的协议（全部使用 https://），或者放宽 SameSite。',
  },
  'blocked.SchemefulSameSiteLax.summaryOtherScheme': { message: 'SameSite=Lax，协议不同' },
  'blocked.SchemefulSameSiteLax.becauseOtherScheme': {
    message:
      '该 Cookie 设置了 SameSite=Lax，而此请求来自同一站点但使用另一种协议的页面，浏览器会把它算作另一个站点；而 Lax 只允许顶级 GET 导航这种跨站请求携带该 Cookie。',
  },
  'blocked.SchemefulSameSiteLax.fixOtherScheme': {
    message: '让两端使用相同的协议（全部使用 https://），或者使用 SameSite=None 加 Secure。',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.summaryOtherScheme': {
    message: '未设置 SameSite（按 Lax），协议不同',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.becauseOtherScheme': {
    message:
      '该 Cookie 没有 SameSite 属性，因此按 Lax 处理，而此请求来自同一站点但使用另一种协议的页面，浏览器会把它算作另一个站点，而这种请求方式是 Lax 不允许的。',
  },
  'blocked.SchemefulSameSiteUnspecifiedTreatedAsLax.fixOtherScheme': {
    message: '让两端使用相同的协议（全部使用 https://），或者设置 SameSite=None 加 Secure。',
  },
  'blocked.InvalidPrefix.summaryFor': { message: '违反了 {prefix} 前缀的规则' },
  'blocked.InvalidPrefix.becauseFor': {
    message:
      '名称以 {prefix} 开头，{kind, select, secure {这个前缀表示该 Cookie 是通过安全连接传来的，因此该行必须带有 Secure} host {这个前缀表示该 Cookie 只属于这一个主机及其所有路径，因此该行必须带有 Secure 和 Path=/，且不能指定 Domain} http {这个前缀表示该 Cookie 是服务器通过安全连接设置的，绝不是脚本设置的，因此该行必须带有 Secure 和 HttpOnly} other {这个前缀表示该 Cookie 是服务器通过安全连接为这一个主机设置的，绝不是脚本设置的，因此该行必须带有 Secure、HttpOnly 和 Path=/，且不能指定 Domain}}；而这一行违反了规则：{broken}。',
  },
  'blocked.InvalidPrefix.fixFor': {
    message: '添加 {prefix} 要求的内容，或者去掉前缀，重新命名该 Cookie。',
  },
  'blocked.InvalidPrefix.summaryNameless': { message: '没有名称，值以 {prefix} 开头' },
  'blocked.InvalidPrefix.becauseNameless': {
    message:
      '该行没有名称，而它的值以 {prefix} 开头。没有名称的 Cookie 发回时只有值本身，看起来就像一个完全不遵守 {prefix} 前缀规则的 {prefix} Cookie，因此无论带有什么属性，浏览器都会拒绝这样的行。',
  },
  'blocked.InvalidPrefix.fixNameless': {
    message: '为 Cookie 指定名称：name=value，就像 set_cookie(key, value) 写出的那样。',
  },
  'blocked.prefixRule.secure': { message: '没有 Secure' },
  'blocked.prefixRule.httpOnly': { message: '没有 HttpOnly' },
  'blocked.prefixRule.path': { message: 'Path 不是 /' },
  'blocked.prefixRule.domain': { message: '指定了 Domain' },
} satisfies Translation<typeof blockedReasonsEn>
