import { spawn } from 'node:child_process'
import { Agent, request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { PortInUseError, startTutorialServer } from '../../../src/core/server'
import {
  parsePortArgument,
  parseServeArguments,
  serve,
  UsageError,
} from '../../../src/core/server/serve-command'
import { canConnect, request } from './server-client'

const REPO = fileURLToPath(new URL('../../../', import.meta.url))

describe('startTutorialServer', () => {
  it('listens on 127.0.0.1 at a free port and says where', async () => {
    const server = await startTutorialServer()
    try {
      expect(server.port).toBeGreaterThan(0)
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`)
      expect((await request(server.url, '/')).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('rejects a busy port with a clear error, not a crash', async () => {
    const first = await startTutorialServer()
    try {
      const second = startTutorialServer({ port: first.port })
      await expect(second).rejects.toBeInstanceOf(PortInUseError)
      await expect(second).rejects.toThrow(`port ${first.port} is in use`)
      expect((await request(first.url, '/')).status).toBe(200)
    } finally {
      await first.close()
    }
  })

  it('rejects a port that is not a port', async () => {
    await expect(startTutorialServer({ port: 70000 })).rejects.toThrow(RangeError)
    await expect(startTutorialServer({ port: 1.5 })).rejects.toThrow(RangeError)
  })

  it('closes promptly with a keep-alive connection open, and stops answering', async () => {
    const server = await startTutorialServer()
    const agent = new Agent({ keepAlive: true })
    const status = await new Promise<number>((resolve, reject) => {
      httpRequest(`${server.url}/`, { agent }, (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(200)
    expect(Object.values(agent.freeSockets).flat()).toHaveLength(1)

    const started = Date.now()
    await server.close()
    expect(Date.now() - started).toBeLessThan(1000)
    expect(await canConnect(server.port)).toBe(false)
    await server.close()
    agent.destroy()
  })

  it('uses the given clock for max_age expiry', async () => {
    const server = await startTutorialServer({ now: () => Date.UTC(2030, 0, 2, 3, 4, 5) })
    try {
      const reply = await request(server.url, '/set?key=a&value=b&max_age=60')
      expect(reply.setCookies).toEqual([
        'a=b; Expires=Wed, 02 Jan 2030 03:05:05 GMT; Max-Age=60; Path=/',
      ])
    } finally {
      await server.close()
    }
  })
})

describe('npm run serve', () => {
  it('reads --port N and --port=N, and refuses anything else', () => {
    expect(parsePortArgument([])).toBeNull()
    expect(parsePortArgument(['--port', '8080'])).toBe(8080)
    expect(parsePortArgument(['--port=0'])).toBe(0)
    expect(() => parsePortArgument(['--port', 'x'])).toThrow(UsageError)
    expect(() => parsePortArgument(['--port'])).toThrow(UsageError)
    expect(() => parsePortArgument(['--port', '65536'])).toThrow(UsageError)
    expect(() => parsePortArgument(['--verbose'])).toThrow(UsageError)
  })

  it('reads --lang L and --lang=L: the pages speak it', async () => {
    expect(parseServeArguments([])).toEqual({ port: null, language: 'en' })
    expect(parseServeArguments(['--lang', 'zh-CN', '--port=0'])).toEqual({
      port: 0,
      language: 'zh-CN',
    })
    expect(() => parseServeArguments(['--lang=fr'])).toThrow(/--lang takes en or zh-CN, not fr/)
    expect(() => parseServeArguments(['--lang'])).toThrow(UsageError)
    const server = await serve(['--port', '0', '--lang', 'zh-CN'], () => {})
    try {
      expect(server.language).toBe('zh-CN')
      expect((await request(server.url, '/')).body).toContain('<html lang="zh-CN">')
    } finally {
      await server.close()
    }
  })

  it('falls back to a free port when the default is taken, saying so', async () => {
    const holder = await startTutorialServer()
    const lines: string[] = []
    const server = await serve([], (line) => lines.push(line), holder.port)
    try {
      expect(server.port).not.toBe(holder.port)
      expect(lines[0]).toBe(
        `Port ${holder.port} is in use (a Flask app, perhaps), so this runs on port ${server.port}.`,
      )
      expect(lines).toContain(`Cookie Lab tutorial server: ${server.url}/`)
      expect(lines).toContain(
        `Over https: ${server.httpsUrl}/ (certificate made at start-up, key SHA-256 ${server.certificate.spkiSha256})`,
      )
      expect(lines.some((line) => /POST \/setcookie\s+Set the userID cookie/.test(line))).toBe(true)
    } finally {
      await server.close()
      await holder.close()
    }
  })

  it('fails on an explicit port that is taken', async () => {
    const holder = await startTutorialServer()
    try {
      await expect(serve(['--port', String(holder.port)], () => {})).rejects.toBeInstanceOf(
        PortInUseError,
      )
    } finally {
      await holder.close()
    }
  })

  it('runs as a process, prints its URL, and stops cleanly on SIGTERM', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/core/server/cli.ts', '--port', '0'],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let output = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const found = /tutorial server: (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)
        if (found?.[1]) resolve(found[1])
      })
      child.once('exit', (code) => reject(new Error(`exited early (${code}): ${output}`)))
    })
    expect((await request(url, '/')).status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('SIGTERM: stopping the tutorial server.')
    expect(await canConnect(Number(new URL(url).port))).toBe(false)
  }, 20_000)
})
