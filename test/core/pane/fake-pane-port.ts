// A PanePort with a history list and nothing else: it records what the lifecycle asks of it and
// lets a test fire the events a real page would (a crash, a popup, a title change).

import type { GapReason } from '../../../src/shared/messages/facts'
import {
  PaneLoadError,
  type PanePort,
  type PanePortEvent,
  type PaneReading,
} from '../../../src/core/pane/pane-port'

export class FakePanePort implements PanePort {
  readonly calls: string[] = []
  readonly zooms: Array<{ factor: number; newPage: boolean }> = []
  readonly suspended: GapReason[] = []
  history: string[] = []
  index = -1
  title = ''
  destroyed = false
  /** The next load fails with this (message, code). */
  failNext: { message: string; code?: string } | null = null
  private readonly listeners = new Set<(event: PanePortEvent) => void>()

  async prepare({ replaceCrashed }: { replaceCrashed: boolean }): Promise<void> {
    this.calls.push(replaceCrashed ? 'prepare:replace' : 'prepare')
    if (replaceCrashed) this.destroyed = false
  }

  async load(url: string): Promise<void> {
    this.calls.push(`load ${url}`)
    if (this.failNext) {
      const { message, code } = this.failNext
      this.failNext = null
      throw new PaneLoadError(message, code)
    }
    this.history = [...this.history.slice(0, this.index + 1), url]
    this.index = this.history.length - 1
    this.emit({ type: 'navigated' })
  }

  async goBack(): Promise<void> {
    this.calls.push('back')
    if (this.index <= 0) return
    this.index -= 1
    this.emit({ type: 'navigated' })
  }

  async goForward(): Promise<void> {
    this.calls.push('forward')
    if (this.index >= this.history.length - 1) return
    this.index += 1
    this.emit({ type: 'navigated' })
  }

  async reload(): Promise<void> {
    this.calls.push('reload')
    this.emit({ type: 'navigated' })
  }

  async applyZoom(factor: number, newPage: boolean): Promise<void> {
    this.zooms.push({ factor, newPage })
  }

  readonly colorSchemes: string[] = []

  async applyColorScheme(scheme: string): Promise<void> {
    this.colorSchemes.push(scheme)
  }

  readonly scripts: Array<{ page: string; source: string }> = []
  async runScript(page: string, source: string): Promise<unknown> {
    this.scripts.push({ page, source })
    return undefined
  }

  async read(): Promise<PaneReading | null> {
    if (this.destroyed) return null
    return {
      url: this.history[this.index] ?? '',
      title: this.title,
      canGoBack: this.index > 0,
      canGoForward: this.index < this.history.length - 1,
      loading: false,
    }
  }

  suspendCapture(reason: GapReason): void {
    this.suspended.push(reason)
  }

  on(listener: (event: PanePortEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  get listenerCount(): number {
    return this.listeners.size
  }

  emit(event: PanePortEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}
