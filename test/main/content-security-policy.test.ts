import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { uiContentSecurityPolicy } from '../../src/main/content-security-policy'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const [name = '', ...sources] = part.trim().split(/\s+/)
        return [name, sources]
      }),
  )
}

describe('uiContentSecurityPolicy', () => {
  it('is strict for the built UI: own scripts and workers only, no inline scripts, no framing, no forms', () => {
    const policy = directives(uiContentSecurityPolicy())
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('worker-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('frame-src')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(uiContentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it('says what the renderer’s meta tag says, so the header never blocks what the page needs', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1]
    expect(meta, 'the renderer declares its CSP in a meta tag').toBeDefined()
    const header = directives(uiContentSecurityPolicy())
    for (const [name, sources] of directives(meta ?? '')) {
      expect(header.get(name), name).toEqual(sources)
    }
  })

  it('lets the dev server inject its inline helpers and open its websocket, and nothing more', () => {
    const policy = directives(uiContentSecurityPolicy('http://localhost:5173'))
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('worker-src')).toEqual(["'self'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
  })
})
