// Reading the window from the back of a room: zoom, the large-type presenter setting, the theme
// (the system's, unless chosen), and the language, each named in itself. All of it is kept
// between runs by the settings store.

import { formatMessage, isLocale, LOCALES } from '../../../shared/messages/format-message'
import { LOCALE_NAMES } from '../../../shared/messages/locale-choice'
import { useApp, useStore } from '../app-context'
import { ZOOM_STEPS, type ThemeChoice } from '../stores/settings-store'
import './SettingsBar.css'

const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark']

export function SettingsBar() {
  const { stores } = useApp()
  const settings = stores.settings
  const snapshot = useStore(settings)
  const percent = formatMessage('ui.settings.percent', { zoom: snapshot.zoom })
  // At either end the button stays in the tab order and says why it does nothing in its title,
  // which is also its accessible description (a disabled button would drop out of the tab
  // order, and the reason with it).
  const atSmallest = snapshot.zoom <= ZOOM_STEPS[0]
  const atLargest = snapshot.zoom >= snapshot.maxZoom
  const largestWhy = atLargest
    ? formatMessage('ui.settings.largest', {
        percent,
        presenter: snapshot.presenter ? 'yes' : 'no',
      })
    : undefined
  return (
    <div className="settings-bar">
      <div
        className="segmented"
        role="group"
        aria-label={formatMessage('ui.settings.zoom', undefined)}
      >
        <button
          type="button"
          aria-label={formatMessage('ui.settings.zoomOut', undefined)}
          aria-disabled={atSmallest}
          title={atSmallest ? formatMessage('ui.settings.smallest', { percent }) : undefined}
          onClick={() => settings.zoomOut()}
        >
          A−
        </button>
        <button
          type="button"
          aria-label={formatMessage('ui.settings.zoomReset', { percent })}
          onClick={() => settings.resetZoom()}
        >
          {percent}
        </button>
        <button
          type="button"
          aria-label={formatMessage('ui.settings.zoomIn', undefined)}
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
        {formatMessage('ui.settings.presenter', undefined)}
      </button>
      <div
        className="segmented"
        role="group"
        aria-label={formatMessage('ui.settings.theme', undefined)}
      >
        {THEMES.map((theme) => (
          <button
            key={theme}
            type="button"
            aria-pressed={snapshot.theme === theme}
            onClick={() => settings.setTheme(theme)}
          >
            {formatMessage(`ui.settings.theme.${theme}`, undefined)}
          </button>
        ))}
      </div>
      {/* Each language named in itself, marked with its own lang (the right glyphs and voice):
          a learner who cannot read the language on screen still finds their own. A select
          keeps the header on one line in Presenter at 1280×720. */}
      <select
        className="language-choice"
        aria-label={formatMessage('ui.settings.language', undefined)}
        value={snapshot.language}
        onChange={(event) => {
          if (isLocale(event.target.value)) settings.setLanguage(event.target.value)
        }}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LOCALE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  )
}
