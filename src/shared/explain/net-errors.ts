// Chromium's network errors as capture hears them ("net::ERR_ABORTED, canceled") and as hosts
// name them ("ERR_UNSAFE_PORT"): the error's name, which the catalogue's `netError` words.

/** The first `ERR_…` name in TEXT, or null when it names none. */
export function netErrorNameOf(text: string): string | null {
  return /\b(?:net::)?(ERR_[A-Z0-9_]+)\b/.exec(text)?.[1] ?? null
}
