// The layer table in eslint.config.js, proved line by line: the project's own ESLint config lints
// small in-memory sources placed in each layer, and every import a layer must not make is an
// error while the imports it may make pass. Removing or loosening a line of the table fails here.

import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const REPO = resolve(import.meta.dirname, '../..')
let eslint: ESLint

beforeAll(async () => {
  eslint = new ESLint({ cwd: REPO })
  // The first lint loads the config and the parsers: seconds on a busy machine.
  await eslint.lintText('export {}\n', { filePath: resolve(REPO, 'src/shared/probe.ts') })
}, 60_000)

/** The layer rule's messages for one import written in a file at `path`. */
async function layerErrors(path: string, statement: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${statement}\n`, { filePath: resolve(REPO, path) })
  return result!.messages
    .filter((message) => message.ruleId === 'layers/imports' || message.fatal)
    .map((message) => message.message)
}

interface LayerCase {
  file: string
  refuses: string[]
  accepts: string[]
}

const CASES: Record<string, LayerCase> = {
  'src/core': {
    file: 'src/core/capture/probe.ts',
    refuses: [
      "import { app } from 'electron'",
      "import { useState } from 'react'",
      "import { chromium } from 'playwright-core'",
      "import { registerCommandIpc } from '../../main/ipc'",
      "import type { PaneBounds } from '../../main/pane-bounds'",
      "export * from '../../preload/ipc-transport'",
      "const ui = await import('../../renderer/src/host-connection')",
      "import { startBrowserHost } from '../../browser-host/browser-host'",
      "import { lab } from '../../../test/support/lab-harness'",
    ],
    accepts: [
      "import { createServer } from 'node:http'",
      "import { EventEmitter } from 'events'",
      "import type { StoredCookie } from '../../shared/domain'",
      "import { LabSession } from '../lab-session'",
      "import { parse } from 'set-cookie-parser'",
    ],
  },
  'src/shared': {
    file: 'src/shared/probe.ts',
    refuses: [
      "import { readFileSync } from 'node:fs'",
      "import { join } from 'path'",
      "import { ipcRenderer } from 'electron'",
      "import { createRoot } from 'react-dom/client'",
      "import { LabSession } from '../core/lab-session'",
      "import type { PaneDriver } from '../core/pane-driver'",
      "import { registerCommandIpc } from '../main/ipc'",
      "import { hostlessApi } from '../renderer/src/host-connection'",
      "import { ipcTransport } from '../preload/ipc-transport'",
    ],
    accepts: [
      "import type { StoredCookie } from './domain'",
      "import { z } from 'zod'",
      "import type { Protocol } from 'devtools-protocol'",
    ],
  },
  'src/main': {
    file: 'src/main/probe.ts',
    refuses: [
      "import { useState } from 'react'",
      "import { chromium } from 'playwright-core'",
      "import { hostlessApi } from '../renderer/src/host-connection'",
      "import { ipcTransport } from '../preload/ipc-transport'",
      "import { startBrowserHost } from '../browser-host/browser-host'",
    ],
    accepts: [
      "import { app } from 'electron'",
      "import { join } from 'node:path'",
      "import { LabSession } from '../core/lab-session'",
      "import { dispatchCommand } from '../shared/contract-schemas'",
    ],
  },
  'src/preload': {
    file: 'src/preload/probe.ts',
    refuses: [
      "import { readFileSync } from 'node:fs'",
      "import { LabSession } from '../core/lab-session'",
      "import { registerCommandIpc } from '../main/ipc'",
      "import { validateCommand } from '../shared/contract-schemas'",
      "import { z } from 'zod'",
      "import { useState } from 'react'",
    ],
    accepts: [
      "import { contextBridge } from 'electron'",
      "import { createCookieLabApi } from '../shared/contract'",
      "import { ipcTransport } from './ipc-transport'",
    ],
  },
  'src/renderer': {
    file: 'src/renderer/src/components/Probe.tsx',
    refuses: [
      "import { ipcRenderer } from 'electron'",
      "import { readFileSync } from 'node:fs'",
      "import { LabSession } from '../../../core/lab-session'",
      "import { registerCommandIpc } from '../../../main/ipc'",
      "import { ipcTransport } from '../../../preload/ipc-transport'",
      "import { commandSchemas } from '../../../shared/contract-schemas'",
      "import { z } from 'zod'",
      "import { chromium } from 'playwright-core'",
      "type Ipc = import('electron').IpcRenderer",
    ],
    accepts: [
      "import { useState } from 'react'",
      "import { useVirtualizer } from '@tanstack/react-virtual'",
      "import type { CookieLabApi } from '../../../shared/contract'",
      "import { useApp } from '../app-context'",
      "import './Probe.css'",
    ],
  },
  'src/ui-worker': {
    file: 'src/ui-worker/probe.ts',
    refuses: [
      "import { basename } from 'node:path'",
      "import { useState } from 'react'",
      "import { ipcRenderer } from 'electron'",
      "import { hostlessApi } from '../renderer/src/host-connection'",
      "import { registerCommandIpc } from '../main/ipc'",
      "import { startBrowserHost } from '../browser-host/browser-host'",
    ],
    accepts: [
      "import { HarDesk } from '../core/har/har-desk'",
      "import type { HarWorkerRequest } from '../shared/har'",
      "import { z } from 'zod'",
    ],
  },
  'src/browser-host': {
    file: 'src/browser-host/probe.ts',
    refuses: [
      "import { app } from 'electron'",
      "import { useState } from 'react'",
      "import { registerCommandIpc } from '../main/ipc'",
      "import { ipcTransport } from '../preload/ipc-transport'",
      "import { hostlessApi } from '../renderer/src/host-connection'",
    ],
    accepts: [
      "import { chromium } from 'playwright-core'",
      "import { spawn } from 'node:child_process'",
      "import { LabSession } from '../core/lab-session'",
      "import { dispatchCommand } from '../shared/contract-schemas'",
    ],
  },
}

describe('the layer table', () => {
  for (const [layer, { file, refuses, accepts }] of Object.entries(CASES)) {
    describe(layer, () => {
      it.each(refuses)('refuses %s', async (statement) => {
        const errors = await layerErrors(file, statement)
        expect(errors).toHaveLength(1)
        expect(errors[0]).toMatch(new RegExp(`^${layer} `))
      })
      it.each(accepts)('accepts %s', async (statement) => {
        expect(await layerErrors(file, statement)).toEqual([])
      })
    })
  }

  it('names what a layer knows and what it reached for', async () => {
    expect(await layerErrors('src/core/probe.ts', "import { x } from '../main/ipc'")).toEqual([
      'src/core knows node, src/shared: it may not import src/main ("../main/ipc")',
    ])
  })

  it('asks a new folder of src for its line in the table', async () => {
    expect(await layerErrors('src/plugins/probe.ts', 'export const x = 1')).toEqual([
      'src/plugins has no entry in the layer table (eslint.config.js): add what it knows',
    ])
  })
})
