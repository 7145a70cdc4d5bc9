// The spotlight's own pieces, shared by the panels that light up what a lesson step is about:
// the hint a screen reader reads on the lit element, the calm note while nothing matches yet,
// and the scroll that brings the lit element into its panel's view.

import { useLayoutEffect, useRef, type ReactNode, type RefObject } from 'react'
import { requestWords } from '../../../shared/lessons/check-words'
import type { LessonFocus } from '../../../shared/lessons/lesson'
import { formatMessage } from '../../../shared/messages/format-message'
import { useApp, useStore } from '../app-context'
import { scrollIntoPanel } from '../panel-scroll'
import './Spotlight.css'

/** The class of every element a spotlight lights up; the panels style it in their context. */
export const SPOTLIT = 'spotlit'

/** One hint per panel, for the lit elements' aria-describedby: ids are unique in the page. */
export const SPOTLIGHT_HINT = {
  timeline: 'spotlight-hint-timeline',
  detail: 'spotlight-hint-detail',
  store: 'spotlight-hint-store',
} as const

/** "The step is about this", read on the lit element (hidden text can still describe one). */
export function SpotlightHint({ id }: { id: string }) {
  return (
    <span id={id} hidden>
      {formatMessage('spotlight.hint', undefined)}
    </span>
  )
}

/** What the step is about while nothing on screen is it yet, in the learner's words. */
export function nothingYetWords(focus: LessonFocus): string {
  switch (focus.kind) {
    case 'row':
      return formatMessage('spotlight.waiting.row', { request: requestWords(focus) })
    case 'header':
      return formatMessage('spotlight.waiting.header', {
        request: requestWords(focus),
        header: focus.header,
      })
    case 'cookie':
      return formatMessage('spotlight.waiting.cookie', {
        request: requestWords(focus),
        cookie: focus.cookie,
      })
    case 'store':
      return formatMessage('spotlight.store.absent', {
        cookie: focus.cookie,
        domain: focus.domain ?? 'any',
      })
  }
}

/** A calm note above a panel about the step's focus, read out when it changes. */
export function SpotlightNote({ children }: { children: ReactNode }) {
  return (
    <p className="spotlight-note" role="status">
      <span className="spotlight-mark" aria-hidden="true" />
      {children}
    </p>
  )
}

/** The note while the step's focus matches nothing in the panel. */
export function SpotlightWaiting({ focus }: { focus: LessonFocus }) {
  return <SpotlightNote>{nothingYetWords(focus)}</SpotlightNote>
}

/**
 * Scrolls the first lit element inside CONTAINER into view (opening the folded sections around
 * it) once per KEY: when a step is shown, or its spotlight lights up something else, and again
 * when the settings move the layout (Presenter's type, zoom, a panel resized), which pushed the
 * lit element away. KEY's parts are compared one by one; null: no spotlight. Rendered content
 * may come later (a response's headers arrive after the row), so until the lit element exists
 * every render tries again.
 */
export function useScrollToSpotlit(
  container: RefObject<HTMLElement | null>,
  step: readonly unknown[] | null,
): void {
  const { stores } = useApp()
  const layout = useStore(stores.settings)
  const key = step && [...step, layout]
  const done = useRef<readonly unknown[] | null>(null)
  useLayoutEffect(() => {
    if (key === null) {
      done.current = null
      return
    }
    const previous = done.current
    if (previous && previous.length === key.length && previous.every((part, i) => part === key[i]))
      return
    const element = container.current?.querySelector(`.${SPOTLIT}`)
    if (!element) return
    done.current = key
    for (
      let folded = element.closest('details');
      folded;
      folded = folded.parentElement?.closest('details') ?? null
    )
      folded.open = true
    scrollIntoPanel(element)
  })
}
