// How the browser hosts launch Chromium: the app's own flags and whether its sandbox can run.
// Apart from browser-host.ts so that `verify` (lesson-verify.ts), which needs no UI, launches
// the same browser without loading the UI host.

/** The flags the app sets in Electron, and quiet ones for a browser that is not the user's. */
export const BROWSER_HOST_ARGS = [
  // `www.shop.test`, `tracker.test`... reach the tutorial server, as in the app (DESIGN.md).
  '--host-resolver-rules=MAP *.test 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
]

/**
 * Root on Linux: where Chromium's sandbox refuses to start, and where Chromium can raise its own
 * threads' priority (chromium-launch.ts). UID is null where there is none (Windows).
 */
export function rootOnLinux(platform: NodeJS.Platform, uid: number | null): boolean {
  return platform === 'linux' && uid === 0
}

/** Chromium's sandbox refuses to start as root on Linux; everywhere else it stays on. */
export function sandboxAvailable(): boolean {
  return !rootOnLinux(process.platform, process.getuid?.() ?? null)
}
