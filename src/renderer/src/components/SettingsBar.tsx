// Reading the window from the back of a room: zoom, the large-type presenter setting, and the
// theme (the system's, unless chosen). All of it is kept between runs by the settings store.

import { useApp, useStore } from '../app-context'
import type { ThemeChoice } from '../stores/settings-store'
import './SettingsBar.css'

const THEMES: ReadonlyArray<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]

export function SettingsBar() {
  const { stores } = useApp()
  const settings = stores.settings
  const snapshot = useStore(settings)
  return (
    <div className="settings-bar">
      <div className="segmented" role="group" aria-label="Zoom">
        <button type="button" aria-label="A− zoom out (Ctrl −)" onClick={() => settings.zoomOut()}>
          A−
        </button>
        <button
          type="button"
          aria-label={`${Math.round(snapshot.zoom * 100)}% reset zoom (Ctrl 0)`}
          onClick={() => settings.resetZoom()}
        >
          {Math.round(snapshot.zoom * 100)}%
        </button>
        <button type="button" aria-label="A+ zoom in (Ctrl +)" onClick={() => settings.zoomIn()}>
          A+
        </button>
      </div>
      <button
        type="button"
        className="toggle-button"
        aria-pressed={snapshot.presenter}
        onClick={() => settings.setPresenter(!snapshot.presenter)}
      >
        Presenter
      </button>
      <div className="segmented" role="group" aria-label="Theme">
        {THEMES.map((theme) => (
          <button
            key={theme.value}
            type="button"
            aria-pressed={snapshot.theme === theme.value}
            onClick={() => settings.setTheme(theme.value)}
          >
            {theme.label}
          </button>
        ))}
      </div>
    </div>
  )
}
