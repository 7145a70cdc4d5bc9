// The renderer's view of what the preload exposes. The type is derived from the very function
// the preload calls, so the two cannot drift.

import type { CookieLabApi } from '../shared/contract'

declare global {
  interface Window {
    cookieLab: CookieLabApi
  }
}

export {}
