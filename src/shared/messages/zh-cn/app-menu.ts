// The app menu's words and its dialogs', in Simplified Chinese. Each message's note for the
// translator is beside its English in `../en/app-menu.ts`. Part of `../catalogue-zh-cn.ts`.

import type { Translation } from '../catalogue-entry'
import type { appMenuEn } from '../en/app-menu'

export const appMenuZhCn = {
  'appMenu.file': { message: '文件' },
  'appMenu.openLesson': { message: '打开课程…' },
  'appMenu.openLessonTitle': { message: '打开课程' },
  'appMenu.lessonFiles': { message: '课程（YAML 或 JSON）' },
} satisfies Translation<typeof appMenuEn>
