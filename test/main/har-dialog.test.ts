// "Import HAR…" and "Export HAR…"'s dialogs: one .har file chosen, modal to the UI window; the
// export written where the learner chose, under the name proposed; a cancel reads or writes nothing.

import type { BaseWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { chooseHarFile, saveHarFile } from '../../src/main/har-dialog'

const window = { id: 1 } as unknown as BaseWindow

describe('the HAR dialogs', () => {
  it('asks for one HAR file, modal to the window, and answers with its path', async () => {
    const asked: OpenDialogOptions[] = []
    const dialog = {
      showOpenDialog: async (_window: BaseWindow, options: OpenDialogOptions) => {
        asked.push(options)
        return { canceled: false, filePaths: ['/home/t/session.har'] }
      },
    } as unknown as Pick<Dialog, 'showOpenDialog'>
    expect(await chooseHarFile(dialog, window)).toBe('/home/t/session.har')
    expect(asked).toEqual([
      {
        title: 'Import a HAR file',
        properties: ['openFile'],
        filters: [{ name: 'HAR files', extensions: ['har'] }],
      },
    ])
  })

  it('writes the export where the learner chose, and nothing when cancelled', async () => {
    const written: Array<[string, string]> = []
    const write = async (path: string, text: string) => void written.push([path, text])
    const asked: SaveDialogOptions[] = []
    const saving = (answer: { canceled: boolean; filePath?: string }) =>
      ({
        showSaveDialog: async (_window: BaseWindow, options: SaveDialogOptions) => {
          asked.push(options)
          return answer
        },
      }) as unknown as Pick<Dialog, 'showSaveDialog'>
    const exported = { fileName: 'cookie-lab-x.har', text: '{"log":{}}' }
    const chosen = saving({ canceled: false, filePath: '/home/t/mine.har' })
    expect(await saveHarFile(chosen, window, exported, write)).toBe('/home/t/mine.har')
    expect(asked[0]).toMatchObject({ defaultPath: 'cookie-lab-x.har' })
    expect(written).toEqual([['/home/t/mine.har', '{"log":{}}']])
    expect(await saveHarFile(saving({ canceled: true }), window, exported, write)).toBeNull()
    expect(written).toHaveLength(1)
  })
})
