// The browser pane as the toolbar sees it: where it is, whether it can go back, whether it
// crashed, and the last navigation error in words. Commands go to the host; the pane state that
// comes back (or arrives as an event) replaces what is here.

import type { CookieLabApi } from '../../../shared/contract'
import type { PaneState } from '../../../shared/domain'
import { formatFact } from '../../../shared/messages/format-message'
import { ChangeEmitter, type ExternalStore } from './change-emitter'
import { readableError } from './readable-error'

export type PaneApi = Pick<CookieLabApi, 'navigate' | 'goBack' | 'goForward' | 'reload' | 'goHome'>

export interface PaneSnapshot {
  pane: PaneState
  /** The last command's error, in plain words; cleared by the next command. */
  error: string | null
}

const BLANK_PANE: PaneState = {
  url: '',
  title: '',
  canGoBack: false,
  canGoForward: false,
  loading: false,
  crashed: false,
}

export class PaneStore implements ExternalStore<PaneSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private snapshot: PaneSnapshot = { pane: BLANK_PANE, error: null }

  constructor(private readonly api: PaneApi) {}

  subscribe = this.emitter.subscribe
  getSnapshot = (): PaneSnapshot => this.snapshot

  setPane(pane: PaneState): void {
    this.snapshot = { ...this.snapshot, pane }
    this.emitter.emit()
  }

  /** A path on the tutorial server (`/getcookie`) or a full URL. Resolves false on error. */
  navigate(target: string): Promise<boolean> {
    const trimmed = target.trim()
    if (trimmed === '') {
      // The host would refuse it with the same fact (core/pane-target.ts); no need to ask.
      this.setError(formatFact({ code: 'targetEmpty' }))
      return Promise.resolve(false)
    }
    return this.run(() => this.api.navigate(trimmed))
  }

  goBack = (): Promise<boolean> => this.run(() => this.api.goBack())
  goForward = (): Promise<boolean> => this.run(() => this.api.goForward())
  reload = (): Promise<boolean> => this.run(() => this.api.reload())
  goHome = (): Promise<boolean> => this.run(() => this.api.goHome())

  clearError(): void {
    if (this.snapshot.error !== null) this.setError(null)
  }

  private setError(error: string | null): void {
    this.snapshot = { ...this.snapshot, error }
    this.emitter.emit()
  }

  private async run(command: () => Promise<PaneState>): Promise<boolean> {
    this.clearError()
    try {
      this.setPane(await command())
      return true
    } catch (error) {
      this.setError(readableError(error))
      return false
    }
  }
}
