// The timeline's own words, in Simplified Chinese. Each message's note for the translator is
// beside its English in `../en/timeline.ts`. Part of `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { timelineEn } from '../en/timeline'

export const timelineZhCn = {
  'timeline.moreChips': { message: '还有 {count} 个' },
  'timeline.moreChipsTitle': {
    message: '此行共有 {count, plural, other {# 个 Cookie}}；选中此行即可在详情视图中查看全部。',
  },
  'timeline.urlUnseen': { message: '未报告地址' },
  'timeline.methodUnseen': { message: '?' },
  'timeline.statusUnseen': { message: '未收到结束报告' },
  // Chinese has no plural forms: `=1` keeps the single number apart from a range.
  'timeline.skip': {
    message: '{count, plural, =1 {{first} 已隐藏} other {{first}–{last} 已隐藏}}',
  },
  'timeline.skipTitle': {
    message:
      '此行之前未显示：{what}。无论时间线显示哪些行，每个请求都保留自己的编号，所以 #N 对每个人都指同一行。',
  },
  'timeline.skip.assets': {
    message:
      '{count, plural, other {# 个资源请求（图片、脚本、样式表、网站图标），打开“显示资源”即可列出}}',
  },
  'timeline.skip.filtered': {
    message: '{count, plural, other {# 个被名称筛选器隐藏的条目}}',
  },
  'timeline.filterMode.changes': { message: '设置或更改' },
  'timeline.filterMode.title': {
    message:
      '查找 Cookie 的来源：只显示在 Cookie 存储中设置、更改或移除了你所指定 Cookie 的行，而不是每个发送了它的请求。',
  },
  'timeline.empty.touches': { message: '没有任何行涉及名为“{name}”的 Cookie。' },
  'timeline.empty.changes': { message: '没有任何行设置、更改或移除过名为“{name}”的 Cookie。' },
} satisfies Translation<typeof timelineEn>
