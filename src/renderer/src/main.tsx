// Entry point: make the stores, connect them to the host's `window.cookieLab`, render the UI.

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// The theme and the base come first: each component's own stylesheet builds on them.
import './theme.css'
import './base.css'
import './cjk-font'
import { AppContext } from './app-context'
import { App } from './components/App'
import { connectToHost, hostlessApi } from './host-connection'
import { applySettings, followWindowSize } from './settings-dom'
import { createAppStores } from './stores/app-stores'

// Typed as always there, but a page opened without its host has none.
const api = (window.cookieLab as typeof window.cookieLab | undefined) ?? hostlessApi()
const stores = createAppStores(api, {
  storage: window.localStorage,
  darkQuery: window.matchMedia('(prefers-color-scheme: dark)'),
  systemLanguages: navigator.languages,
})

const root = document.documentElement
stores.settings.subscribe(() => applySettings(root, stores.settings.getSnapshot()))
followWindowSize(window, stores.settings)
applySettings(root, stores.settings.getSnapshot())

const container = document.getElementById('root')
if (!container) throw new Error('index.html lost its #root element')
createRoot(container).render(
  <StrictMode>
    <AppContext.Provider value={{ stores, api }}>
      <App />
    </AppContext.Provider>
  </StrictMode>,
)

void connectToHost(api, stores)
