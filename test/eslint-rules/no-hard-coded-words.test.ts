// The hard-coded-words rule in eslint.config.js (eslint-plugin-i18next's no-literal-string with
// eslint-rules/no-hard-coded-words.js), proved on small in-memory components linted with the
// project's own config: the words a user reads written in the code are errors; the catalogue's
// messages, class names, ids, test ids, keys, header names and code are not.

import { resolve } from 'node:path'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

const REPO = resolve(import.meta.dirname, '../..')
const COMPONENT = resolve(REPO, 'src/renderer/src/components/Probe.tsx')
let eslint: ESLint

beforeAll(async () => {
  eslint = new ESLint({ cwd: REPO })
  await eslint.lintText('export {}\n', { filePath: COMPONENT })
}, 60_000)

/** The hard-coded words the rule finds in a component that renders JSX. */
async function hardCoded(jsx: string): Promise<string[]> {
  const source = [
    "import { formatMessage } from '../../../shared/messages/format-message'",
    `export function Probe({ on }: { on: boolean }) {`,
    `  return (${jsx})`,
    '}',
    '',
  ].join('\n')
  const [result] = await eslint.lintText(source, { filePath: COMPONENT })
  const fatal = result!.messages.filter((message) => message.fatal)
  expect(fatal).toEqual([])
  return result!.messages
    .filter((message) => message.ruleId === 'i18next/no-literal-string')
    .map((message) => message.message)
}

describe('the hard-coded-words rule', () => {
  it.each([
    ['JSX text', '<p>The store is empty.</p>'],
    ['a button', '<button type="button">Clear all</button>'],
    ['an accessible name', '<section aria-label="Browser pane" />'],
    ['a tooltip', '<span title="Blocked by the browser" />'],
    ['a placeholder', '<input placeholder="Filter by name" />'],
    ['an image text', '<img alt="A cookie" src="x.png" />'],
    ['a component’s label', '<Probe label="Resize the timeline" on />'],
    ['words in a condition', "<p>{on ? 'stored' : 'not stored'}</p>"],
    ['words in a template', '<p title={`${1} cookies`} />'],
    ['Chinese text', '<p>时间线</p>'],
  ])('finds %s', async (_what, jsx) => {
    expect(await hardCoded(jsx)).not.toEqual([])
  })

  it.each([
    ['a catalogue message', "<p>{formatMessage('ui.timeline.heading', undefined)}</p>"],
    [
      'class names, ids, test ids, types and keys',
      '<input className="filter-input" id="timeline-filter" data-testid="filter" type="search" key="k" />',
    ],
    [
      'header and attribute names, as on the wire',
      '<p><code>Set-Cookie</code> <code>Cookie</code> HttpOnly</p>',
    ],
    ['code', '<code>document.cookie</code>'],
    ['marks without letters', '<span aria-hidden="true">← ⌂ ▲</span>'],
    ['the app’s name', '<h1>Cookie Lab</h1>'],
    [
      'a select’s value given to the catalogue',
      "<p>{formatMessage('ui.store.flag', { flag: 'Secure', on: on ? 'yes' : 'no' })}</p>",
    ],
  ])('lets %s through', async (_what, jsx) => {
    expect(await hardCoded(jsx)).toEqual([])
  })
})
