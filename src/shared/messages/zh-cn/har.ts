// HAR in the app (the header's HAR menu, the imported file's banner, the store panel and detail
// view of an imported file, the app's File menu), in Simplified Chinese. Each message's note for
// the translator is beside its English in `../en/har.ts`. Part of `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { harEn } from '../en/har'

export const harZhCn = {
  'har.menu': { message: 'HAR' },
  'har.menuTitle': { message: '把会话导出为 HAR 文件，或导入一个 HAR 文件来查看' },
  'har.import': { message: '导入 HAR…' },
  'har.export': { message: '导出 HAR' },
  'har.exportTitle': {
    message: '包含每个请求和响应，也包含 Cookie 的值：只给你自己或你信任的老师。',
  },
  'har.exportSanitised': { message: '导出经过清理的 HAR' },
  'har.exportSanitisedTitle': {
    message:
      '不含 Cookie 的值，也不含 Cookie、Set-Cookie 和 Authorization 标头的值：名称和属性都保留。',
  },
  'har.exportFailed': { message: '无法导出会话：{error}' },
  'har.busy': { message: '{what}…' },
  'har.trouble.title': { message: '无法导入 {fileName}：' },
  'har.trouble.unreadable': { message: '无法读取此文件：{error}' },
  'har.trouble.dismiss': { message: '关闭' },
  'har.banner.label': { message: '已导入的 HAR 文件' },
  'har.banner.title': { message: '已导入：{fileName}' },
  'har.banner.source': {
    message:
      'HAR {harVersion}，由{named, select, no {一个没有署名的工具} other { {creator} {version} }}写入。',
  },
  'har.banner.exchanges': {
    message: '{count, plural, =0 {此文件中没有任何请求。} other {# 个请求}}',
  },
  'har.banner.readOnly': {
    message: '只读：文件中的内容没有进入浏览窗格或它的 Cookie 存储，也没有重新发送任何请求。',
  },
  'har.banner.ownFormat': {
    message:
      '由 Cookie Lab 写入：每一行 Set-Cookie 都带有捕获时浏览器给出的判定结果。文件中没有 Cookie 存储。',
  },
  'har.banner.otherTool': {
    message:
      '文件中没有：浏览器的 Cookie 存储，以及浏览器对每个 Cookie 的判定结果（已存储，或被拒绝及其原因）。HAR 没有相应的字段。',
  },
  'har.banner.sanitised': {
    message:
      '已清理：导出前已删除 Cookie 的值，以及 Cookie、Set-Cookie 和 Authorization 标头的值。',
  },
  'har.banner.notes': { message: '{count, plural, other {关于读取此文件的 # 条说明}}' },
  'har.banner.moreNotes': { message: '{count, plural, other {还有 # 条说明}}' },
  'har.banner.loadingOlder': { message: '仍在读取较早的条目：先显示最新的条目。' },
  'har.banner.olderFailed': { message: '未能读取全部较早的条目：{error}' },
  'har.banner.back': { message: '返回实时会话' },
  'har.store.heading': { message: 'Cookie 存储' },
  'har.store.label': { message: '已导入文件的 Cookie 存储' },
  'har.store.none': {
    message:
      '文件中没有：HAR 文件只记录请求和响应，从不记录浏览器的 Cookie 存储，所以这里没有可显示的存储。',
  },
  'har.store.noTimeTravel': {
    message: '无法回溯时间：选中一行并不能显示那一刻之后的 Cookie 存储。',
  },
  'har.store.noEdits': {
    message:
      '显示已导入的文件时，不能添加、编辑或删除 Cookie。浏览窗格自己的存储没有改变：点击“返回实时会话”即可看到它。',
  },
  'har.detail.imported': { message: '从 {fileName} 导入，内容与文件记录的一致。' },
  'har.detail.noCookieHeader': {
    message: '文件中没有 Cookie 标头。浏览器是否扣下了某个 Cookie、原因是什么，文件里都没有记录。',
  },
  'har.detail.noStore': {
    message: '文件中没有：HAR 文件不记录 Cookie 存储，所以不知道这次请求在存储中改变了什么。',
  },
  'har.appMenu.import': { message: '导入 HAR…' },
  'har.appMenu.export': { message: '导出 HAR…' },
  'har.appMenu.exportSanitised': { message: '导出经过清理的 HAR…' },
  'har.appMenu.importTitle': { message: '导入 HAR 文件' },
  'har.appMenu.exportTitle': { message: '把会话导出为 HAR' },
  'har.appMenu.files': { message: 'HAR 文件' },
} satisfies Translation<typeof harEn>
