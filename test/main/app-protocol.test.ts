import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_URL, appFileResponse } from '../../src/main/app-protocol'
import { uiContentSecurityPolicy } from '../../src/main/content-security-policy'

// The UI's folder as the build leaves it, beside a secret it must never serve.
let base: string
let root: string
const policy = uiContentSecurityPolicy()
const get = (url: string, method = 'GET') => appFileResponse(root, { method, url }, policy)

beforeAll(async () => {
  base = await realpath(await mkdtemp(join(tmpdir(), 'app-protocol-')))
  root = join(base, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Cookie Lab</title>')
  await writeFile(join(root, 'assets', 'har-worker-abc.js'), 'self.onmessage = () => {}')
  await writeFile(join(base, 'secret.txt'), 'not for the UI')
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.js'))
})

afterAll(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('the UI under cookie-lab://ui/', () => {
  it('serves the UI page and its scripts, typed, with the UI CSP and never sniffed', async () => {
    const page = await get(APP_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('content-security-policy')).toBe(policy)
    expect(page.headers.get('content-security-policy')).toMatch(/worker-src 'self'/)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Cookie Lab</title>')

    const worker = await get('cookie-lab://ui/assets/har-worker-abc.js?v=1#x')
    expect(worker.status).toBe(200)
    expect(worker.headers.get('content-type')).toBe('text/javascript')
    expect(await worker.text()).toBe('self.onmessage = () => {}')
    expect((await get('cookie-lab://ui/')).status).toBe(200)
  })

  it('answers HEAD without a body and refuses every other method', async () => {
    const head = await get(APP_URL, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    const post = await get(APP_URL, 'POST')
    expect(post.status).toBe(405)
    expect(post.headers.get('allow')).toBe('GET, HEAD')
  })

  it('never serves a byte from outside the folder: climbing, escapes, links, other hosts', async () => {
    const status = async (url: string) => (await get(url)).status
    expect(await status('cookie-lab://ui/..%2fsecret.txt')).toBe(403)
    expect(await status('cookie-lab://ui/%2e%2e/secret.txt')).toBe(404)
    expect(await status('cookie-lab://ui/assets/link.js')).toBe(403)
    expect(await status('cookie-lab://ui/%E0%A4%A')).toBe(400)
    expect(await status('cookie-lab://ui/index.html%00.js')).toBe(400)
    expect(await status('cookie-lab://ui/missing.js')).toBe(404)
    expect(await status('cookie-lab://other/index.html')).toBe(404)
    expect(await status('file:///index.html')).toBe(404)
    expect(await status('not a url')).toBe(400)
  })
})
