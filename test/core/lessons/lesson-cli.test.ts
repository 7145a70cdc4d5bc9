// `npm run lesson -- check` as a teacher runs it: a child process, its words and its exit code.

import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lessonWith, TINY_LESSON } from './lesson-text'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))
const BUILT_IN = 'src/core/lessons/built-in/01-set-get-delete.yaml'

interface Run {
  code: number
  stdout: string
  stderr: string
}

function lesson(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/lesson.ts', ...args],
      { cwd: REPO },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? -1) : 0, stdout, stderr })
      },
    )
  })
}

let folder = ''
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'lesson-cli-'))
})
afterAll(async () => {
  await rm(folder, { recursive: true, force: true })
})

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(folder, name)
  await writeFile(path, content)
  return path
}

// Each run starts Node and tsx: about a second alone, several on a busy machine.
describe('npm run lesson -- check', { timeout: 30_000 }, () => {
  it('says "ok: N steps" and exits 0 for a valid lesson', async () => {
    const run = await lesson('check', BUILT_IN)
    expect(run).toEqual({ code: 0, stdout: `ok: 5 steps in ${BUILT_IN}\n`, stderr: '' })
  })

  it('prints each problem with file, line, column and field, and exits 1', async () => {
    const path = await file(
      'broken.yaml',
      lessonWith(11, '      kind: teleport').replace('cookie: userID }', 'cookie: sessionID }'),
    )
    const run = await lesson('check', path)
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `${path}:11:13: steps[0].action.kind: "teleport" is not one of: navigate, submit-form, click-link, script, add-cookie, delete-cookie, learner.\n`,
    )
  })

  it('reports a cross-field problem once the schema holds', async () => {
    const path = await file(
      'unset.yaml',
      TINY_LESSON.replace('cookie: userID }', 'cookie: sessionID }'),
    )
    const run = await lesson('check', path)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(
      new RegExp(
        `^${path.replace(/[.\\]/g, '\\$&')}:23:49: steps\\[1\\]\\.checks\\[0\\]\\.cookie: No step sets the cookie "sessionID"`,
      ),
    )
  })

  it('refuses a huge file by its size, without a stack trace, and exits 1', async () => {
    const path = await file('huge.yaml', `# ${'x'.repeat(300 * 1024)}\n`)
    const run = await lesson('check', path)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe(
      `${path}: The file is 307,203 bytes; a lesson may be at most 262,144 bytes, so it was not read.\n`,
    )
  })

  it('exits 2 for a file that cannot be read, and checks the other files given', async () => {
    const missing = join(folder, 'missing.yaml')
    const run = await lesson('check', missing, BUILT_IN)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`${missing}: The file cannot be read: there is no such file.\n`)
    expect(run.stdout).toBe(`ok: 5 steps in ${BUILT_IN}\n`)
  })

  it('exits 2 with the usage for no file, for check and for verify', async () => {
    const bare = await lesson('check')
    expect(bare.code).toBe(2)
    expect(bare.stderr).toMatch(
      /^check needs a lesson file\.\nusage: npm run lesson -- check <file>/,
    )
    const verify = await lesson('verify')
    expect(verify.code).toBe(2)
    expect(verify.stderr).toMatch(
      /^verify needs lesson files, or --all for the built-in ones\.\nusage:/,
    )
  })
})
