// The Simplified Chinese of `../en/ui-shell.ts`.

import type { uiShellEn } from '../en/ui-shell'
import type { Translation } from '../catalogue-entry'

export const uiShellZhCn = {
  'ui.shell.server': { message: '教程服务器 {url}' },
  'ui.shell.hostFailed': { message: 'Cookie Lab 无法连接到它的宿主程序：{error}' },
  'ui.shell.resizePane': { message: '调整浏览窗格与 Cookie 存储的高度' },
  'ui.shell.resizeTimeline': { message: '调整时间线与详情的高度' },
  'ui.settings.zoom': { message: '缩放' },
  'ui.settings.percent': { message: '{zoom, number, percent}' },
  'ui.settings.zoomOut': { message: 'A− 缩小（Ctrl −）' },
  'ui.settings.zoomReset': { message: '{percent} 重置缩放（Ctrl 0）' },
  'ui.settings.zoomIn': { message: 'A+ 放大（Ctrl +）' },
  'ui.settings.smallest': { message: '{percent} 已是最小缩放。' },
  'ui.settings.largest': {
    message:
      '{presenter, select, yes {在演示模式下，此窗口最大只能缩放到 {percent}：窗口更大时可以放得更大。} other {此窗口最大只能缩放到 {percent}：窗口更大时可以放得更大。}}',
  },
  'ui.settings.presenter': { message: '演示模式' },
  'ui.settings.theme': { message: '主题' },
  'ui.settings.theme.system': { message: '自动' },
  'ui.settings.theme.light': { message: '浅色' },
  'ui.settings.theme.dark': { message: '深色' },
  'ui.settings.language': { message: '语言' },
  'ui.pane.label': { message: '浏览窗格' },
  'ui.pane.back': { message: '后退' },
  'ui.pane.forward': { message: '前进' },
  'ui.pane.reload': { message: '重新加载' },
  'ui.pane.home': { message: '主页' },
  'ui.pane.address': { message: '地址：像 /getcookie 这样的路径，或完整的 URL' },
  'ui.pane.addressPlaceholder': { message: '/getcookie 或 http://…' },
  'ui.pane.go': { message: '转到' },
  'ui.pane.loading': { message: '正在加载…' },
  'ui.pane.crashed': { message: '浏览窗格中的页面崩溃了。' },
  'ui.pane.crashedWhy': {
    message:
      '它的渲染进程已停止，所以没有内容可显示。时间线和 Cookie 存储都还在。重新加载即可再次打开该页面。',
  },
  'ui.pane.reloadPage': { message: '重新加载页面' },
} satisfies Translation<typeof uiShellEn>
