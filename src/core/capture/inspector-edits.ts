// The inspector's edits of the store, made over CDP. Each edit is an entry of the timeline (a
// refused one too: a refusal is worth seeing), and the store changes it causes are credited to
// it, because the recorder is told which keys the edit touches while it runs.

import type { CookieKey, InspectorAction, InspectorEdit, StoredCookie } from '../../shared/domain'
import type { CookieDraft } from '../../shared/contract'
import { CodedError } from '../../shared/coded-error'
import type { CdpConnection } from './cdp-connection'
import type { EditFailure } from '../../shared/messages/facts'
import { messageOf } from '../../shared/error-message'
import { browserWordsOf, EditRefused, refusalOf, type EditSummaries } from './inspector-refusal'
import type { TimelineLog } from './timeline-log'

export interface InspectorEditsOptions {
  now: () => number
  timeline: TimelineLog
  /** The connection to edit through; throws (a CodedError) when there is none. */
  connection(command: InspectorAction): CdpConnection
  /** Credits the changes to these keys to the entry until the returned release is called. */
  expectInspector(entryId: string, keys: CookieKey[] | 'all'): () => void
  store(): readonly StoredCookie[]
  /** Reads the store now, so the edit's changes are recorded before it resolves. */
  readStore(): Promise<unknown>
}

export class InspectorEdits {
  constructor(private readonly options: InspectorEditsOptions) {}

  async setCookie(draft: CookieDraft): Promise<void> {
    const connection = this.options.connection('set')
    const what = {
      name: draft.name,
      value: shorten(draft.value),
      domain: draft.domain,
      path: draft.path,
    }
    const summary: EditSummaries = {
      done: { code: 'editSet', params: what },
      failed: (why) => ({ code: 'editSetFailed', params: { ...what, why } }),
    }
    await this.edit('set', summary, [draft], async () => {
      let success = true
      try {
        const result = await connection.send('Network.setCookie', {
          name: draft.name,
          value: draft.value,
          // A domain without a leading dot makes a host-only cookie, as the draft means it.
          domain: draft.domain,
          path: draft.path,
          secure: draft.secure,
          httpOnly: draft.httpOnly,
          ...(draft.sameSite ? { sameSite: draft.sameSite } : {}),
          ...(draft.expires !== null ? { expires: draft.expires } : {}),
          // Chromium takes the partition (CHIPS) here: without it, an edit of a partitioned
          // cookie would make a second, unpartitioned one beside it.
          ...(draft.partitionKey ? { partitionKey: draft.partitionKey } : {}),
          ...(draft.priority ? { priority: draft.priority } : {}),
        })
        success = result?.success !== false
      } catch (error) {
        throw refusalOf(draft, messageOf(error))
      }
      if (!success) throw refusalOf(draft, null)
    })
  }

  async deleteCookie(key: CookieKey): Promise<void> {
    const connection = this.options.connection('delete')
    const what = { name: key.name, domain: key.domain, path: key.path }
    await this.edit(
      'delete',
      {
        done: { code: 'editDelete', params: what },
        failed: (why) => ({ code: 'editDeleteFailed', params: { ...what, why } }),
      },
      [key],
      async () => {
        // Without the partition, Chromium deletes the unpartitioned cookie of that name only.
        await connection.send('Network.deleteCookies', {
          name: key.name,
          domain: key.domain,
          path: key.path,
          ...(key.partitionKey ? { partitionKey: key.partitionKey } : {}),
        })
      },
    )
  }

  async clearCookies(): Promise<void> {
    const connection = this.options.connection('clear')
    const summary: EditSummaries = {
      done: { code: 'editClear' },
      failed: (why) => ({ code: 'editClearFailed', params: { why } }),
    }
    await this.edit('clear', summary, 'all', async () => {
      try {
        await connection.send('Network.clearBrowserCookies')
      } catch {
        // Some hosts refuse the browser-wide command; deleting each cookie clears the same store.
        for (const cookie of this.options.store()) {
          await connection.send('Network.deleteCookies', {
            name: cookie.name,
            domain: cookie.domain,
            path: cookie.path,
            ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
          })
        }
      }
    })
  }

  /** Records an inspector edit, runs it, and credits the store changes it caused to it. */
  private async edit(
    action: InspectorAction,
    summary: EditSummaries,
    keys: CookieKey[] | 'all',
    command: () => Promise<void>,
  ): Promise<void> {
    const { timeline } = this.options
    const seq = timeline.nextSeq()
    const entry: InspectorEdit = {
      kind: 'inspector-edit',
      id: `edit-${seq}`,
      seq,
      time: this.options.now(),
      storeChanges: [],
      action,
      summary: summary.done,
    }
    timeline.put(entry)
    const release = this.options.expectInspector(entry.id, keys)
    try {
      await command()
    } catch (error) {
      release()
      // The attempt stays in the timeline: a refusal is worth seeing.
      // The browser's words without the protocol's wrapping ("cdpSession.send: Protocol error …").
      const words = browserWordsOf(messageOf(error))
      const why: EditFailure =
        error instanceof EditRefused
          ? (error.reason ?? { code: 'browserRefusedIt' })
          : { code: 'editFailed', params: { error: words } }
      const current = timeline.byId(entry.id) ?? entry
      timeline.put({ ...current, summary: summary.failed(why) } as InspectorEdit)
      throw error instanceof CodedError ? error : new Error(words)
    }
    try {
      await this.options.readStore()
    } finally {
      release()
    }
  }
}

function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
