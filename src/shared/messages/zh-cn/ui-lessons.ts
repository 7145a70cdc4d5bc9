// The Simplified Chinese of `../en/ui-lessons.ts`.

import type { uiLessonsEn } from '../en/ui-lessons'
import type { Translation } from '../catalogue-entry'

export const uiLessonsZhCn = {
  'ui.check.notHttpOnly': { message: '非 HttpOnly' },
  'ui.check.notSecure': { message: '非 Secure' },
  'ui.check.session': { message: '会话 Cookie' },
  'ui.check.expiry': { message: '有过期时间' },
  'ui.check.separator': { message: '、' },
} satisfies Translation<typeof uiLessonsEn>
