// The Simplified Chinese of `../en/ui-menu.ts`.

import type { Translation } from '../catalogue-entry'
import type { uiMenuEn } from '../en/ui-menu'

export const uiMenuZhCn = {
  'ui.menu.edit': { message: '编辑' },
  'ui.menu.undo': { message: '撤销' },
  'ui.menu.redo': { message: '重做' },
  'ui.menu.cut': { message: '剪切' },
  'ui.menu.copy': { message: '复制' },
  'ui.menu.paste': { message: '粘贴' },
  'ui.menu.selectAll': { message: '全选' },
  'ui.menu.view': { message: '视图' },
  'ui.menu.reload': { message: '重新加载' },
  'ui.menu.devTools': { message: '切换开发者工具' },
  'ui.menu.fullScreen': { message: '切换全屏' },
  'ui.menu.window': { message: '窗口' },
  'ui.menu.minimize': { message: '最小化' },
  'ui.menu.zoom': { message: '缩放' },
  'ui.menu.front': { message: '前置全部窗口' },
  'ui.menu.close': { message: '关闭窗口' },
  'ui.menu.quit': { message: '退出' },
  'ui.menu.couldNotStart': { message: 'Cookie Lab 无法启动' },
} satisfies Translation<typeof uiMenuEn>
