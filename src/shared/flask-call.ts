// The Flask `set_cookie` call that produces a cookie, written as Python source. The tutorial
// server prints it on the playground page and the renderer shows it in the detail view, so both
// take it from here. Pure: no Node.

/** `Response.set_cookie`'s keyword parameters, named as Flask names them. */
export interface SetCookieOptions {
  max_age?: number | null
  /** Unix seconds, as the playground takes them (Werkzeug accepts a number as a timestamp). */
  expires?: number | null
  /** Flask's default is '/'; null sends no Path attribute. */
  path?: string | null
  domain?: string | null
  secure?: boolean
  httponly?: boolean
  samesite?: string | null
  /** CHIPS. Newer Werkzeug than the seeds' 2.2 takes it; the playground offers it for the embed lesson. */
  partitioned?: boolean
}

export interface SetCookieParams extends SetCookieOptions {
  key: string
  value?: string
}

// Python's str.isprintable() is false for these categories (space excepted), and repr() escapes
// exactly the characters it finds unprintable.
const UNPRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u

/** A string literal as Python's `repr()` writes it, so the shown code is the code that ran. */
export function pythonStringLiteral(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'"
  let out = quote
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (char === quote || char === '\\') out += `\\${char}`
    else if (char === '\t') out += '\\t'
    else if (char === '\n') out += '\\n'
    else if (char === '\r') out += '\\r'
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`
    else if (code < 0x7f || !UNPRINTABLE.test(char)) out += char
    else if (code <= 0xff) out += `\\x${hex(code, 2)}`
    else if (code <= 0xffff) out += `\\u${hex(code, 4)}`
    else out += `\\U${hex(code, 8)}`
  }
  return out + quote
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0')
}

/**
 * `resp.set_cookie('theme', 'dark', max_age=60, samesite='Lax')`: the key and value always,
 * then only the keywords that differ from Flask's defaults, in Flask's parameter order.
 */
export function flaskSetCookieCall(params: SetCookieParams, receiver = 'resp'): string {
  const args = [pythonStringLiteral(params.key), pythonStringLiteral(params.value ?? '')]
  if (params.max_age != null) args.push(`max_age=${params.max_age}`)
  if (params.expires != null) args.push(`expires=${params.expires}`)
  if (params.path === null) args.push('path=None')
  else if (params.path !== undefined && params.path !== '/') {
    args.push(`path=${pythonStringLiteral(params.path)}`)
  }
  if (params.domain != null) args.push(`domain=${pythonStringLiteral(params.domain)}`)
  if (params.secure) args.push('secure=True')
  if (params.httponly) args.push('httponly=True')
  if (params.samesite != null) args.push(`samesite=${pythonStringLiteral(params.samesite)}`)
  if (params.partitioned) args.push('partitioned=True')
  return `${receiver}.set_cookie(${args.join(', ')})`
}

/** What the playground (`GET /set`) reads its query from: URLSearchParams or a Map. */
export interface QueryFields {
  get(name: string): string | null | undefined
  has(name: string): boolean
}

export type PlaygroundProblem =
  | { field: 'key'; problem: 'missing' }
  | { field: 'max_age' | 'expires'; problem: 'not-an-integer' }
  | { field: PlaygroundFlag; problem: 'not-a-flag' }

export type PlaygroundQuery =
  { ok: true; params: SetCookieParams } | ({ ok: false } & PlaygroundProblem)

export type PlaygroundFlag = 'secure' | 'httponly' | 'partitioned'

const FLAG_ON = ['1', 'true', 'yes', 'on']
const FLAG_OFF = ['', '0', 'false', 'no', 'off']
// Python's int() takes surrounding whitespace and a sign, nothing else.
const INTEGER = /^\s*[+-]?\d+\s*$/

/**
 * The set_cookie call a playground query asks for, read as the route's Flask code in
 * TUTORIAL_ROUTES reads it: empty means Flask's default. The server answers a problem with 400.
 */
export function readPlaygroundQuery(query: QueryFields): PlaygroundQuery {
  const key = query.get('key') ?? ''
  if (key === '') return { ok: false, field: 'key', problem: 'missing' }
  const integers: Record<'max_age' | 'expires', number | null> = { max_age: null, expires: null }
  for (const field of ['max_age', 'expires'] as const) {
    const text = query.get(field) ?? ''
    if (text === '') continue
    const number = Number(text.trim())
    if (!INTEGER.test(text) || !Number.isSafeInteger(number)) {
      return { ok: false, field, problem: 'not-an-integer' }
    }
    integers[field] = number + 0 // -0 is 0, as Python writes it
  }
  const flags: Record<PlaygroundFlag, boolean> = {
    secure: false,
    httponly: false,
    partitioned: false,
  }
  for (const field of ['secure', 'httponly', 'partitioned'] as const) {
    const text = (query.get(field) ?? '').trim().toLowerCase()
    if (FLAG_ON.includes(text)) flags[field] = true
    else if (!FLAG_OFF.includes(text)) return { ok: false, field, problem: 'not-a-flag' }
  }
  return {
    ok: true,
    params: {
      key,
      value: query.get('value') ?? '',
      ...integers,
      path: query.get('path') || '/',
      domain: query.get('domain') || null,
      ...flags,
      samesite: query.get('samesite') || null,
    },
  }
}

/** Whether a playground flag's text turns it on (1, true, yes, on, in any case). */
export function isFlagOn(text: string | null | undefined): boolean {
  return FLAG_ON.includes((text ?? '').trim().toLowerCase())
}
