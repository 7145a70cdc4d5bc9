// Small builders for the data the UI receives, so each test states only what it is about.
// Shapes follow src/shared/domain.ts; nothing here imitates the capture core's logic.

import type {
  CaptureGap,
  ChangeType,
  ConsideredCookie,
  Exchange,
  InspectorEdit,
  ParsedSetCookie,
  ScriptWrite,
  SetCookieLine,
  StoreChange,
  StoredCookie,
} from '../../src/shared/domain'
import type { SetCookieProblem } from '../../src/shared/messages/facts'
import type { LessonStep } from '../../src/shared/lessons/lesson'

export const SERVER_URL = 'http://127.0.0.1:5123'
export const T0 = Date.UTC(2026, 10, 25, 10, 0, 0)

let nextSeq = 1
/** A fresh seq per entry, so tests that do not care about order still get distinct ones. */
export function takeSeq(): number {
  return nextSeq++
}

export function makeCookie(overrides: Partial<StoredCookie> = {}): StoredCookie {
  const name = overrides.name ?? 'userID'
  const value = overrides.value ?? 'alice'
  return {
    name,
    value,
    domain: '127.0.0.1',
    path: '/',
    expires: null,
    size: name.length + value.length,
    httpOnly: false,
    secure: false,
    sameSite: null,
    hostOnly: true,
    partitionKey: null,
    priority: 'Medium',
    sourceScheme: 'NonSecure',
    sourcePort: 80,
    ...overrides,
  }
}

export function makeChange(
  type: ChangeType,
  cookie: StoredCookie,
  cause: StoreChange['cause'] = { by: 'script' },
): StoreChange {
  return { type, cookie, cause, at: T0 }
}

export function makeParsed(overrides: Partial<ParsedSetCookie> = {}): ParsedSetCookie {
  return {
    name: 'userID',
    value: 'alice',
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: null,
    partitioned: false,
    ...overrides,
  }
}

export function makeSetCookieLine(
  raw: string,
  parsed: Partial<ParsedSetCookie> | null,
  outcome: SetCookieLine['outcome'] = { status: 'stored' },
  problems: SetCookieProblem[] = [],
): SetCookieLine {
  return { raw, parsed: parsed === null ? null : makeParsed(parsed), problems, outcome }
}

export function considered(cookie: StoredCookie, blockedReasons: string[] = []): ConsideredCookie {
  return { cookie, blockedReasons }
}

export function makeExchange(overrides: Partial<Exchange> = {}): Exchange {
  const seq = overrides.seq ?? takeSeq()
  const url = overrides.url ?? `${SERVER_URL}/getcookie`
  const cookiePairs = overrides.cookiePairs ?? []
  const cookieHeader = cookiePairs.length
    ? cookiePairs.map((pair) => `${pair.name}=${pair.value}`).join('; ')
    : null
  const setCookies = overrides.setCookies ?? []
  return {
    kind: 'exchange',
    id: `x${seq}`,
    seq,
    time: T0 + seq * 1000,
    storeChanges: [],
    requestId: `r${seq}`,
    hop: 0,
    method: 'GET',
    url,
    resourceType: 'Document',
    isAsset: false,
    state: 'complete',
    status: 200,
    statusText: 'OK',
    mimeType: 'text/html',
    requestHeaders: [
      { name: 'Host', value: URL.canParse(url) ? new URL(url).host : '127.0.0.1' },
      ...(cookieHeader ? [{ name: 'Cookie', value: cookieHeader }] : []),
    ],
    responseHeaders: [
      { name: 'Content-Type', value: 'text/html; charset=utf-8' },
      ...setCookies.map((line) => ({ name: 'Set-Cookie', value: line.raw })),
    ],
    cookieHeader,
    cookiePairs,
    considered: cookiePairs.map((pair) => considered(makeCookie(pair))),
    setCookies,
    finishedAt: T0 + seq * 1000 + 5,
    ...overrides,
  }
}

export function makeScriptWrite(overrides: Partial<ScriptWrite> = {}): ScriptWrite {
  const seq = overrides.seq ?? takeSeq()
  return {
    kind: 'script-write',
    id: `w${seq}`,
    seq,
    time: T0 + seq * 1000,
    pageUrl: `${SERVER_URL}/cookies`,
    storeChanges: [makeChange('added', makeCookie({ name: 'theme', value: 'dark' }))],
    ...overrides,
  }
}

export function makeInspectorEdit(overrides: Partial<InspectorEdit> = {}): InspectorEdit {
  const seq = overrides.seq ?? takeSeq()
  return {
    kind: 'inspector-edit',
    id: `i${seq}`,
    seq,
    time: T0 + seq * 1000,
    action: 'set',
    summary: {
      code: 'editSet',
      params: { name: 'lang', value: 'fr', domain: 'localhost', path: '/' },
    },
    storeChanges: [],
    ...overrides,
  }
}

export function makeGap(overrides: Partial<CaptureGap> = {}): CaptureGap {
  const seq = overrides.seq ?? takeSeq()
  return {
    kind: 'capture-gap',
    id: `g${seq}`,
    seq,
    time: T0 + seq * 1000,
    storeChanges: [],
    reason: { code: 'debuggerDetached', params: { detail: 'DevTools opened on the pane' } },
    endedAt: null,
    ...overrides,
  }
}

/** A navigation to a host that does not exist, as capture keeps it: failed before it went out. */
export function makeFailedExchange(overrides: Partial<Exchange> = {}): Exchange {
  return makeExchange({
    url: 'http://no-such-host.invalid/',
    state: 'failed',
    status: null,
    failure: { code: 'browserError', params: { errorText: 'net::ERR_NAME_NOT_RESOLVED' } },
    requestHeaders: null,
    responseHeaders: null,
    ...overrides,
  })
}

/**
 * A lesson step that asks whether /getcookie will carry userID (answer: yes) before it visits
 * it, and checks that it did: the predict-then-reveal step the player's tests walk through.
 */
export function makePredictedSentStep(overrides: Partial<LessonStep> = {}): LessonStep {
  return {
    id: 'sent',
    title: 'Sent?',
    text: 'Visit /getcookie.',
    action: { kind: 'navigate', url: '/getcookie' },
    focus: { kind: 'cookie', cookie: 'userID', path: '/getcookie' },
    prediction: {
      question: 'Will it carry userID?',
      choices: [
        { id: 'yes', text: 'Yes' },
        { id: 'no', text: 'No' },
      ],
      answer: 'yes',
    },
    checks: [{ kind: 'sent', path: '/getcookie', cookie: 'userID' }],
    ...overrides,
  }
}
