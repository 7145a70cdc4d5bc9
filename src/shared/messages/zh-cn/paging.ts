// A long session's timeline pages, in Simplified Chinese. Each message's note for the translator
// is beside its English in `../en/paging.ts`. Part of `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { pagingEn } from '../en/paging'

export const pagingZhCn = {
  'paging.older': {
    message:
      '已载入 {loaded, number} / {count, plural, other {# 个条目}}。向上滚动即可载入更早的行。',
  },
  'paging.loadOlder': { message: '载入更早的行' },
  'paging.loading': { message: '正在载入行…' },
  'paging.searching': { message: '正在整个会话中查找“{name}”…' },
  'paging.failed': { message: '无法载入更多行：{reason}' },
  'paging.retry': { message: '重试' },
} satisfies Translation<typeof pagingEn>
