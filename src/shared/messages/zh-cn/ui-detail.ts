// The Simplified Chinese of `../en/ui-detail.ts`.

import type { uiDetailEn } from '../en/ui-detail'
import type { Translation } from '../catalogue-entry'

export const uiDetailZhCn = {
  'ui.detail.heading': { message: '详情' },
  'ui.detail.scroll': { message: '所选行的完整内容' },
  'ui.detail.empty': { message: '选择一行即可查看其完整内容。' },
  'ui.detail.emptyWhat': {
    message:
      '这里会显示请求头和响应头在网络上传输时的原样、每个 Cookie 属性的通俗含义、浏览器为什么拒绝了某个 Cookie 以及如何修正，还有生成该响应的 Flask 代码。',
  },
  'ui.detail.emptyKeys': {
    message:
      '键盘操作：聚焦时间线，用 <kbd>↑</kbd> <kbd>↓</kbd> 移动，按 <kbd>Enter</kbd> 查看详情，按 <kbd>Esc</kbd> 返回。',
  },
  'ui.detail.seed': { message: '（种子教程 {seed}）' },
  'ui.detail.urlCut': { message: 'URL 还有后续：…已截去 {bytes}。' },
  'ui.detail.redirected': { message: '已重定向到 <code>{url}</code>：下一跳是单独的一行。' },
  'ui.detail.section.blocked': { message: '被浏览器拒绝：原因以及如何修正' },
  'ui.detail.section.scoped': { message: '不属于此 URL：Cookie 自身的规则在起作用' },
  'ui.detail.section.request': { message: '请求：浏览器发送的 Cookie' },
  'ui.detail.section.response': { message: '响应：服务器设置的 Cookie' },
  'ui.detail.section.changes': { message: 'Cookie 存储中发生了什么变化' },
  'ui.detail.section.flask': { message: '生成此响应的 Flask 代码' },
  'ui.detail.noCookieHeader': {
    message:
      '{why, select, blocked {没有 <code>Cookie</code> 请求头：浏览器扣下了它为此 URL 保存的所有 Cookie（见上文）。} scoped {没有 <code>Cookie</code> 请求头：浏览器的 Cookie 都不属于此 URL（见上文）。} other {没有 <code>Cookie</code> 请求头：浏览器没有此 URL 的 Cookie。}}',
  },
  'ui.detail.neverSent': { message: '无：请求在发出之前就失败了，所以没有携带任何 Cookie。' },
  'ui.detail.requestUnseen': { message: '未观察到该请求的请求头（见下文）。' },
  'ui.detail.waiting': { message: '正在等待响应…' },
  'ui.detail.noSetCookie': {
    message: '没有 <code>Set-Cookie</code> 响应头：此响应没有要求浏览器存储任何内容。',
  },
  'ui.detail.allRefused': { message: '浏览器拒绝了此响应设置的所有 Cookie（见上文）。' },
  'ui.detail.noResponse': { message: '无：没有收到响应，请求失败了（见上文）。' },
  'ui.detail.responseUnseen': { message: '未观察到该响应的响应头（见下文）。' },
  'ui.detail.queryCall': { message: '你的查询字符串生成了这个调用：' },
  'ui.detail.insideView': { message: '它位于 playground 视图中：' },
  'ui.detail.wire': { message: '请求头和响应头（网络上的原样）' },
  'ui.detail.released': {
    message:
      '已释放：捕获只保留有限的头部文本，所以这个较早交换的头部行（{bytes}）已被舍弃。它的 Cookie 仍显示在上文。',
  },
  'ui.detail.requestHeaders': { message: '请求头' },
  'ui.detail.responseHeaders': { message: '响应头' },
  'ui.detail.neverSentHeaders': { message: '请求在发出之前就失败了，所以没有服务器收到过它。' },
  'ui.detail.noResponseHeaders': { message: '没有收到响应：请求失败了。' },
  'ui.detail.failed': { message: '失败：' },
  'ui.detail.neverReached': {
    message: '它从未到达服务器：没有请求发出，所以没有发送任何 Cookie。',
  },
  'ui.detail.retries': {
    message:
      '该地址又被尝试了 {count, plural, other {# 次}}（Chromium 的错误页面会自行重试，重新加载也算在内），每次都以同样的方式失败：这些尝试在这里计数，而不作为单独的行显示。',
  },
  'ui.detail.unchanged': { message: '没有变化：之后的存储与之前完全相同。' },
  'ui.detail.scriptTitle': { message: '脚本写入了一个 Cookie' },
  'ui.detail.scriptWhat': {
    message:
      '{page, select, none {页面上的} other {<code>{page}</code> 上的}} JavaScript 在 {time} 通过 <code>document.cookie</code> 修改了存储。这类写入不会通过网络发送任何内容：没有请求也没有响应，只有存储中的变化。之后发往匹配 URL 的请求会像其他 Cookie 一样，在 <code>Cookie</code> 请求头中携带它。',
  },
  'ui.detail.editTitle': { message: '你编辑了存储' },
  'ui.detail.editWhat': {
    message:
      '{summary}。检查器会像浏览器的开发者工具那样直接修改浏览窗格的 Cookie 存储：在下一个请求携带该 Cookie 之前，服务器并不参与。',
  },
  'ui.detail.gapTitle': { message: '捕获已暂停' },
  'ui.detail.gapWhat': {
    message:
      '{ended, select, yes {从 {from} 到 {to}，Cookie Lab 无法观察浏览窗格（{reason}）。这段时间内发出的请求不在时间线上；Cookie 存储仍按其实际状态读取。} other {从 {from} 到现在，Cookie Lab 无法观察浏览窗格（{reason}）。这段时间内发出的请求不在时间线上；Cookie 存储仍按其实际状态读取。}}',
  },
  'ui.verdict.sent': { message: '已发送' },
  'ui.verdict.notSent': { message: '未发送' },
  'ui.verdict.notForUrl': { message: '不属于此 URL' },
  'ui.verdict.stored': { message: '已存储' },
  'ui.verdict.notStored': { message: '未存储' },
  'ui.verdict.unseen': { message: '未观察到结果' },
  'ui.explain.why': { message: '原因：' },
  'ui.explain.fix': { message: '如何修正：' },
  'ui.explain.asSent': { message: '服务器发送的原样：' },
  'ui.explain.caption': { message: '{cookie} 的各个属性的含义' },
  'ui.explain.attribute': { message: '属性' },
  'ui.explain.meaning': { message: '含义' },
  'ui.headers.none': { message: '{label}：无。{why}' },
  'ui.headers.unseen': {
    message:
      '{label}：未观察到。浏览器没有报告它们（缓存的响应、Service Worker 或 data: URL），所以 Cookie Lab 不作猜测，什么也不显示。',
  },
  'ui.headers.caption': { message: '{label}（网络上的原样）' },
  'ui.headers.byteByByte': { message: '逐字节：{value}' },
  'ui.headers.cut': { message: '…已截去 {bytes}' },
  'ui.bytes': { message: '{count, plural, other {# 字节}}' },
  'ui.chip.notSent': { message: '未发送：{reason}' },
  'ui.chip.notStoredBecause': { message: '未存储：{reasons}' },
  'ui.chip.unseen': { message: '未观察到结果' },
  'ui.chip.moreProblems': { message: '（另有 {count, number} 个）' },
} satisfies Translation<typeof uiDetailEn>
