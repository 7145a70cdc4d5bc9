// The few marks beyond the characters every system's fonts draw (Windows Glyph List 4): a
// warning sign, an hourglass, a reload arrow and a no-entry sign, as inline SVG in the text's colour and size. As
// characters (⚠, ⌛, ↻, ⊘) they need an emoji or symbol font that a Linux machine may not have,
// and show as empty boxes there (seen). test/renderer/portable-glyphs.test.ts keeps the rest of
// the UI's text within WGL4.

export type IconName = 'warning' | 'hourglass' | 'reload' | 'blocked'

const PATHS: Record<IconName, string> = {
  warning: 'M8 1.5 15 14.5H1Z M8 6v4 M8 11.6v1.2',
  hourglass:
    'M3.5 1.5h9 M3.5 14.5h9 M4.5 1.5c0 4 7 4.5 7 6.5s-7 2.5-7 6.5 M11.5 1.5c0 4-7 4.5-7 6.5s7 2.5 7 6.5',
  reload: 'M13 8a5 5 0 1 1-1.6-3.7 M13.2 1.8v3.4H9.8',
  blocked: 'M8 1.8a6.2 6.2 0 1 0 0 12.4a6.2 6.2 0 1 0 0-12.4Z M3.6 12.4 12.4 3.6',
}

/** An inline mark, hidden from screen readers: the text next to it says what it means. */
export function Icon({ name }: { name: IconName }) {
  return (
    <svg
      className={`icon icon-${name}`}
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[name]} />
    </svg>
  )
}
