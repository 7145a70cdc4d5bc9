// The tutorial server's pages in Simplified Chinese: the same ids as the English source
// (../en/tutorial-pages.ts, where each id's description for the translator is). Text in
// `backticks` is code, the same in every language; **double asterisks** mark strong words; a
// {link} is a whole link whose words are another message here. The Flask code, headers, cookie
// names and the seed's own answers (its Login button) stay in English.

import type { TutorialPageMessageId } from '../tutorial-page-ids'

export const tutorialPagesZhCn = {
  'page.layout.documentTitle': { message: '{title} · Cookie Lab 教程' },
  'page.layout.nav': { message: '教程路由' },
  'page.layout.sent': { message: '服务器发送了什么' },
  'page.layout.received': { message: '浏览器发送了什么' },
  'page.layout.noCookieHeader': { message: '（没有 Cookie 头）' },
  'page.layout.origin': { message: '本页的出处' },
  'page.layout.reenacts': { message: '重现种子教程 {seed}：{sources}。{summary}' },
  'page.layout.flask': { message: 'Flask 代码' },
  'seed.000': { message: 'tutorialspoint，“Flask – Cookies”' },
  'seed.001': { message: 'tutorialspoint，“Flask – Cookies”' },
  'seed.002': { message: 'Flask 中的“Cookies”：set_cookie 与 document.cookie' },
  'seed.003': { message: '一个笔记本：读取、设置和删除 Cookie' },
  'seed.004': { message: 'AskPython，“Flask cookies”' },
  'route.index.title': { message: '登录表单' },
  'route.index.summary': { message: '一个表单要求输入 userID，并把它提交到 /setcookie。' },
  'route.setcookie.title': { message: '设置 userID Cookie' },
  'route.setcookie.summary': { message: '提交的 nm 字段在响应中成为 userID Cookie。' },
  'route.getcookie.title': { message: '读取 userID Cookie' },
  'route.getcookie.summary': { message: '浏览器把 userID Cookie 发回来，页面欢迎这个名字。' },
  'route.deletecookie.title': { message: '删除 userID Cookie' },
  'route.deletecookie.summary': {
    message: '一个在 1970 年就已过期的空 userID Cookie，让浏览器把它删除。',
  },
  'route.cookies.title': { message: '服务器和 JavaScript 看到的 Cookie' },
  'route.cookies.summary': {
    message: '设置 username=root，并把请求带来的 Cookie 与 document.cookie 并排显示。',
  },
  'route.john.title': { message: 'Hello, username' },
  'route.john.summary': { message: '问候 username Cookie 里的名字；没有收到 Cookie 时显示 None。' },
  'route.johnSet.title': { message: '把 username 设为 John Doe' },
  'route.johnSet.summary': { message: '值里有空格：Flask 会用双引号把它括起来发送。' },
  'route.johnDelete.title': { message: '删除 username' },
  'route.johnDelete.summary': {
    message: '一个带 expires=0 的空值，告诉浏览器删除 username Cookie。',
  },
  'route.askpythonSet.title': { message: '设置 Name=AskPython' },
  'route.askpythonSet.summary': { message: '把 Name Cookie 设为 AskPython。' },
  'route.askpythonGet.title': { message: '读取 Name Cookie' },
  'route.askpythonGet.summary': { message: '显示 Name Cookie 里记下的站点名。' },
  'route.set.title': { message: 'Cookie 试验场' },
  'route.set.summary': { message: '用查询字符串中的每个参数调用 set_cookie。' },
  'route.playground.title': { message: '构造一个 Cookie' },
  'route.playground.summary': {
    message: '一个包含 set_cookie 全部参数的表单，提交后跳转到 /set。',
  },
  'route.crossSiteSetup.title': { message: '每种 SameSite 各一个 Cookie' },
  'route.crossSiteSetup.summary': {
    message: '在本站点为每种 SameSite 值各存储一个 Cookie，供跨站课程使用。',
  },
  'route.crossSite.title': { message: '调用另一个站点的页面' },
  'route.crossSite.summary': {
    message: '一个链接、一张图片、一次表单 POST 和一次 fetch，各自发往另一个教程站点。',
  },
  'route.crossSiteReport.title': { message: '哪些 Cookie 到达了' },
  'route.crossSiteReport.summary': { message: '列出浏览器随这个请求发送了哪些课程 Cookie。' },
  'route.crossSiteReportPost.title': { message: '哪些 Cookie 到达了（表单 POST）' },
  'route.crossSiteReportPost.summary': { message: '同样的报告，针对从另一个站点提交的表单。' },
  'page.backHome': { message: '返回表单' },
  'page.index.intro': {
    message:
      '输入一个名字，然后点击 Login。表单会把它提交到 `/setcookie`，其响应带有 `Set-Cookie` 头：浏览器存储一个名为 `userID` 的 Cookie，并在之后每次请求本站点时把它发回去。',
  },
  'page.setcookie.noUserTitle': { message: '没有可设置的 userID' },
  'page.setcookie.noField': {
    message:
      "这个请求没有名为 `nm` 的表单字段。种子教程读取 `request.form['nm']`，缺少表单字段时 Flask 会返回 **400 Bad Request**。没有设置任何 Cookie。",
  },
  'page.setcookie.noFieldNotForm': {
    message:
      "这个请求没有名为 `nm` 的表单字段（它的请求体不是 URL 编码的表单）。种子教程读取 `request.form['nm']`，缺少表单字段时 Flask 会返回 **400 Bad Request**。没有设置任何 Cookie。",
  },
  'page.setcookie.title': { message: 'Cookie 已设置' },
  'page.setcookie.stored': {
    message: '服务器用 `Set-Cookie` 头作了响应：你的浏览器现在存有一个名为 `userID` 的 Cookie。',
  },
  'page.setcookie.storedEmpty': {
    message:
      '服务器用 `Set-Cookie` 头作了响应：你的浏览器现在存有一个名为 `userID`、值为空的 Cookie。',
  },
  'page.setcookie.readIt': { message: '点击这里读取 Cookie' },
  'page.getcookie.none': {
    message:
      '这个请求没有带名为 `userID` 的 Cookie，所以没有可欢迎的人。请先在表单上登录；如果你已经登录过，说明这个 Cookie 已被删除或已过期。',
  },
  'page.getcookie.seedCrash': {
    message: '种子教程自己的代码在这里会崩溃（它把 `None` 和字符串相加）。',
  },
  'page.getcookie.toForm': { message: '前往表单' },
  'page.getcookie.read': {
    message:
      '浏览器随这个请求把 `userID` Cookie 发了回来；服务器从 `Cookie` 头中读取了它。{link}。',
  },
  'page.getcookie.deleteIt': { message: '删除它' },
  'page.deletecookie.title': { message: 'userID Cookie 已删除' },
  'page.deletecookie.explain': {
    message:
      '服务器再次发送了 `userID`，值为空，过期时间在 1970 年。一个已经过期的 Cookie 会替换已存储的那个，并被立即丢弃：服务器就是这样删除 Cookie 的。',
  },
  'page.deletecookie.check': { message: '检查一下：读取 Cookie' },
  'page.cookies.title': { message: 'Cookie' },
  'page.cookies.received': { message: '服务器收到了什么' },
  'page.cookies.name': { message: '名称' },
  'page.cookies.value': { message: '值' },
  'page.cookies.none': {
    message: '这个请求没有带任何 Cookie。本页会设置 `username=root`，所以下次访问时会带上它。',
  },
  'page.cookies.scriptSees': { message: 'JavaScript 看到了什么' },
  'page.cookies.readLive': {
    message: '实时读取的 `document.cookie`。HttpOnly Cookie 永远不会出现在这里。',
  },
  'page.cookies.scriptOff': { message: '（JavaScript 未运行）' },
  'page.cookies.empty': { message: '（空）' },
  'page.cookies.write': { message: '用 JavaScript 写入 Cookie' },
  'page.cookies.writeButton': { message: '写入 Cookie' },
  'page.cookies.writeNote': {
    message: '脚本写入不会在网络上发送任何内容：浏览器存储这个 Cookie，并在下一个请求中发送它。',
  },
  'page.john.none': {
    message:
      '没有收到 `username` Cookie，所以 `request.cookies.get` 返回了 `None`，Python 把它打印了出来。{link}。',
  },
  'page.john.read': { message: '从 `username` Cookie 读取。{link}。' },
  'page.setIt': { message: '设置它' },
  'page.johnSet.explain': {
    message:
      '这个值里有空格，所以 Werkzeug 用双引号把它括起来发送；Flask 读取 Cookie 时会再去掉引号。{link}。',
  },
  'page.readIt': { message: '读取它' },
  'page.johnDelete.explain': {
    message: '一个在 1970 年就已过期的空值：浏览器删除 `username`。{link}。',
  },
  'page.check': { message: '检查' },
  'page.askpython.readBack': { message: '把它读回来' },
  'page.askpython.none': { message: '没有收到 `Name` Cookie。{link}。' },
  'page.askpython.read': { message: '从 `Name` Cookie 读取。' },
  'page.playground.noCookieSet': { message: '没有设置任何 Cookie。请在这里修改后重试：' },
  'page.playground.needsNameTitle': { message: 'Cookie 需要一个名称' },
  'page.playground.needsName': {
    message: '查询字符串里没有 `key`：它是 Cookie 的名称，例如 `/set?key=theme&value=dark`。',
  },
  'page.playground.emptyName': {
    message: '查询字符串里的 `key` 是空的：它是 Cookie 的名称，例如 `/set?key=theme&value=dark`。',
  },
  'page.playground.wholeNumberTitle': { message: '{field} 必须是整数' },
  'page.playground.notInteger': { message: '`{field}={text}` 不是整数。' },
  'page.playground.maxAgeHint': { message: 'max_age 是秒数，例如 60。' },
  'page.playground.expiresHint': {
    message: 'expires 是以秒为单位的 Unix 时间，例如 0（1970 年 1 月 1 日）或 2000000000。',
  },
  'page.playground.yesNoTitle': { message: '{field} 只能是“是”或“否”' },
  'page.playground.yesNo': {
    message:
      '`{field}={text}` 既不是“是”也不是“否”：用 1、true、yes 或 on 打开它，用 0、false、no、off 或留空关闭它。',
  },
  'page.playground.outOfYears': { message: '过期日期超出了 1 到 9999 年的范围，Python 无法写出。' },
  'page.playground.cannotSendTitle': { message: 'Flask 无法发送这个 Cookie' },
  'page.playground.cannotSend': { message: '`{call}` 在 Werkzeug 2.2 中失败：{why}' },
  'page.set.title': { message: '已发送 Cookie：{name}' },
  'page.set.called': { message: '服务器调用了' },
  'page.set.willRefuse': { message: '你的浏览器很可能会拒绝它' },
  'page.set.worthKnowing': { message: '值得了解' },
  'page.set.change': { message: '修改这个 Cookie' },
  'page.set.seeReceived': { message: '查看服务器收到了什么' },
  'page.set.otherScheme': { message: '通过 {scheme} 再发一次' },
  'page.playground.intro': {
    message:
      '每个字段都是 Flask 的 `set_cookie` 的一个参数。留空则使用 Flask 的默认值。表单会把你带到 `/set`，它用你选择的参数调用 `set_cookie`，并显示它发送的响应头。',
  },
  'page.playground.form': { message: '构造一个 Cookie' },
  'page.playground.hint.key': { message: 'Cookie 的名称（必填）' },
  'page.playground.hint.value': { message: '它保存的内容' },
  'page.playground.hint.max_age': { message: '存活的秒数' },
  'page.playground.hint.expires': { message: '结束时刻的 Unix 秒数；0 表示 1970 年' },
  'page.playground.hint.path': { message: '浏览器把它发回到哪里' },
  'page.playground.hint.domain': { message: '与之共享的上级域名' },
  'page.playground.hint.secure': { message: '仅通过 https' },
  'page.playground.hint.httponly': { message: '对 JavaScript 隐藏' },
  'page.playground.hint.partitioned': { message: '每个顶层站点一个独立存储（CHIPS）；需要 secure' },
  'page.playground.notSet': { message: '（未设置）' },
  'page.playground.submit': { message: '设置 Cookie' },
  'page.playground.submitOver': { message: '通过 {scheme} 设置 Cookie' },
  'page.forecast.tooLarge': {
    message:
      '它的名称和值在线路上占 {size} 字节；名称和值合计超过 {max} 字节的 Cookie 会被浏览器拒绝。',
  },
  'page.forecast.noneInsecure': {
    message:
      'SameSite=None 但没有 Secure：Chromium 会拒绝它（SameSiteNoneInsecure）。发往其他站点的 Cookie 也必须是 Secure。',
  },
  'page.forecast.secureOverHttp': {
    message:
      '设置了 Secure，但本页是通过普通 http 从 {host} 加载的：浏览器只允许安全页面设置 Secure Cookie（http://localhost 和 http://127.0.0.1 算作安全）。',
  },
  'page.forecast.partitionedInsecure': {
    message: 'Partitioned 但没有 Secure：Chromium 只存储带 Secure 的分区 Cookie。',
  },
  'page.forecast.securePrefix': { message: '以 __Secure- 开头的名称要求带 Secure 属性。' },
  'page.forecast.hostPrefix': {
    message: '以 __Host- 开头的名称要求带 Secure、Path=/，且不带 Domain。',
  },
  'page.forecast.foreignDomain': {
    message:
      'Domain={domain}，但本页的主机是 {host}：站点只能为自己的主机名或其上级域名设置 Cookie。',
  },
  'page.forecast.nameUnquoted': {
    message:
      'Werkzeug 不给名称加引号：浏览器把第一个 "=" 之前的部分当作名称，并把 ";" 之后的内容当作属性。',
  },
  'page.forecast.nameTrimmed': { message: '浏览器会去掉名称两端的空格。' },
  'page.forecast.nameRawUtf8': {
    message: '名称以原始 UTF-8 字节发送：Werkzeug 只给值加引号，从不给名称加。',
  },
  'page.forecast.pathNoSlash': {
    message:
      '路径不以 "/" 开头：浏览器会忽略它，改用默认路径，即设置这个 Cookie 的页面所在的目录。',
  },
  'page.forecast.maxAgeZero': {
    message:
      'Max-Age 为零或负数：浏览器不存储任何内容，并删除它持有的同名、同域、同路径的 Cookie。',
  },
  'page.forecast.expiresPast': {
    message:
      'Expires 在过去：浏览器不存储任何内容，并删除它持有的同名、同域、同路径的 Cookie。Flask 应用就是这样删除 Cookie 的。',
  },
  'page.forecast.maxAgeWins': { message: '同时有 Max-Age 和 Expires：浏览器以 Max-Age 为准。' },
  'page.header.title': { message: '这不能放进响应头' },
  'page.header.contains': { message: '`{label}` 的第 {position} 个字符是{what}。' },
  'page.header.cr': { message: '回车符（CR）' },
  'page.header.lf': { message: '换行符（LF）' },
  'page.header.nul': { message: 'NUL 字节' },
  'page.header.control': { message: '控制字符 {code}' },
  'page.header.why': {
    message:
      'CR、LF 和 NUL 永远不能放进 HTTP 头：放行它们的服务器，会让任何能控制这段文本的人写出自己的响应头（响应拆分）。',
  },
  'page.crossSite.rule.strict': { message: '只要请求由另一个站点发起就不发送，连链接也不例外。' },
  'page.crossSite.rule.lax': {
    message: '学习者点击链接（顶层 GET）时发送；另一个站点发起的图片、fetch 或 POST 请求都不发送。',
  },
  'page.crossSite.rule.unspecified': {
    message:
      '按 Lax 处理，但设置后的两分钟内例外：这期间 Chromium 仍会让它随跨站 POST 发送（“Lax+POST”放宽）。',
  },
  'page.crossSite.rule.none': {
    message:
      '随来自任何站点的每个请求发送，除非浏览器阻止第三方 Cookie（Chrome 的无痕窗口会阻止，在浏览器中运行的 Cookie Lab 的浏览窗格也会）；它必须是 Secure，所以只在 https 下存在。',
  },
  'page.crossSite.notTutorialSiteTitle': { message: '不是教程站点' },
  'page.crossSite.notTutorialSite': {
    message: '`{field}={site}` 不是教程的站点之一；试试 `{fallback}`。',
  },
  'page.crossSite.setupTitle': { message: '{host} 的 Cookie' },
  'page.crossSite.stored': {
    message:
      '`{host}` 刚刚存储了 {count, plural, other {# 个 Cookie}}，每种 SameSite 值一个。像这样直接访问时，它们都会被发回给它。',
  },
  'page.crossSite.cookieRule': { message: '`{cookie}`（SameSite {sameSite}）：{rule}' },
  'page.crossSite.sameSiteNotSet': { message: '未设置' },
  'page.crossSite.noNoneOverHttp': {
    message:
      '通过普通 http 没有 `SameSite=None` 的 Cookie：它需要 `Secure`。{link}，就能看到全部四个。',
  },
  'page.crossSite.setOverHttps': { message: '通过 https 设置它们' },
  'page.crossSite.next': { message: '现在访问 {caller}，一个会调用 {host} 的页面' },
  'page.crossSite.notOtherTitle': { message: '不是另一个站点' },
  'page.crossSite.notOther': {
    message: '本页要调用另一个站点；`site={target}` 就是本站点。试试 {link}。',
  },
  'page.crossSite.imageAlt': { message: '发往 {target} 的图片请求' },
  'page.crossSite.fetchSent': { message: '已发送；{result}' },
  'page.crossSite.fetchUnread': { message: '没有可读取的响应' },
  'page.crossSite.fetchFailed': { message: '失败：{error}' },
  'page.crossSite.title': { message: '{host} 调用 {target}' },
  'page.crossSite.intro': {
    message:
      '本页属于 `{host}`。下面每个控件都会向另一个站点 `{target}` 发出请求：浏览器逐个 Cookie 决定哪些随请求发送。如果还没有，请{link}。',
  },
  'page.crossSite.setupFirst': { message: '先存储 {target} 的课程 Cookie' },
  'page.crossSite.link': { message: '指向 {target} 的链接' },
  'page.crossSite.linkNote': { message: '（顶层 GET）' },
  'page.crossSite.image': { message: '从 {target} 加载图片' },
  'page.crossSite.form': { message: '向 {target} 提交表单' },
  'page.crossSite.fetch': { message: '带凭据 fetch() {target}' },
  'page.crossSite.stayHere': {
    message:
      '图片和 fetch 都停留在本页：它们在时间线中的行会显示发送了哪些 Cookie（图片属于资源：用时间线的过滤器显示它们）。',
  },
  'page.crossSite.reportTitle': { message: '到达 {host} 的内容' },
  'page.crossSite.reportIntro': {
    message:
      '浏览器随这个请求发送了 `{host}` 的以下课程 Cookie。由哪个站点发起请求决定了结果：时间线中这个请求的行会说明其余每个 Cookie 为何没有被发送。',
  },
  'page.crossSite.reportIntroVia': {
    message:
      '浏览器随这个请求（{via}）发送了 `{host}` 的以下课程 Cookie。由哪个站点发起请求决定了结果：时间线中这个请求的行会说明其余每个 Cookie 为何没有被发送。',
  },
  'page.crossSite.noneCame': { message: '没有课程 Cookie 到达' },
  'page.crossSite.came': { message: '已到达：{names}' },
  'page.crossSite.cookie': { message: 'Cookie' },
  'page.crossSite.withRequest': { message: '随这个请求' },
  'page.crossSite.sent': { message: '已发送' },
  'page.crossSite.notSent': { message: '未发送' },
  'page.crossSite.notSetCell': { message: '（未设置）' },
  'page.crossSite.again': { message: '重新存储课程 Cookie' },
  'page.embed.notTutorialSite': { message: '`site={site}` 不是教程的站点之一。试试 {link}。' },
  'page.embed.title': { message: '{host} 中的 {site}' },
  'page.embed.intro': {
    message:
      '`{host}` 的这个页面嵌入了 `{site}` 的一个页面。在框架里，`{site}` 是第三方：它的 Cookie 在这里属于跨站。通过 https，在那里用 `Partitioned; Secure; SameSite=None` 设置的 Cookie 会为这个顶层站点单独存放在一个分区里（CHIPS），与直接访问 `{site}` 时的那份分开。',
  },
  'page.embed.overHttp': {
    message:
      '本页是通过普通 http 加载的，所以框架也是：浏览器不会保存来自它的 `Secure` Cookie。{link}。',
  },
  'page.embed.openOverHttps': { message: '通过 https 打开' },
  'page.embed.frameTitle': { message: '{site}/set（嵌入）' },
  'page.embed.loads': { message: '框架加载的是 `{src}`。' },
  'page.embed.onlyVisited': { message: '这个页面只能访问。' },
  'page.refusal.notFoundTitle': { message: '没有这个页面' },
  'page.refusal.notFound': { message: '`{path}` 下什么也没有。教程服务器知道这些路由：' },
  'page.refusal.method': { message: '方法' },
  'page.refusal.path': { message: '路径' },
  'page.refusal.what': { message: '作用' },
  'page.refusal.useFormTitle': { message: '请使用表单' },
  'page.refusal.useForm': {
    message:
      '`/setcookie` 接受登录表单的 `POST`，而不是 `{method}`：请在{link}上输入 userID，然后点击 Login。',
  },
  'page.refusal.theForm': { message: '表单' },
  'page.refusal.methodTitle': { message: '不允许的方法' },
  'page.refusal.method405': { message: '`{path}` 只响应 `{allow}`，不响应 `{method}`。' },
  'page.refusal.iconOnly': { message: '图标只能获取。' },
  'page.refusal.noHostTitle': { message: '没有 Host 头' },
  'page.refusal.noHost': {
    message:
      '每个请求都必须在 `Host` 头中说明它是发给哪个站点的；这个请求没有，所以服务器无法判断它是否发给自己。',
  },
  'page.refusal.wrongHostTitle': { message: '这个服务器不响应这个名称' },
  'page.refusal.wrongHost': {
    message:
      '这个请求发往 `{host}`。教程服务器只响应 `localhost`、`127.0.0.1`、`[::1]` 以及以 `.test` 或 `.localhost` 结尾的名称（任意端口）。',
  },
  'page.refusal.rebinding': {
    message:
      '这是 DNS 重绑定防护：另一个站点上的网页可以把自己的域名指向 127.0.0.1，然后像读取自己一样读取这个服务器。但它的请求在 `Host` 中仍带着自己的名称，所以会在这里被拒绝。',
  },
  'page.refusal.twoHostsTitle': { message: '不止一个 Host 头' },
  'page.refusal.twoHosts': {
    message:
      '这个请求在不止一个 `Host` 头中说明了它的站点。HTTP/1.1 只允许恰好一个（RFC 9112 第 3.2 节）：有两个时，途经的两个服务器可能各读到不同的一个。',
  },
  'page.refusal.crossSiteTitle': { message: '被拒绝：另一个站点请求了这个 Cookie' },
  'page.refusal.fromSite': { message: '来自 `{origin}` 上的一个页面' },
  'page.refusal.fromUnknown': {
    message: '来自另一个站点上的一个页面，但它没有说明是哪个站点（没有 `Origin` 或 `Referer`）',
  },
  'page.refusal.crossSite': {
    message:
      '这个请求会设置一个 Cookie，而它{who}。教程服务器只为它自己的页面设置 Cookie（它在这个端口上的各个名称，其中包括 `www.shop.test` 与 `tracker.test` 之间的跨站课程）。',
  },
  'page.refusal.portsShared': {
    message:
      'Cookie 不区分端口：在这里为 `localhost` 设置的 Cookie 会发给 `localhost` 上的所有其他应用。否则，浏览器中打开的任何站点都可以在那里种下 Cookie，甚至多到让其他本地应用返回 431（所谓“Cookie 炸弹”）。',
  },
  'page.refusal.retryLink': {
    message: '如果你确实想这样做，请点击{link}：从本页发出的请求来自教程本身。',
  },
  'page.refusal.thisLink': { message: '这个链接' },
  'page.refusal.retryForm': { message: '如果你确实想这样做，请使用{link}。' },
  'page.refusal.ownForm': { message: '教程自己的表单' },
  'page.refusal.tooLargeTitle': { message: '请求体太大' },
  'page.refusal.tooLarge': {
    message: '教程服务器最多读取 {kib} KiB 的请求体：它唯一的表单只有一个文本字段。',
  },
  'page.refusal.badTargetTitle': { message: '错误的请求目标' },
  'page.refusal.badTarget': {
    message: '请求行指定的是 `{target}`；这个服务器只接受以 `/` 开头的路径。',
  },
  'page.refusal.movedTitle': { message: '已移到带斜杠的地址' },
  'page.refusal.moved': { message: '这个页面位于 {link}。' },
  'page.refusal.optionsTitle': { message: '可用方法' },
  'page.refusal.bugTitle': { message: '教程服务器遇到了程序错误' },
  'page.refusal.bug': { message: '这是 Cookie Lab 的缺陷，而不是你的请求有问题：`{message}`' },
  'page.refusal.headersTooLargeTitle': { message: '请求头太大' },
  'page.refusal.headersTooLarge': {
    message:
      '这个请求的请求头超过了 {kib} KiB，超出了教程服务器的读取上限。通常是 `Cookie` 头变得过大：删除一些 Cookie 后再试。服务器仍在运行。',
  },
  'page.refusal.timeoutTitle': { message: '请求超时' },
  'page.refusal.timeout': { message: '请求没有按时到达。' },
  'page.refusal.malformedTitle': { message: '格式错误的请求' },
  'page.refusal.malformed': {
    message: '服务器无法把这个请求当作 HTTP/1.1 读取（{code}）。服务器仍在运行。',
  },
  'page.refusal.badEncodingTitle': { message: '错误的百分号编码' },
  'page.refusal.badEncoding': { message: '这个请求中有一部分无法解码：`{text}`。' },
  'page.refusal.encodingRule': {
    message: '`%` 后面必须跟两位十六进制数字，而且这些字节必须构成 UTF-8 文本。',
  },
} satisfies Record<TutorialPageMessageId, { message: string }>
