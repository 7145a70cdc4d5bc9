import type { CookieLabApi } from '../../shared/contract'

declare global {
  interface Window {
    /** Built by the host (Electron's preload, or the test harness) with createCookieLabApi. */
    cookieLab: CookieLabApi
  }
}
