// The application menu in the UI's language: every item a person reads has its label in that
// language (Electron labels role items in English otherwise), on Linux/Windows and on macOS.

import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { appMenuTemplate } from '../../src/main/app-menu-template'
import { formatMessage } from '../../src/shared/messages/format-message'

/** Every item of a template, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

describe('the application menu', () => {
  it.each([false, true])('is all in Chinese in zh-CN (macOS: %s)', (isMac) => {
    const all = items(
      appMenuTemplate(
        { openLesson: () => undefined, importHar: () => undefined, exportHar: () => undefined },
        'zh-CN',
        isMac,
      ),
    )
    // macOS names and fills its first menu itself; separators have no words.
    const worded = all.filter((item) => item.type !== 'separator' && item.role !== 'appMenu')
    // File and Open Lesson… are the catalogue's own (en/app-menu.ts), translated with it.
    const fromCatalogue = new Set(
      (['appMenu.file', 'appMenu.openLesson'] as const).map((id) =>
        formatMessage(id, undefined, 'zh-CN'),
      ),
    )
    const ours = worded.filter((item) => !fromCatalogue.has(item.label ?? ''))
    expect(worded.length - ours.length).toBe(2)
    expect(ours.length).toBeGreaterThan(8)
    for (const item of ours) expect(item.label).toMatch(/\p{Script=Han}/u)
  })

  it('keeps its zoom-free View menu and opens a lesson and exports HAR from File, in English too', () => {
    const openLesson = vi.fn()
    const exportHar = vi.fn()
    const template = appMenuTemplate({ openLesson, importHar: vi.fn(), exportHar }, 'en', false)
    const all = items(template)
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window'])
    expect(all.some((item) => item.role === 'zoomIn' || item.role === 'resetZoom')).toBe(false)
    const open = all.find((item) => item.label === 'Open Lesson…')
    open?.click?.(undefined as never, undefined, undefined as never)
    expect(openLesson).toHaveBeenCalledOnce()
    const sanitised = all.find((item) => item.label === 'Export Sanitised HAR…')
    sanitised?.click?.(undefined as never, undefined, undefined as never)
    expect(exportHar).toHaveBeenCalledWith(true)
    expect(all.find((item) => item.role === 'quit')?.label).toBe('Quit')
  })
})
