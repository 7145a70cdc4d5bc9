// How the window reads on a projector, and in which language: theme (following the system unless chosen), the
// large-type presenter setting, the zoom level, and how each column is split between its two
// panels, kept in localStorage between runs. The whole UI is sized in rem, so one root font
// size scales everything, and zoom stops at the largest step the window still holds
// (LAYOUT_ROOM): beyond it panels would be cut off and the window would scroll.

import { isLocale, type Locale } from '../../../shared/messages/format-message'
import { preferredLocale } from '../../../shared/messages/locale-choice'
import { ChangeEmitter, type ExternalStore } from './change-emitter'

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface Settings {
  /** The UI's language; a lesson written in it is shown in it too. */
  language: Locale
  theme: ThemeChoice
  presenter: boolean
  /** The zoom step chosen; the snapshot's is the one in force, no larger than the window holds. */
  zoom: number
  /** The share of the left column's height the browser pane takes; the store has the rest. */
  paneShare: number
  /** The share of the right column's height the timeline takes; the detail has the rest. */
  timelineShare: number
  /** The same in Presenter, kept apart: large type needs a taller timeline for the same rows. */
  presenterTimelineShare: number
}

/** The bounds of a column's split: neither panel shrinks to nothing. */
export const MIN_SHARE = 0.25
export const MAX_SHARE = 0.85

export interface SettingsSnapshot extends Settings {
  resolvedTheme: 'light' | 'dark'
  /** The root font size that applies presenter and zoom. */
  rootFontPx: number
  /** The largest zoom step the window holds at its size, with presenter as set. */
  maxZoom: number
  /** The timeline's share in force: Presenter's own, or the normal one. */
  timelineSplit: number
  /** The same scale for the page in the pane, so the audience can read it too. */
  paneZoom: number
}

/** The parts of Storage and MediaQueryList the store needs, so tests can hand in fakes. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>
export interface DarkModeQuery {
  matches: boolean
  addEventListener(type: 'change', listener: () => void): void
  removeEventListener(type: 'change', listener: () => void): void
}

export const SETTINGS_KEY = 'cookie-lab:settings'
export const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2] as const
const BASE_FONT_PX = 16
const PRESENTER_SCALE = 1.25
/**
 * The window the layout needs at the 16 px root font, in CSS pixels: the header, the pane's
 * toolbar and the panels' headers and tools on one screen, nothing cut off, and four timeline
 * rows in Presenter. A window of W×H holds a scale of up to min(W / width, H / height); the
 * layout-matrix e2e test walks the steps this allows at 1280×720 and 1920×1080.
 */
export const LAYOUT_ROOM = { width: 1024, height: 640 } as const
/** The window's size in CSS pixels, as the page sees it (innerWidth × innerHeight). */
export interface WindowSize {
  width: number
  height: number
}
// The pane shows a tutorial page whole at 1440×900; the detail of a blocked cookie shows its
// reason and fix without scrolling. In Presenter the timeline takes most of its column: a room
// follows the rows, and four of them in large type fill it at 1280×720.
const DEFAULTS: Omit<Settings, 'language'> = {
  theme: 'system',
  presenter: false,
  zoom: 1,
  paneShare: 0.66,
  timelineShare: 0.45,
  presenterTimelineShare: MAX_SHARE,
}

export function clampShare(share: number): number {
  return Math.round(Math.min(MAX_SHARE, Math.max(MIN_SHARE, share)) * 1000) / 1000
}

function shareOr(saved: unknown, fallback: number): number {
  return typeof saved === 'number' && Number.isFinite(saved) ? clampShare(saved) : fallback
}

/** The settings kept in STORAGE; until the learner picks a language, the system's first choice. */
function readSettings(
  storage: KeyValueStorage | null,
  systemLanguages: readonly string[],
): Settings {
  const language = preferredLocale(systemLanguages)
  let raw: unknown
  try {
    raw = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null')
  } catch {
    return { ...DEFAULTS, language }
  }
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULTS, language }
  const saved = raw as Partial<Record<keyof Settings, unknown>>
  const theme = saved.theme
  return {
    language: isLocale(saved.language) ? saved.language : language,
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : DEFAULTS.theme,
    presenter: typeof saved.presenter === 'boolean' ? saved.presenter : DEFAULTS.presenter,
    zoom: ZOOM_STEPS.includes(saved.zoom as (typeof ZOOM_STEPS)[number])
      ? (saved.zoom as number)
      : DEFAULTS.zoom,
    paneShare: shareOr(saved.paneShare, DEFAULTS.paneShare),
    timelineShare: shareOr(saved.timelineShare, DEFAULTS.timelineShare),
    presenterTimelineShare: shareOr(saved.presenterTimelineShare, DEFAULTS.presenterTimelineShare),
  }
}

