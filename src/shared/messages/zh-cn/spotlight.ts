// The spotlight's words (what a lesson step is about), in Simplified Chinese. Each message's note
// for the translator is beside its English in `../en/spotlight.ts`. Part of
// `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { spotlightEn } from '../en/spotlight'

export const spotlightZhCn = {
  'spotlight.hint': { message: '本步骤讲的就是这里' },
  'spotlight.waiting.row': { message: '本步骤讲的是请求 {request}：正在等待该请求。' },
  'spotlight.waiting.header': {
    message: '本步骤讲的是请求 {request} 的 {header} 标头：正在等待该请求。',
  },
  'spotlight.waiting.cookie': {
    message: '本步骤讲的是请求 {request} 中的 Cookie {cookie}：正在等待该请求。',
  },
  'spotlight.store.absent': {
    message:
      '本步骤讲的是{domain, select, any {} other { {domain} 上的}} Cookie {cookie}：当前显示的 Cookie 存储中没有它。',
  },
  'spotlight.store.filtered': {
    message: '本步骤讲的是 Cookie {cookie}，它目前被“仅显示有问题的 Cookie”隐藏了。',
  },
  'spotlight.hidden': { message: '本步骤讲的是 {entry}，它目前在时间线中被隐藏了。' },
  'spotlight.showIt': { message: '显示出来' },
} satisfies Translation<typeof spotlightEn>
