// "Open Lesson…"'s dialog: one file, lesson extensions, modal to the UI window; a cancel opens
// nothing. (The menu item that asks it is clicked on the built bundle in shell-wiring.test.ts.)

import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { chooseLessonFile } from '../../src/main/lesson-dialog'

function answering(answer: { canceled: boolean; filePaths: string[] }) {
  const asked: Array<{ window: unknown; options: OpenDialogOptions }> = []
  const dialog = {
    showOpenDialog: async (window: BaseWindow, options: OpenDialogOptions) => {
      asked.push({ window, options })
      return answer
    },
  } as unknown as Pick<Dialog, 'showOpenDialog'>
  return { dialog, asked }
}

const window = { id: 1 } as unknown as BaseWindow

describe('the Open Lesson dialog', () => {
  it('asks for one lesson file, modal to the window, and answers with its path', async () => {
    const { dialog, asked } = answering({ canceled: false, filePaths: ['/home/t/l.yaml'] })
    expect(await chooseLessonFile(dialog, window)).toBe('/home/t/l.yaml')
    expect(asked).toEqual([
      {
        window,
        options: {
          title: 'Open a lesson',
          properties: ['openFile'],
          filters: [{ name: 'Lessons (YAML or JSON)', extensions: ['yaml', 'yml', 'json'] }],
        },
      },
    ])
  })

  it('opens nothing when the teacher cancels', async () => {
    expect(
      await chooseLessonFile(answering({ canceled: true, filePaths: [] }).dialog, window),
    ).toBe(null)
  })
})
