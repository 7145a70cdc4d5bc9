// The sentences for the facts core reports, in Simplified Chinese. Each message's note for the
// translator is beside its English in `../en/facts.ts`. Part of `../catalogue-zh-cn.ts`.
// Attribute names, header names and the browser's error names stay as they are on the wire.

import type { Translation } from '../catalogue-entry'
import type { factsEn } from '../en/facts'

export const factsZhCn = {
  // -- what is odd about a Set-Cookie line -------------------------------------------------------
  lineEmpty: { message: '该行是空的。' },
  noNameValuePair: { message: '该行中没有可读取的 name=value 对。' },
  expiresUnreadable: { message: 'Expires={expires} 不是浏览器能识别的日期，因此会被忽略。' },
  sameSiteUnknown: {
    message: 'SameSite={sameSite} 不是 Strict、Lax 或 None，因此浏览器会忽略它。',
  },
  lineBreak: { message: '其中含有换行符（CR 或 LF）。' },
  nulByte: { message: '其中含有 NUL 字节。' },
  controlCharacters: {
    message: '其中含有控制字符 {codes}（共 {count, plural, other {# 个}}），浏览器会拒绝这样的行。',
  },
  nonAsciiNotUtf8: {
    message:
      '其中含有不属于 UTF-8 的非 ASCII 字节（例如 Latin-1）：Chromium 只保留第一个这种字节之前的值，而其他读取方对这段文本的理解也各不相同。',
  },
  nonAsciiUtf8: {
    message: '其中含有非 ASCII 字符（以 UTF-8 字节表示）；Cookie 本应只使用 ASCII。',
  },
  noEquals: { message: '其中没有“=”，因此浏览器会把它当作名称为空的值。' },
  emptyName: { message: '它的名称为空。' },
  nameValueTooLong: {
    message: '它的名称和值合计 {bytes} 字节，超过了浏览器接受的 {max} 字节。',
  },

  // -- what the store holds, where it differs from what the Set-Cookie line asked ---------------
  heldValueCut: {
    message:
      'Cookie 存储中保存的值是“{held}”：Chromium 在非 UTF-8 字节 {byte} 处将其截断。该行要求的值是“{asked}”。',
  },
  heldValueDiffers: {
    message: 'Cookie 存储中保存的值是“{held}”；该行要求的值是“{asked}”。',
  },
  heldExpiryCapped: {
    message:
      '已限制为 {days} 天：该行要求保存到 {asked, date, medium}，Cookie 存储只保存到 {held, date, medium}。无论 Expires 或 Max-Age 怎么写，Chromium 都不会让任何 Cookie 的有效期超过 {days} 天。',
  },
  heldDomainNormalised: {
    message: '该行写的是 Domain={asked}；Cookie 存储按 {held} 保存它。',
  },
  heldHostOnly: {
    message:
      'Domain={asked} 指的正是这个主机，而它是 IP 地址（或没有可注册的域名）：Cookie 存储将其按仅限主机保存，只用于 {host}，就像该行没有 Domain 一样。',
  },

  // -- why a Set-Cookie line is missing from the store, inferred ---------------------------------
  inferredPartitionedWithoutSecure: {
    message:
      '它设置了 Partitioned 但没有 Secure。Chromium 会丢弃这样的 Cookie，且不报告原因。请添加 Secure，并通过 https 提供页面。',
  },
  inferredValueNotUtf8: {
    message:
      '它的值含有不属于 UTF-8 的字节（例如 Latin-1）：Chromium 无法完整保存这样的值。请用 ASCII 发送 Cookie 值，或先对其编码（URL 编码、base64）。',
  },
  inferredPrefixRules: {
    message:
      '它的名称以 {prefix} 开头，但该行没有遵守这个前缀的规则（需要 Secure；对于 __Host-，还需要 Path=/ 且不能有 Domain）。',
  },
  inferredCrowdedSite: {
    message:
      '该站点已有 {count} 个 Cookie：Chromium 每个站点最多保留 180 个，并逐出最久未使用的，所以这个 Cookie 一存入就被逐出了。',
  },
  inferredNoCause: { message: '该行本身看不出原因：这里不知道它违反了哪条规则。' },

  // -- why the browser refused an inspector edit (after 浏览器拒绝了 Cookie“X”：) ----------------
  needsNameOrValue: { message: 'Cookie 需要名称或值' },
  controlInNameOrValue: {
    message: '它的名称或值中含有换行符或其他控制字符，这些字符不能放进标头',
  },
  semicolonInNameOrValue: {
    message: '它的名称或值中含有“;”，而“;”在标头中表示一个 Cookie 的结束',
  },
  equalsInName: { message: '它的名称中含有“=”，而“=”用于分隔名称和值' },
  draftTooLong: { message: '它的名称和值合计 {bytes} 字节，而浏览器最多接受 {max} 字节' },
  sameSiteNoneNeedsSecure: {
    message: 'SameSite=None 需要 Secure，这样跨站发送的 Cookie 就绝不会通过普通 HTTP 传输',
  },
  prefixNeedsSecure: { message: '以 {prefix} 开头的名称需要 Secure' },
  prefixNeedsHttpOnly: { message: '以 {prefix} 开头的名称需要 HttpOnly' },
  hostPrefixNeedsRootPath: {
    message: '以 {prefix} 开头的名称需要 Path=/ 且不能有 Domain（即仅限主机的 Cookie）',
  },
  needsDomain: { message: '它需要一个域名' },
  pathNeedsSlash: { message: '它的路径必须以“/”开头' },
  editRefused: { message: '浏览器拒绝了 Cookie“{name}”：{reason}。' },
  editRefusedBrowserSaid: {
    message: '浏览器拒绝了 Cookie“{name}”：{reason}。浏览器的原话是：“{browserSaid}”。',
  },
  editRefusedUnexplained: { message: '浏览器拒绝了 Cookie“{name}”。' },
  editRefusedInvalid: {
    message:
      '浏览器拒绝了 Cookie“{name}”：它认为按所给的内容，这个 Cookie 无效。请检查名称、值、域名和路径中是否有 Cookie 不能包含的字符。',
  },
  editRefusedUnexplainedBrowserSaid: {
    message: '浏览器拒绝了 Cookie“{name}”。浏览器的原话是：“{browserSaid}”。',
  },
  browserRefusedIt: { message: '浏览器拒绝了它' },
  editFailed: { message: '操作失败（{error}）' },

  // -- inspector edits on the timeline ----------------------------------------------------------
  editSet: { message: '为 {domain}{path} 设置了 {name}={value}' },
  editDelete: { message: '从 {domain}{path} 删除了 {name}' },
  editClear: { message: '清除了所有 Cookie' },
  editSetFailed: { message: '无法为 {domain}{path} 设置 {name}={value}：{why}' },
  editDeleteFailed: { message: '无法从 {domain}{path} 删除 {name}：{why}' },
  editClearFailed: { message: '无法清除 Cookie：{why}' },

  // -- why the browser changed the store (“浏览器（…）”) -------------------------------------------
  evicted: { message: '已逐出' },
  evictedCrowdedSite: { message: '已逐出：该站点的 Cookie 过多' },
  changedWhileDetached: { message: '在捕获断开期间发生了更改' },

  // -- why an exchange failed --------------------------------------------------------------------
  browserError: { message: '{errorText}' },
  requestFailed: { message: '请求失败。' },

  // -- a HAR file being imported -----------------------------------------------------------------
  harTooLarge: {
    message:
      '此 HAR 文件有 {bytes, number} 字节；Cookie Lab 可读取的 HAR 文件最大为 {max, number} 字节。',
  },
  harNotJson: { message: '此文件不是 JSON，因此不是 HAR 文件（或者文件被截断了）：{detail}' },
  harTooDeep: {
    message: '此文件中的对象嵌套超过 {max} 层，任何 HAR 生成工具都不会这样写；因此未读取该文件。',
  },
  harNotHar: { message: '此 JSON 文件不是 HAR 文件：{detail}' },
  harVersion: {
    message: '此 HAR 文件声明的版本是 {version}；Cookie Lab 可读取 HAR 1.1 和 1.2。',
  },
  harTooManyEntries: {
    message: '此 HAR 文件有 {count, number} 个条目；Cookie Lab 最多导入 {max, number} 个。',
  },
  harEntryInvalid: { message: '已略过条目 {index, number}：{detail}' },
  harEntryDate: {
    message: '条目 {index, number} 没有有效的日期（“{value}”）：其时间未知。',
  },
  harNoVerdict: { message: '此文件中没有浏览器的判定结果（HAR 没有相应的字段）' },
  harUnreadable: {
    message:
      '无法读取此文件：{reason, select, ENOENT {没有这个文件} EACCES {没有权限} EPERM {没有权限} EISDIR {这是一个文件夹，不是文件} other {{reason}}}。',
  },
  harFileGone: { message: '这个 HAR 文件已不再打开：之后又导入了另一个文件。' },
  harReaderStopped: { message: '在后台读取文件的 HAR 读取器在回答之前就停止了。' },
  harCookiesWithoutHeader: {
    message:
      '条目 {index, number} 列出了 {count, plural, other {# 个响应 Cookie}}，但没有它们所来自的 Set-Cookie 标头（这是经过清理或筛选的导出）：因此不显示它的 Set-Cookie 行。',
  },

  onlyRawHeaders: {
    message: '浏览器只报告了此请求的原始标头，没有报告它的 URL 或方法。',
  },

  // -- why a page could not load -----------------------------------------------------------------
  netError: {
    message:
      '{name, select, ERR_NAME_NOT_RESOLVED {找不到这个名称的主机：它不存在，或者名称拼写有误} ERR_CONNECTION_REFUSED {该地址和端口上没有任何程序在监听：服务器没有运行，或者运行在另一个端口上} ERR_UNSAFE_PORT {浏览器从不连接这个端口，因为它属于另一类服务（邮件、SSH 等），网页不得与之通信；请使用 5000 或 8080 之类的端口} ERR_ABORTED {请求在完成前被停止，通常是因为另一次导航取代了它} ERR_CONNECTION_RESET {请求进行期间连接被切断了} ERR_CONNECTION_CLOSED {服务器没有应答就关闭了连接} ERR_EMPTY_RESPONSE {服务器什么都没有发送就关闭了连接} ERR_CONNECTION_TIMED_OUT {服务器没有及时应答} ERR_TIMED_OUT {服务器没有及时应答} ERR_ADDRESS_UNREACHABLE {无法从这台计算机访问该地址} ERR_INTERNET_DISCONNECTED {这台计算机没有连接到网络} ERR_CERT_AUTHORITY_INVALID {该站点的证书不是由浏览器信任的机构签发的} ERR_CERT_COMMON_NAME_INVALID {该站点的证书属于另一个主机名} ERR_CERT_DATE_INVALID {该站点的证书已过期或尚未生效} ERR_SSL_PROTOCOL_ERROR {无法建立安全连接（是不是 https:// 地址后面其实是普通的 http:// 服务器？）} ERR_TOO_MANY_REDIRECTS {该页面重定向次数过多，很可能陷入了循环} ERR_BLOCKED_BY_CLIENT {浏览器自身拦截了该请求} ERR_BLOCKED_BY_RESPONSE {响应禁止在此处显示它（例如不允许被嵌入框架的页面）} ERR_INVALID_URL {该地址不是有效的 URL} ERR_INVALID_RESPONSE {服务器的应答不是有效的 HTTP} ERR_INVALID_HTTP_RESPONSE {服务器的应答不是有效的 HTTP} ERR_RESPONSE_HEADERS_TOO_BIG {服务器的响应标头过大} ERR_FAILED {请求失败，浏览器没有给出更具体的原因} other {浏览器报告了一个网络错误，这里还无法解释它}}',
  },
  paneLoadFailed: { message: '浏览窗格无法打开 {url}：{why}。（{code}）' },
  paneLoadFailedOther: { message: '浏览窗格无法打开 {url}：{detail}' },

  // -- the address bar ---------------------------------------------------------------------------
  targetEmpty: { message: '请输入 /getcookie 之类的路径，或完整的 http:// URL。' },
  targetHasSpaces: {
    message: '“{typed}”中含有空格：请输入 /getcookie 之类的路径，或完整的 http:// URL。',
  },
  targetSchemeNotAllowed: {
    message:
      '浏览窗格只打开 http: 和 https: 页面，不打开 {scheme}: 页面。请输入 /getcookie 之类的路径，或完整的 http:// URL。',
  },
  targetNeitherPathNorUrl: {
    message:
      '“{typed}”既不是路径也不是 URL：你是想输入 /{typed} 吗？路径以 / 开头，完整的 URL 以 http:// 开头。',
  },
  targetNotOpenable: { message: '“{typed}”不是浏览窗格可以打开的 URL。' },

  // -- why capture paused (after “捕获已暂停：”) -------------------------------------------------
  debuggerDetached: { message: '调试器已断开（{detail}）' },
  paneStopped: { message: '浏览窗格中的页面已停止（{detail}）' },
  paneClosed: { message: '浏览窗格中的页面已关闭' },

  // -- commands the host could not carry out -----------------------------------------------------
  captureNotAttached: {
    message:
      '现在无法{command, select, set {设置 Cookie} delete {删除 Cookie} other {清除 Cookie}}：捕获没有连接到浏览窗格。',
  },
  captureClosed: {
    message:
      '无法{command, select, set {设置 Cookie} delete {删除 Cookie} other {清除 Cookie}}：捕获已关闭。',
  },
  noSuchEntry: { message: '时间线中没有条目 {entryId}。' },
  scriptOnOtherPage: {
    message: '该脚本是为 {expected} 编写的，但浏览窗格显示的是 {shown}：脚本没有运行。',
  },
  scriptPageChanged: { message: '脚本运行之前页面已改变（{detail}）。' },
  scriptFailedInPage: { message: '脚本在页面中运行失败：{thrown}' },
  noSuchLesson: { message: '此窗口中没有课程 {ref}：请重新打开该课程。' },
  noSuchLessonStep: { message: '课程 {ref} 中没有步骤 {stepId}。' },
  lessonStepLeftToLearner: {
    message: '步骤 {stepId} 需要学习者在页面中自己完成：应用没有可运行的内容。',
  },
  lessonActionBusy: { message: '还有一个课程步骤正在运行：请等它完成。' },
  lessonActionFailed: { message: '无法运行此步骤：{detail}' },
  hostGaveNoReason: { message: '出现了问题，但宿主程序没有给出原因。' },
} satisfies Translation<typeof factsEn>
