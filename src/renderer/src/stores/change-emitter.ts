// The tiny store interface React's useSyncExternalStore reads: subscribe + getSnapshot. Stores
// own one of these and call `emit()` after every change; snapshots are immutable objects.

export type Listener = () => void

export interface ExternalStore<T> {
  subscribe(listener: Listener): () => void
  getSnapshot(): T
}

export class ChangeEmitter {
  private readonly listeners = new Set<Listener>()

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  emit(): void {
    for (const listener of [...this.listeners]) listener()
  }

  get size(): number {
    return this.listeners.size
  }
}
