// Importing HAR files: the real exports of other tools in test/fixtures/har (see SOURCES.md there
// for each one's quirks), Cookie Lab's own export read back, and files built to break a reader.

import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportHar } from '../../../src/core/har/har-export'
import { runHarCommand } from '../../../src/core/har/har-command'
import { MAX_HAR_DEPTH, nestingDepth, readHarText } from '../../../src/core/har/har-import'
import { formatFact } from '../../../src/shared/messages/format-message'
import { replayedFixture } from '../capture/fake-browser'

const FIXTURES = join(import.meta.dirname, '../../fixtures/har')
const fixture = (name: string) => readFile(join(FIXTURES, name), 'utf8')

async function imported(name: string) {
  const reading = readHarText(await fixture(name))
  if (!reading.ok) throw new Error(reading.problems.map((p) => formatFact(p)).join('; '))
  return reading.har
}

describe('readHarText: other tools’ real exports', () => {
  it('Chrome DevTools: the Set-Cookie line as on the wire, its verdict unknown (HAR has none)', async () => {
    const har = await imported('chrome-webinspector-localhost-set-cookie.har')
    expect(har.creator).toBe('WebInspector')
    expect(har.ownFormat).toBe(false)
    expect(har.exchanges).toHaveLength(1)
    const [exchange] = har.exchanges
    expect(exchange!.setCookies.map((l) => l.raw)).toEqual(['secret-token=abc-123; Path=/'])
    expect(exchange!.setCookies[0]!.outcome).toEqual({ status: 'unknown' })
    expect(exchange!.setCookies[0]!.parsed).toMatchObject({ name: 'secret-token', path: '/' })
    // The host-only cookie's domain that DevTools filled in is not taken for a Domain attribute.
    expect(exchange!.setCookies[0]!.parsed!.domain).toBeUndefined()
    expect(exchange!.considered).toEqual([])
  })

  it('Firefox 43: version 1.1, and seven Set-Cookie lines folded into one header come apart', async () => {
    const har = await imported('firefox-43-linkedin.com.har')
    expect(har.exchanges).toHaveLength(23)
    const home = har.exchanges[0]!
    expect(home.url).toBe('https://www.linkedin.com/')
    expect(home.setCookies.length).toBeGreaterThanOrEqual(5)
    expect(home.setCookies.every((l) => !l.raw.includes('\n'))).toBe(true)
    // Quoted values keep their quotes, as on the wire.
    expect(home.setCookies[0]!.parsed).toMatchObject({ name: 'lang', value: '"v=2&lang=en-us"' })
    const withCookies = har.exchanges.filter((e) => e.cookiePairs.length > 0)
    expect(withCookies.length).toBe(5)
    expect((await imported('firefox-43-wikipedia.org.har')).exchanges).toHaveLength(18)
  })

  it('Playwright: a redirect chain with its Set-Cookie lines, expiries as the server wrote them', async () => {
    const har = await imported('playwright-chromium-theverge.com.har')
    expect(har.exchanges).toHaveLength(3)
    expect(har.exchanges[0]!.redirectedTo).toBeTruthy()
    const lines = har.exchanges.flatMap((e) => e.setCookies)
    expect(lines).toHaveLength(5)
    expect(lines.every((l) => l.outcome.status === 'unknown')).toBe(true)
  })
})

describe('readHarText: Cookie Lab’s own export read back', () => {
  it('shows the same exchanges, cookies and verdicts (the round trip)', async () => {
    for (const scenario of ['set-get-delete', 'samesite-none-insecure', 'redirect']) {
      const { entries, exchanges, capture } = await replayedFixture(scenario)
      capture.close()
      const text = JSON.stringify(exportHar(entries, { version: '1' }))
      const reading = readHarText(text)
      expect(reading.ok).toBe(true)
      if (!reading.ok) return
      expect(reading.har.ownFormat).toBe(true)
      const pick = (e: (typeof exchanges)[number]) => ({
        seq: e.seq,
        isAsset: e.isAsset,
        resourceType: e.resourceType,
        method: e.method,
        url: e.url,
        status: e.status,
        cookieHeader: e.cookieHeader,
        cookiePairs: e.cookiePairs,
        lines: e.setCookies.map((l) => ({ raw: l.raw, outcome: l.outcome.status })),
      })
      expect(reading.har.exchanges.map(pick)).toEqual(exchanges.map(pick))
    }
  })

  it('a sanitised export reads back with its names and verdicts, and no values', async () => {
    const { entries, capture } = await replayedFixture('set-get-delete')
    capture.close()
    const reading = readHarText(
      JSON.stringify(exportHar(entries, { version: '1', sanitised: true })),
    )
    expect(reading.ok && reading.har.sanitised).toBe(true)
    if (!reading.ok) return
    const pairs = reading.har.exchanges.flatMap((e) => e.cookiePairs)
    expect(pairs.length).toBeGreaterThan(0)
    expect(pairs.every((p) => p.name !== '' && p.value === '')).toBe(true)
    // The Set-Cookie headers are emptied; each line comes back from Cookie Lab's own field,
    // its value emptied, its name, attributes and the browser's verdict kept.
    const lines = reading.har.exchanges.flatMap((e) => e.setCookies)
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line.parsed?.name).not.toBe('')
      expect(line.parsed?.value).toBe('')
      expect(line.outcome.status).not.toBe('unknown')
    }
  })
})

