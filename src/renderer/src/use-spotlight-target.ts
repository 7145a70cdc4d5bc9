// The spotlight as the panels draw it (lesson-focus.ts), worked out once per change of what it
// depends on. Two hooks, so the timeline does not redraw for a change in the store inspector
// and the inspector not for every new row.

import { useMemo } from 'react'
import { useApp, useStore } from './app-context'
import { spotlightTarget, type SpotlightTarget } from './lesson-focus'

/** What the step on screen lights up in the timeline and the detail; null for no step or a store focus. */
export function useSpotlitExchange(): SpotlightTarget | null {
  const { stores } = useApp()
  const spotlight = useStore(stores.spotlight)
  const { entries } = useStore(stores.timeline)
  return useMemo(
    () =>
      spotlight === null || spotlight.focus.kind === 'store'
        ? null
        : spotlightTarget(spotlight, entries, []),
    [spotlight, entries],
  )
}

/** What the step on screen lights up in the store inspector; null for no step or another focus. */
export function useSpotlitStore(): SpotlightTarget | null {
  const { stores } = useApp()
  const spotlight = useStore(stores.spotlight)
  const { cookies, gone } = useStore(stores.inspector)
  return useMemo(
    () =>
      spotlight === null || spotlight.focus.kind !== 'store'
        ? null
        : // A cookie the selected row removed is still drawn, struck out: it can be lit up too.
          spotlightTarget(spotlight, [], [...(cookies ?? []), ...gone]),
    [spotlight, cookies, gone],
  )
}
