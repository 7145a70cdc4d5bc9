import { describe, expect, it } from 'vitest'
import { uiContentSecurityPolicy } from '../../src/main/content-security-policy'

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/)
      return [name, sources]
    }),
  )
}

describe('uiContentSecurityPolicy', () => {
  it('is strict for the built UI: own scripts only, no inline code, no framing, no forms', () => {
    const policy = directives(uiContentSecurityPolicy())
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('form-action')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(uiContentSecurityPolicy()).not.toContain('unsafe')
  })

  it('lets the dev server inject its inline helpers and open its websocket, and nothing more', () => {
    const policy = directives(uiContentSecurityPolicy('http://localhost:5173'))
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy.get('connect-src')).toEqual(["'self'", 'ws://localhost:5173'])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
  })
})
