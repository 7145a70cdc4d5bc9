// Hands the stores and the host API down the tree. Components read state through `useStore` and
// call store methods; only the pane slot talks to the API directly (to report its bounds).

import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
} from 'react'
import type { CookieLabApi } from '../../shared/contract'
import type { Locale } from '../../shared/messages/format-message'
import type { AppStores } from './stores/app-stores'
import type { ExternalStore } from './stores/change-emitter'

export interface AppContextValue {
  stores: AppStores
  api: CookieLabApi
}

export const AppContext = createContext<AppContextValue | null>(null)

export function useApp(): AppContextValue {
  const value = useContext(AppContext)
  if (!value) throw new Error('useApp needs an <AppContext.Provider>')
  return value
}

export function useStore<T>(store: ExternalStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/**
 * SELECT of a store's value, for work that may lag a moment behind the store: React renders its
 * changes in the background (a transition, in slices it can pause), never in the task that made
 * them. `useStore` would render the component again at once, inside that task, even when all it
 * does with the value is hand it to `useDeferredValue`.
 */
export function useStoreInBackground<T, S>(store: ExternalStore<T>, select: (value: T) => S): S {
  const [selected, setSelected] = useState(() => select(store.getSnapshot()))
  useEffect(() => {
    const update = () => startTransition(() => setSelected(select(store.getSnapshot())))
    // A change between the first render and this subscription is not missed.
    update()
    return store.subscribe(update)
  }, [store, select])
  return selected
}

/**
 * The UI's language. Messages take it by themselves (settings-dom.ts sets it for every message
 * formatted); a memoised component reads it here so that it renders again when it changes.
 */
export function useLanguage(): Locale {
  const { settings } = useApp().stores
  return useSyncExternalStore(settings.subscribe, () => settings.getSnapshot().language)
}
