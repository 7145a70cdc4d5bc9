// Chromium's cookie issues, the exceptions that let a cookie through, and partitions (CHIPS), in
// Simplified Chinese: a chip's few words (summary), what it means, and what to change (fix). Each
// message's note for the translator is beside its English in `../en/cookie-issues.ts`. Part of
// `../catalogue-zh-cn.ts`. Attribute names and Flask code stay as the learner types them.

import type { Translation } from '../catalogue-entry'
import type { cookieIssuesEn } from '../en/cookie-issues'

/** The five schemeful downgrades share their fix: one scheme for the whole site. */
const ONE_SCHEME_FIX =
  '整个站点使用同一种协议（全部使用 https://），这样就不会有请求在同一站点的 http:// 和 https:// 之间往来。'
const schemefulMeaning = (cookie: string, context: string) =>
  `此请求在同一站点的 http:// 和 https:// 之间往来。Chromium 把协议算作站点的一部分（考虑协议的同站判定，即 schemeful same-site），因此把此请求视为${context}，于是这个 SameSite=${cookie} 的 Cookie 被排除在外；如果不考虑协议，它本会被发送。`
const ASCII_DOMAIN_FIX =
  '用 ASCII（punycode）形式书写域名，例如 café.example 应写作 xn--caf-dma.example。'
const SAME_PARTY_FIX = '去掉 SameParty：目前没有任何浏览器支持它。'
const ADD_SECURE_FIX = "添加 Secure 并使用 https://（Flask：samesite='None', secure=True）。"

