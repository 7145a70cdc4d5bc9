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
  return `${receiver}.set_cookie(${args.join(', ')})`
}
