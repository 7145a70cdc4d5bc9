// Reading the window from the back of a room: zoom, the large-type presenter setting, and the
// theme (the system's, unless chosen). All of it is kept between runs by the settings store.

import { useApp, useStore } from '../app-context'
import { ZOOM_STEPS, type ThemeChoice } from '../stores/settings-store'
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
  const percent = `${Math.round(snapshot.zoom * 100)}%`
  // At either end the button stays in the tab order and says why it does nothing in its title,
  // which is also its accessible description (a disabled button would drop out of the tab
  // order, and the reason with it).
  const atSmallest = snapshot.zoom <= ZOOM_STEPS[0]
  const atLargest = snapshot.zoom >= snapshot.maxZoom
  const largestWhy = atLargest
    ? `${percent} is the largest zoom this window holds${snapshot.presenter ? ' in Presenter' : ''}: a larger window allows more.`
    : undefined
  return (
    <div className="settings-bar">
      <div className="segmented" role="group" aria-label="Zoom">
        <button
          type="button"
          aria-label="A− zoom out (Ctrl −)"
          aria-disabled={atSmallest}
          title={atSmallest ? `${percent} is the smallest zoom.` : undefined}
          onClick={() => settings.zoomOut()}
        >
          A−
        </button>
        <button
          type="button"
          aria-label={`${percent} reset zoom (Ctrl 0)`}
          onClick={() => settings.resetZoom()}
        >
          {percent}
        </button>
        <button
          type="button"
          aria-label="A+ zoom in (Ctrl +)"
          aria-disabled={atLargest}
          title={largestWhy}
          onClick={() => settings.zoomIn()}
        >
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
