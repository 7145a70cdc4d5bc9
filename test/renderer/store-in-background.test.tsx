// @vitest-environment jsdom
// useStoreInBackground: a component that reads a store this way is not rendered again in the task
// that changed the store (useStore's components are, in a microtask of it), and still ends at
// the store's newest value.
import { useLayoutEffect, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, expect, it } from 'vitest'
import { useStore, useStoreInBackground } from '../../src/renderer/src/app-context'
import { ChangeEmitter, type ExternalStore } from '../../src/renderer/src/stores/change-emitter'

class NumberStore implements ExternalStore<{ n: number }> {
  private readonly emitter = new ChangeEmitter()
  private value = { n: 0 }
  subscribe = this.emitter.subscribe
  getSnapshot = () => this.value
  set(n: number) {
    this.value = { n }
    this.emitter.emit()
  }
}

const nOf = (value: { n: number }) => value.n

let root: Root | null = null
afterEach(() => {
  root?.unmount()
  root = null
})

/** Renders TREE into a fresh root, which the test's end unmounts. */
function mount(tree: ReactNode) {
  root = createRoot(document.createElement('div'))
  root.render(tree)
}

/** Renders a component of each kind over STORE; answers what each has rendered, in order. */
function renderBoth(store: NumberStore) {
  const seen = { background: [] as number[], atOnce: [] as number[] }
  function Background() {
    seen.background.push(useStoreInBackground(store, nOf))
    return null
  }
  function AtOnce() {
    seen.atOnce.push(useStore(store).n)
    return null
  }
  mount(
    <>
      <Background />
      <AtOnce />
    </>,
  )
  return seen
}

const microtasksRun = async () => {
  for (let i = 0; i < 10; i += 1) await Promise.resolve()
}
const settled = () => new Promise((resolve) => setTimeout(resolve, 50))

it('renders a change after the task that made it, not inside it', async () => {
  const store = new NumberStore()
  const seen = renderBoth(store)
  await settled()
  expect(seen.background.at(-1)).toBe(0)

  store.set(1)
  await microtasksRun()
  // useStore's component has drawn 1 already; the background one has not rendered at all.
  expect(seen.atOnce.at(-1)).toBe(1)
  const backgroundRenders = seen.background.length
  expect(seen.background.at(-1)).toBe(0)

  await settled()
  expect(seen.background.length).toBeGreaterThan(backgroundRenders)
  expect(seen.background.at(-1)).toBe(1)
})

it('ends at the newest value after several changes in a row', async () => {
  const store = new NumberStore()
  const seen = renderBoth(store)
  await settled()
  for (let n = 1; n <= 20; n += 1) store.set(n)
  await settled()
  expect(seen.background.at(-1)).toBe(20)
})

it('keeps a change made between its first render and its subscription', async () => {
  const store = new NumberStore()
  const seen: number[] = []
  function Background() {
    seen.push(useStoreInBackground(store, nOf))
    return null
  }
  // Layout effects run before passive ones: this change comes after Background read 0 and
  // before its effect subscribed, and no later change would bring it.
  function Changer() {
    useLayoutEffect(() => store.set(7), [])
    return null
  }
  mount(
    <>
      <Background />
      <Changer />
    </>,
  )
  await settled()
  expect(seen[0]).toBe(0)
  expect(seen.at(-1)).toBe(7)
})
