/** The browser to open Cookie Lab in (see start.mjs): `{ path }`, `{ missing }`, or null. */
export function findBrowser(
  env?: NodeJS.ProcessEnv,
  platform?: NodeJS.Platform,
  exists?: (path: string) => boolean,
): { path: string } | { missing: string } | null
