// The ids of the UI's own words (the en/ui-*.ts topics: labels, buttons, empty states, menus),
// taken from the English catalogue itself, and the parameters of those that take any.

import type { uiDetailEn, UiDetailParams } from './en/ui-detail'
import type { uiLessonsEn } from './en/ui-lessons'
import type { uiMenuEn } from './en/ui-menu'
import type { uiShellEn, UiShellParams } from './en/ui-shell'
import type { uiStoreEn, UiStoreParams } from './en/ui-store'
import type { uiTimelineEn, UiTimelineParams } from './en/ui-timeline'

export type UiMessageId =
  | keyof typeof uiMenuEn
  | keyof typeof uiShellEn
  | keyof typeof uiTimelineEn
  | keyof typeof uiDetailEn
  | keyof typeof uiStoreEn
  | keyof typeof uiLessonsEn

/** Parameters of the UI's messages that take any. */
export type UiParams = UiShellParams & UiTimelineParams & UiDetailParams & UiStoreParams