describe('readHarText: bad files get a clear message and crash nothing', () => {
  const problemOf = (text: string) => {
    const reading = readHarText(text)
    expect(reading.ok).toBe(false)
    return reading.ok ? '' : reading.problems.map((p) => formatFact(p)).join(' ')
  }

  it('names what is wrong: not JSON, cut short, not a HAR, a version it does not read', async () => {
    expect(problemOf('<html>')).toMatch(/not JSON/)
    const devtools = await fixture('chrome-webinspector-localhost-set-cookie.har')
    expect(problemOf(devtools.slice(0, devtools.length / 2))).toMatch(/not JSON.*cut short/s)
    expect(problemOf('{"log": {"version": "1.2"}}')).toMatch(/not a HAR file: log\.entries/)
    expect(problemOf('{"log": {"version": "3.0", "entries": []}}')).toMatch(/version 3\.0/)
    expect(problemOf('['.repeat(MAX_HAR_DEPTH + 1))).toMatch(/more than 64 levels/)
  })

  it('leaves out an entry without a request, and keeps the others, saying which', async () => {
    const har = JSON.parse(await fixture('playwright-chromium-theverge.com.har'))
    delete har.log.entries[1].request
    har.log.entries[2].startedDateTime = 'yesterday'
    const reading = readHarText(JSON.stringify(har))
    expect(reading.ok).toBe(true)
    if (!reading.ok) return
    expect(reading.har.exchanges).toHaveLength(2)
    const notes = reading.har.notes.map((n) => formatFact(n))
    expect(notes).toEqual([
      expect.stringMatching(/^Entry 1 was left out: request/),
      'Entry 2 has no valid date ("yesterday"): its time is unknown.',
    ])
  })

  it('measures nesting in one pass, strings and escapes skipped', () => {
    expect(nestingDepth('{"a": [1, {"b": "[[[[\\"{{"}]}')).toBe(3)
    // A quote after an even run of backslashes ends its string, after an odd run it does not.
    expect(nestingDepth('["\\\\"[[]]]')).toBe(3)
    expect(nestingDepth('["\\"[[]]"]')).toBe(1)
    expect(nestingDepth('["\\\\\\"[[]]"]')).toBe(1)
    expect(nestingDepth('[[["unterminated [[[[')).toBe(3)
  })

  it('measures nesting as a walk of every character would, whatever the escapes', () => {
    // The plain walk: a backslash in a string escapes the character after it.
    const walked = (text: string) => {
      let depth = 0
      let deepest = 0
      let inString = false
      for (let i = 0; i < text.length; i += 1) {
        const c = text[i]
        if (inString) {
          if (c === '\\') i += 1
          else if (c === '"') inString = false
        } else if (c === '"') inString = true
        else if (c === '{' || c === '[') deepest = Math.max(deepest, ++depth)
        else if (c === '}' || c === ']') depth -= 1
      }
      return deepest
    }
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const alphabet = ['"', '\\', '[', ']', '{', '}', 'a', ',']
    for (let run = 0; run < 2000; run += 1) {
      const length = 1 + Math.floor(random() * 40)
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * 8)]).join('')
      expect(nestingDepth(text), text).toBe(walked(text))
    }
  })
})

describe('npm run har -- summary', () => {
  const run = async (...args: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runHarCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('prints each exchange with its Cookie and Set-Cookie lines and their verdicts', async () => {
    const file = join(FIXTURES, 'firefox-43-linkedin.com.har')
    const { code, out } = await run('summary', file)
    expect(code).toBe(0)
    expect(out).toMatch(/^#1 GET https:\/\/www\.linkedin\.com\/ 200$/m)
    expect(out).toMatch(
      /^ {4}Set-Cookie: lang="v=2&lang=en-us"; .*\[the browser’s verdict is not in this file \(HAR has no field for it\)\]$/m,
    )
    expect(out).toMatch(/^ {4}Cookie: lang=/m)
    const json = JSON.parse((await run('summary', file, '--json')).out)
    expect(json.exchanges).toHaveLength(23)
  })

  it('words the verdicts of Cookie Lab’s own file as a lesson check words them', async () => {
    const { entries, capture } = await replayedFixture('samesite-none-insecure')
    capture.close()
    const file = join(await mkdtemp(join(tmpdir(), 'har-')), 'own.har')
    await writeFile(file, JSON.stringify(exportHar(entries, { version: '1' })))
    const { code, out } = await run('summary', file)
    expect(code).toBe(0)
    expect(out).toMatch(/\[refused: SameSiteNoneInsecure\]$/m)
    expect(out).not.toMatch(/not in this file/)
  })

  it('refuses a 200 MB file without reading it, and a missing one, with exit code 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'har-'))
    const huge = join(dir, 'huge.har')
    await writeFile(huge, '')
    await truncate(huge, 200 * 1024 * 1024) // sparse: no 200 MB written
    const tooBig = await run('summary', huge)
    expect(tooBig.code).toBe(1)
    expect(tooBig.err).toMatch(/209,715,200 bytes; Cookie Lab reads HAR files of up to/)
    const missing = await run('summary', join(dir, 'none.har'))
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringMatching(/none\.har: The file cannot be read: there is no such file\./),
    })
    expect((await run('export')).code).toBe(2)
  })
})
