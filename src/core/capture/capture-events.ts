import type { CdpEvent } from './cdp-connection'

/**
 * Every CDP event capture listens to. Electron's debugger delivers all events through one
 * 'message' listener, but Playwright's adapter subscribes by name, so the list lives here once.
 */
export const CAPTURE_EVENTS: readonly CdpEvent[] = [
  'Network.requestWillBeSent',
  'Network.requestWillBeSentExtraInfo',
  'Network.responseReceived',
  'Network.responseReceivedExtraInfo',
  'Network.requestServedFromCache',
  'Network.loadingFinished',
  'Network.loadingFailed',
  // Chromium's own explanations of cookies it warned about or excluded (cookie-issues.ts).
  'Audits.issueAdded',
]

/** The events by which frame-targets.ts hears cross-site frames come and go, and speaks to them. */
export const TARGET_EVENTS: readonly CdpEvent[] = [
  'Target.attachedToTarget',
  'Target.detachedFromTarget',
  'Target.receivedMessageFromTarget',
]
