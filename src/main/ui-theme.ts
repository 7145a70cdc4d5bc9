// The UI's page background (`--bg` in the renderer's theme.css) in each theme. The window is
// created with it so it never flashes another colour before the UI paints; a test holds the
// two together.
export const UI_BACKGROUND = { light: '#eeece7', dark: '#111316' } as const