export class SettingsStore implements ExternalStore<SettingsSnapshot> {
  private readonly emitter = new ChangeEmitter()
  private settings: Settings
  private snapshot: SettingsSnapshot
  private windowSize: WindowSize | null = null
  private readonly onSystemChange = () => this.publish()

  /** SYSTEM_LANGUAGES: the system's preferred languages, first first (navigator.languages). */
  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly darkQuery: DarkModeQuery | null,
    systemLanguages: readonly string[] = [],
  ) {
    this.settings = readSettings(storage, systemLanguages)
    this.snapshot = this.derive()
    darkQuery?.addEventListener('change', this.onSystemChange)
  }

  subscribe = this.emitter.subscribe
  getSnapshot = (): SettingsSnapshot => this.snapshot

  setTheme(theme: ThemeChoice): void {
    this.save({ ...this.settings, theme })
  }

  setLanguage(language: Locale): void {
    if (language !== this.settings.language) this.save({ ...this.settings, language })
  }

  setPresenter(presenter: boolean): void {
    this.save({ ...this.settings, presenter })
  }

  /**
   * The window's size, on launch and on every resize. A zoom that no longer fits a smaller window
   * (or Presenter turned on) is brought down to the largest step that does; the step chosen is
   * kept, and comes back when the window has room for it again.
   */
  setWindowSize(size: WindowSize): void {
    this.windowSize = size
    // Most resizes change nothing the UI shows: only a new limit is news.
    if (largestZoomThatFits(size, this.settings.presenter) !== this.snapshot.maxZoom) this.publish()
  }

  zoomIn(): void {
    this.stepZoom(1)
  }

  zoomOut(): void {
    this.stepZoom(-1)
  }

  resetZoom(): void {
    this.save({ ...this.settings, zoom: 1 })
  }

  setPaneShare(share: number): void {
    this.saveShare('paneShare', share)
  }

  /** Sets the timeline's share of the mode in force (Presenter keeps its own). */
  setTimelineShare(share: number): void {
    this.saveShare(this.settings.presenter ? 'presenterTimelineShare' : 'timelineShare', share)
  }

  dispose(): void {
    this.darkQuery?.removeEventListener('change', this.onSystemChange)
  }

  private stepZoom(direction: 1 | -1): void {
    // A step from the zoom in force, never past the largest the window holds.
    const { zoom, maxZoom } = this.snapshot
    const index = ZOOM_STEPS.findIndex((step) => step === zoom)
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + direction))]
    if (next !== undefined && next <= maxZoom && next !== zoom) {
      this.save({ ...this.settings, zoom: next })
    }
  }

  private saveShare(
    key: 'paneShare' | 'timelineShare' | 'presenterTimelineShare',
    share: number,
  ): void {
    const next = clampShare(share)
    if (next !== this.settings[key]) this.save({ ...this.settings, [key]: next })
  }

  private save(settings: Settings): void {
    this.settings = settings
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(settings))
    } catch {
      // Storage can be full or disabled; the setting still applies for this run.
    }
    this.publish()
  }

  private publish(): void {
    this.snapshot = this.derive()
    this.emitter.emit()
  }

  private derive(): SettingsSnapshot {
    const { theme, presenter } = this.settings
    const maxZoom = largestZoomThatFits(this.windowSize, presenter)
    const zoom = Math.min(this.settings.zoom, maxZoom)
    const resolvedTheme = theme === 'system' ? (this.darkQuery?.matches ? 'dark' : 'light') : theme
    const paneZoom = (presenter ? PRESENTER_SCALE : 1) * zoom
    return {
      ...this.settings,
      zoom,
      resolvedTheme,
      rootFontPx: BASE_FONT_PX * paneZoom,
      paneZoom,
      maxZoom,
      timelineSplit: presenter ? this.settings.presenterTimelineShare : this.settings.timelineShare,
    }
  }
}

/**
 * The largest zoom step whose scale (presenter's included) the window holds; the smallest step
 * when even that does not fit (the window is what it is), and every step before the size is known.
 */
export function largestZoomThatFits(size: WindowSize | null, presenter: boolean): number {
  const smallest = ZOOM_STEPS[0]
  if (!size) return ZOOM_STEPS[ZOOM_STEPS.length - 1] ?? smallest
  const room = Math.min(size.width / LAYOUT_ROOM.width, size.height / LAYOUT_ROOM.height)
  const scale = presenter ? PRESENTER_SCALE : 1
  // A hair of slack: 1280×720 holds Presenter at 100 % exactly, whatever the rounding.
  const fitting = ZOOM_STEPS.filter((step) => step * scale <= room + 1e-9)
  return fitting[fitting.length - 1] ?? smallest
}