export const cookieIssuesZhCn = {
  'issue.section': { message: 'Chromium 的 Cookie 警告' },
  'issue.intro': {
    message:
      '这些说明来自 Chromium 本身（它的“问题”面板也会显示）。警告表示该 Cookie 现在还能用，但以后可能不行；排除表示它被排除在外了。',
  },
  'issue.marker': { message: '{count, plural, other {# 条 Cookie 警告}}' },
  'issue.kind.warning': { message: '警告' },
  'issue.kind.exclusion': { message: '已排除' },
  'issue.operation.SetCookie': { message: '针对 {cookie} 的 Set-Cookie 行' },
  'issue.operation.ReadCookie': { message: '针对此请求考虑发送的 Cookie {cookie}' },
  'issue.operation.unknown': {
    message: '针对 Cookie {cookie}（操作“{operation}”，Cookie Lab 暂时还无法解释）',
  },
  'issue.operation.script': {
    message: '针对此页面上的脚本使用过的 Cookie {cookie}（document.cookie）',
  },
  'issue.otherFields': { message: 'Chromium 还在 Cookie Lab 尚不认识的字段中说明了：{fields}' },
  'issue.insight.GitHubResource': {
    message: 'Chromium 允许了它，因为该站点在一份公开的第三方 Cookie 例外名单上。',
  },
  'issue.insight.GracePeriod': {
    message: 'Chromium 只是在给该站点的宽限期内允许了它；宽限期结束后，它就会被拒绝。',
  },
  'issue.insight.Heuristics': {
    message:
      'Chromium 根据启发式规则允许了它（例如从此页面打开的登录弹出窗口）；这种放行是临时的。',
  },
  'issue.insight.unknown': { message: 'Chromium 给出了提示“{type}”，Cookie Lab 暂时还无法解释。' },
  'issue.reason.unknown.summary': { message: '{reason}' },
  'issue.reason.unknown.meaning': {
    message:
      'Chromium 报告了“{reason}”，Cookie Lab 暂时还无法解释这个原因。浏览器会在不同版本之间新增或撤销这些原因；从名称通常可以看出涉及哪条规则（SameSite、Secure、第三方 Cookie）。',
  },
  'issue.reason.unknown.fix': {
    message:
      '在 Chrome DevTools 的“问题”面板或 Chrome DevTools Protocol 的 Audits 参考文档中查找“{reason}”。',
  },

  'issue.reason.WarnSameSiteUnspecifiedLaxAllowUnsafe.summary': {
    message: '借 2 分钟 Lax+POST 宽限发送',
  },
  'issue.reason.WarnSameSiteUnspecifiedLaxAllowUnsafe.meaning': {
    message:
      '该 Cookie 没有 SameSite 属性，因此 Chromium 将其视为 SameSite=Lax，而 Lax 会把它排除在跨站 POST 之外。但它仍随这次跨站 POST 发送了，因为它是不到两分钟前才设置的：Chromium 会放行这种刚设置的 Cookie，好让那些从另一个站点回传 POST 的登录流程正常工作。这就是它在登录后马上能用的原因；两分钟后，同样的 POST 就不会再带上它。',
  },
  'issue.reason.WarnSameSiteUnspecifiedLaxAllowUnsafe.fix': {
    message:
      "如果另一个站点必须带着该 Cookie 向你的站点发送 POST，请通过 https 设置 SameSite=None; Secure（Flask：samesite='None', secure=True）。否则请自己设置 SameSite=Lax，并在设置 Cookie 两分钟以后再测试一次。",
  },
  'issue.reason.WarnSameSiteUnspecifiedCrossSiteContext.summary': {
    message: '未设置 SameSite，跨站',
  },
  'issue.reason.WarnSameSiteUnspecifiedCrossSiteContext.meaning': {
    message:
      '该 Cookie 没有 SameSite 属性，而此请求是跨站请求。Chromium 把这样的 Cookie 视为 SameSite=Lax：它会随指向你站点的链接（顶级 GET）发送，但不会随来自另一个站点的图片、框架、fetch 请求或表单 POST 发送。',
  },
  'issue.reason.WarnSameSiteUnspecifiedCrossSiteContext.fix': {
    message:
      "明确写出你的意图：如果其他站点不需要发送它，使用 SameSite=Lax（Flask：samesite='Lax'）；如果必须发送，则通过 https 使用 SameSite=None; Secure。",
  },
  'issue.reason.WarnSameSiteNoneInsecure.summary': { message: 'SameSite=None 但没有 Secure' },
  'issue.reason.WarnSameSiteNoneInsecure.meaning': {
    message:
      '该 Cookie 要求 SameSite=None，但没有设置 Secure。浏览器拒绝不带 Secure 的 SameSite=None，因此它不会被跨站发送或存储。',
  },
  'issue.reason.WarnSameSiteNoneInsecure.fix': { message: ADD_SECURE_FIX },
  'issue.reason.WarnSameSiteStrictLaxDowngradeStrict.summary': {
    message: 'Strict Cookie，http:// 与 https://',
  },
  'issue.reason.WarnSameSiteStrictLaxDowngradeStrict.meaning': {
    message: schemefulMeaning('Strict', '跨站链接，而不是同站链接'),
  },
  'issue.reason.WarnSameSiteStrictLaxDowngradeStrict.fix': { message: ONE_SCHEME_FIX },
  'issue.reason.WarnSameSiteStrictCrossDowngradeStrict.summary': {
    message: 'Strict Cookie，http:// 与 https://',
  },
  'issue.reason.WarnSameSiteStrictCrossDowngradeStrict.meaning': {
    message: schemefulMeaning('Strict', '跨站请求，而不是同站请求'),
  },
  'issue.reason.WarnSameSiteStrictCrossDowngradeStrict.fix': { message: ONE_SCHEME_FIX },
  'issue.reason.WarnSameSiteStrictCrossDowngradeLax.summary': {
    message: 'Lax Cookie，http:// 与 https://',
  },
  'issue.reason.WarnSameSiteStrictCrossDowngradeLax.meaning': {
    message: schemefulMeaning('Lax', '跨站请求，而不是同站请求'),
  },
  'issue.reason.WarnSameSiteStrictCrossDowngradeLax.fix': { message: ONE_SCHEME_FIX },
  'issue.reason.WarnSameSiteLaxCrossDowngradeStrict.summary': {
    message: 'Strict Cookie，http:// 与 https://',
  },
  'issue.reason.WarnSameSiteLaxCrossDowngradeStrict.meaning': {
    message: schemefulMeaning('Strict', '跨站请求，而不是同站链接'),
  },
  'issue.reason.WarnSameSiteLaxCrossDowngradeStrict.fix': { message: ONE_SCHEME_FIX },
  'issue.reason.WarnSameSiteLaxCrossDowngradeLax.summary': {
    message: 'Lax Cookie，http:// 与 https://',
  },
  'issue.reason.WarnSameSiteLaxCrossDowngradeLax.meaning': {
    message: schemefulMeaning('Lax', '跨站请求，而不是同站链接'),
  },
  'issue.reason.WarnSameSiteLaxCrossDowngradeLax.fix': { message: ONE_SCHEME_FIX },
  'issue.reason.WarnAttributeValueExceedsMaxSize.summary': {
    message: '超过 1024 字节的属性被忽略',
  },
  'issue.reason.WarnAttributeValueExceedsMaxSize.meaning': {
    message:
      '该行中的某个属性（通常是 Path 或 Domain）超过了浏览器接受的 1024 字节。Chromium 忽略了这个属性，保留了其余部分：被忽略的 Path 会变成设置该 Cookie 的 URL 所在的目录。',
  },
  'issue.reason.WarnAttributeValueExceedsMaxSize.fix': {
    message: '让每个属性值都小于 1024 字节；很长的 Path 很少是你真正想要的。',
  },
  'issue.reason.WarnDomainNonASCII.summary': { message: 'Domain 中有非 ASCII 字母' },
  'issue.reason.WarnDomainNonASCII.meaning': {
    message:
      'Domain 属性中含有 ASCII 以外的字母（例如 é）。浏览器期望这类名称使用 ASCII 形式，因此以后的版本可能会拒绝它。',
  },
  'issue.reason.WarnDomainNonASCII.fix': { message: ASCII_DOMAIN_FIX },
  'issue.reason.WarnThirdPartyPhaseout.summary': { message: '第三方 Cookie，正在逐步淘汰' },
  'issue.reason.WarnThirdPartyPhaseout.meaning': {
    message:
      '该 Cookie 被跨站使用（第三方 Cookie）。浏览器正在逐步拒绝这类 Cookie；这个 Cookie 目前仍然有效，但在拒绝第三方 Cookie 的地方将无法使用。',
  },
  'issue.reason.WarnThirdPartyPhaseout.fix': {
    message:
      '如果嵌入的站点只需在那里保存自己的状态，请添加 Partitioned（CHIPS：每个顶级站点各有一个独立的分区，需要 Secure）；或者通过 Storage Access API 请求访问权限。',
  },
  'issue.reason.WarnCrossSiteRedirectDowngradeChangesInclusion.summary': {
    message: '跨站重定向改变了判定结果',
  },
  'issue.reason.WarnCrossSiteRedirectDowngradeChangesInclusion.meaning': {
    message:
      '该请求经过了一条途经另一个站点的重定向链。把这一跳算进去，请求就成了跨站请求，这会改变这个 SameSite Cookie 是否随它发送。',
  },
  'issue.reason.WarnCrossSiteRedirectDowngradeChangesInclusion.fix': {
    message:
      '避免通过另一个站点重定向，或者按流程的需要设置 SameSite（对于必须在这一跳之后仍然保留的 Cookie，使用 SameSite=None; Secure）。',
  },
  'issue.reason.WarnDeprecationTrialMetadata.summary': { message: '因弃用试用而被允许' },
  'issue.reason.WarnDeprecationTrialMetadata.meaning': {
    message:
      '这个第三方 Cookie 之所以被允许，只是因为该站点参加了第三方 Cookie 弃用试用。试用终将结束。',
  },
  'issue.reason.WarnDeprecationTrialMetadata.fix': {
    message: '在试用结束前停止使用第三方 Cookie：改用分区 Cookie（CHIPS）或 Storage Access API。',
  },
  'issue.reason.WarnThirdPartyCookieHeuristic.summary': { message: '因启发式规则而被允许' },
  'issue.reason.WarnThirdPartyCookieHeuristic.meaning': {
    message: '这个第三方 Cookie 是因临时的启发式规则而被允许的，例如此页面打开的登录弹出窗口。',
  },
  'issue.reason.WarnThirdPartyCookieHeuristic.fix': {
    message: '不要依赖它：请使用分区 Cookie（CHIPS）或 Storage Access API。',
  },
  'issue.reason.ExcludeSameSiteUnspecifiedTreatedAsLax.summary': {
    message: '未设置 SameSite：按 Lax 处理',
  },
  'issue.reason.ExcludeSameSiteUnspecifiedTreatedAsLax.meaning': {
    message:
      '该 Cookie 没有 SameSite 属性，因此 Chromium 将其视为 SameSite=Lax，而此跨站请求不属于 Lax Cookie 会随之发送的类型（只有链接，即顶级 GET，才会发送）。',
  },
  'issue.reason.ExcludeSameSiteUnspecifiedTreatedAsLax.fix': {
    message:
      "如果另一个站点必须发送它，请通过 https 设置 SameSite=None; Secure（Flask：samesite='None', secure=True）。",
  },
  'issue.reason.ExcludeSameSiteNoneInsecure.summary': { message: 'SameSite=None 但没有 Secure' },
  'issue.reason.ExcludeSameSiteNoneInsecure.meaning': {
    message: '该 Cookie 要求 SameSite=None，但没有设置 Secure，而浏览器拒绝这种组合。',
  },
  'issue.reason.ExcludeSameSiteNoneInsecure.fix': { message: ADD_SECURE_FIX },
  'issue.reason.ExcludeSameSiteLax.summary': { message: 'SameSite=Lax，跨站' },
  'issue.reason.ExcludeSameSiteLax.meaning': {
    message: '该 Cookie 是 SameSite=Lax，而此请求是跨站请求，但不是顶级 GET，因此它被排除在外。',
  },
  'issue.reason.ExcludeSameSiteLax.fix': {
    message: '通过链接（GET）进入该页面；如果其他站点必须发送它，请设置 SameSite=None; Secure。',
  },
  'issue.reason.ExcludeSameSiteStrict.summary': { message: 'SameSite=Strict，跨站' },
  'issue.reason.ExcludeSameSiteStrict.meaning': {
    message:
      '该 Cookie 是 SameSite=Strict，而此请求来自另一个站点，因此它被排除在外，即使是点击链接也一样。',
  },
  'issue.reason.ExcludeSameSiteStrict.fix': {
    message: '如果来自其他站点的链接应该带上它，请使用 SameSite=Lax。',
  },
  'issue.reason.ExcludeDomainNonASCII.summary': { message: 'Domain 中有非 ASCII 字母' },
  'issue.reason.ExcludeDomainNonASCII.meaning': {
    message: 'Domain 属性中含有 ASCII 以外的字母（例如 é），Chromium 拒绝了它。',
  },
  'issue.reason.ExcludeDomainNonASCII.fix': { message: ASCII_DOMAIN_FIX },
  'issue.reason.ExcludeThirdPartyPhaseout.summary': { message: '第三方 Cookie 被拒绝' },
  'issue.reason.ExcludeThirdPartyPhaseout.meaning': {
    message: '该 Cookie 会被跨站使用（第三方 Cookie），而此浏览器拒绝这类 Cookie。',
  },
  'issue.reason.ExcludeThirdPartyPhaseout.fix': {
    message:
      '添加 Partitioned（CHIPS，需同时设置 Secure），让嵌入的站点在每个顶级站点下各有一个独立的分区；或者通过 Storage Access API 请求访问权限。',
  },
  'issue.reason.ExcludePortMismatch.summary': { message: '由另一个端口设置' },
  'issue.reason.ExcludePortMismatch.meaning': {
    message:
      'Chromium 把该 Cookie 限定在设置它的端口上（端口绑定 Cookie），而此请求发往另一个端口。',
  },
  'issue.reason.ExcludePortMismatch.fix': { message: '使用设置该 Cookie 的同一个端口。' },
  'issue.reason.ExcludeSchemeMismatch.summary': { message: '通过另一种协议设置' },
  'issue.reason.ExcludeSchemeMismatch.meaning': {
    message:
      'Chromium 把该 Cookie 限定在设置它的协议上（协议绑定 Cookie）：它是通过 http:// 设置的，而此请求使用 https://，或者反过来。',
  },
  'issue.reason.ExcludeSchemeMismatch.fix': {
    message: '整个站点使用同一种协议（全部使用 https://）。',
  },
  'issue.reason.ExcludeInvalidSameParty.summary': { message: 'SameParty（已移除）' },
  'issue.reason.ExcludeInvalidSameParty.meaning': {
    message:
      '该 Cookie 使用了 SameParty，这是 First-Party Sets 的一个属性，Chromium 后来已将其移除；这个较旧的 Chromium 拒绝了它所在的属性组合。',
  },
  'issue.reason.ExcludeInvalidSameParty.fix': { message: SAME_PARTY_FIX },
  'issue.reason.ExcludeSamePartyCrossPartyContext.summary': { message: 'SameParty（已移除）' },
  'issue.reason.ExcludeSamePartyCrossPartyContext.meaning': {
    message:
      '该 Cookie 使用了 SameParty，这是 First-Party Sets 的一个属性，Chromium 后来已将其移除；而此请求发往了它所在站点集之外。',
  },
  'issue.reason.ExcludeSamePartyCrossPartyContext.fix': { message: SAME_PARTY_FIX },

  'exemption.section': { message: '因例外而放行' },
  'exemption.onRequest': { message: 'Cookie {name} 之所以被发送，只是因为{because}' },
  'exemption.onResponse': { message: '“{line}”这一行之所以被存储，只是因为{because}' },
  'exemption.UserSetting': { message: '浏览器的设置允许此站点使用第三方 Cookie。' },
  'exemption.EnterprisePolicy': { message: '管理员的策略允许在这里使用第三方 Cookie。' },
  'exemption.StorageAccess': {
    message:
      '嵌入的页面通过 Storage Access API（document.requestStorageAccess）请求了访问权限，并获得了批准。',
  },
  'exemption.TopLevelStorageAccess': {
    message: '顶级页面为此站点获得了存储访问权限（requestStorageAccessFor）。',
  },
  'exemption.Scheme': { message: '该页面使用的协议不受第三方 Cookie 规则的约束。' },
  'exemption.SameSiteNoneCookiesInSandbox': {
    message: '某个沙盒框架允许为它自己的站点使用 SameSite=None 的 Cookie。',
  },
  'exemption.unknown': { message: '存在例外“{reason}”，Cookie Lab 暂时还无法解释它。' },
  'partition.section': { message: '分区（CHIPS）' },
  'partition.setInto': {
    message:
      '此响应设置的 Partitioned Cookie 存储在顶级站点 {site} 的分区中{crossSite, select, yes {（位于跨站框架内）} other {}}：只有 {site} 之下的页面才能看到它，与其他任何顶级站点上的同名 Cookie 互不相干。',
  },
  'partition.opaque': {
    message:
      '此响应设置的 Partitioned Cookie 进入了一个 Chromium 无法命名的分区（顶级页面没有自己的站点，例如沙盒页面或 data: 页面）。',
  },
  'partition.otherPartition': {
    message:
      '{site} 在另一个分区中有此请求看不到的 Cookie：此站点的框架在嵌入到另一个顶级站点下时设置的 Cookie 会留在那里，只有该顶级站点下的页面才会发送它。',
  },
} satisfies Translation<typeof cookieIssuesEn>
