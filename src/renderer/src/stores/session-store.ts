// Where the UI stands with its host: connecting, ready (with the tutorial server's address), or
// failed to start. Everything that needs the server's URL reads it from here.

import { ChangeEmitter, type ExternalStore } from './change-emitter'

export type SessionSnapshot =
  | { phase: 'connecting'; serverUrl: null; homeUrl: null; error: null }
  | { phase: 'ready'; serverUrl: string; homeUrl: string; error: null }
  | { phase: 'failed'; serverUrl: null; homeUrl: null; error: string }

export class SessionStore implements ExternalStore<SessionSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private snapshot: SessionSnapshot = {
    phase: 'connecting',
    serverUrl: null,
    homeUrl: null,
    error: null,
  }

  subscribe = this.emitter.subscribe
  getSnapshot = (): SessionSnapshot => this.snapshot

  ready(serverUrl: string, homeUrl: string): void {
    this.snapshot = { phase: 'ready', serverUrl, homeUrl, error: null }
    this.emitter.emit()
  }

  failed(error: string): void {
    this.snapshot = { phase: 'failed', serverUrl: null, homeUrl: null, error }
    this.emitter.emit()
  }
}

/** The tutorial server's host (with port), to tell its URLs from other sites'. */
export function hostOfUrl(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).host
  } catch {
    return null
  }
}
