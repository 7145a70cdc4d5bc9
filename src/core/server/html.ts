// The tutorial server's only HTML writer: an `html` tagged template that escapes every value
// unless it is already SafeHtml. Everything a route echoes passes through here, so escaping
// cannot be forgotten in a route; the one page layout is page-layout.ts.

export class SafeHtml {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text
  }
}

export type HtmlValue =
  SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[]

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.text
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/** html`<p>${untrusted}</p>`: values are escaped; SafeHtml and arrays of it are kept. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}

/**
 * An inline script that runs under the page's CSP only because it carries this response's nonce.
 * `source` is code written in this repository, never request data.
 */
export function inlineScript(nonce: string, source: string): SafeHtml {
  if (/<\/script/i.test(source)) throw new Error('an inline script cannot contain </script')
  return new SafeHtml(`<script nonce="${escapeHtml(nonce)}">${source}</script>`)
}

/**
 * Words for an inline script (a page's own messages): a JavaScript object literal in JSON, with
 * `<` escaped so that no `</script` can occur in it.
 */
export function scriptWords(words: Record<string, string>): string {
  return JSON.stringify(words).replace(/</g, '\\u003c')
}

/** A link whose text is WORDS. */
export function link(href: string, words: string): SafeHtml {
  return html`<a href="${href}">${words}</a>`
}

/** A table with a header row; ROWS are its `<tr>` elements. */
export function table(headers: readonly string[], rows: readonly SafeHtml[]): SafeHtml {
  const heads = headers.map((header) => html`<th scope="col">${header}</th>`)
  return html`<table>
    <thead>
      <tr>
        ${heads}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`
}
