// The Simplified Chinese of `../en/ui-timeline.ts`.

import type { uiTimelineEn } from '../en/ui-timeline'
import type { Translation } from '../catalogue-entry'

export const uiTimelineZhCn = {
  'ui.timeline.heading': { message: '时间线' },
  'ui.timeline.rows': { message: '{count, plural, other {# 行}}' },
  'ui.timeline.filter': { message: '按名称筛选' },
  'ui.timeline.filterLabel': { message: '按 Cookie 名称筛选' },
  'ui.timeline.showAssets': {
    message: '{hidden, plural, =0 {显示资源请求} other {显示资源请求（已隐藏 # 个）}}',
  },
  'ui.timeline.list': { message: '时间线条目，最早的在前' },
  'ui.timeline.paused': { message: '未跟随最新的行。' },
  'ui.timeline.jumpLatest': { message: '跳到最新' },
  'ui.timeline.empty': { message: '还没有请求。' },
  'ui.timeline.emptyWhat': {
    message:
      '浏览窗格发出的每个请求都会在这里显示为一行，最新的在最下面：浏览器在 <code>Cookie</code> 请求头中发送的 Cookie，以及服务器在响应中返回的 <code>Set-Cookie</code> 行。',
  },
  'ui.timeline.emptyTry': {
    message:
      '试试看：在左侧的表单中输入一个 userID，然后点击 <strong>Login</strong>。服务器会设置一个 Cookie；再访问 <code>/getcookie</code>，看浏览器把它发送回去。',
  },
  'ui.timeline.clearFilter': { message: '清除筛选' },
  'ui.timeline.onlyAssets': {
    message: '目前只有资源请求（{count, number} 个）：图片、脚本、样式表、网站图标。',
  },
  'ui.timeline.showAssetsButton': { message: '显示资源请求' },
  'ui.timeline.asset': { message: '资源' },
  'ui.timeline.noCookiesSent': { message: '未发送 Cookie' },
  'ui.timeline.headersUnseen': { message: '未观察到请求头' },
  'ui.timeline.storeLine': { message: '存储' },
  'ui.timeline.scriptOn': { message: '于' },
  'ui.timeline.noChange': { message: '未见变化' },
  'ui.timeline.kind.edit': { message: '编辑' },
  'ui.timeline.kind.gap': { message: '中断' },
  'ui.timeline.youEdited': { message: '你编辑了存储：{summary}' },
  'ui.timeline.gap': {
    message:
      '{ended, select, yes {捕获已暂停：{reason}。已于 {time} 恢复；其间的请求可能缺失。} other {捕获已暂停：{reason}。现在发出的请求不会被记录。}}',
  },
  'ui.status.pending': { message: '等待中…' },
  'ui.status.failed': { message: '失败' },
  'ui.status.failedBecause': { message: '失败：{reason}' },
} satisfies Translation<typeof uiTimelineEn>
