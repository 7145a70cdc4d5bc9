// The lesson panel's body scrolls (a long step, a long list), so it takes the keyboard like the
// other panels' scrolling parts: one tab stop, the arrow keys scroll it. Named by the panel's
// heading unless a part names it closer (the player: the step's title).
export const SCROLLING_BODY = {
  tabIndex: 0,
  role: 'group',
  'aria-labelledby': 'lesson-panel-title',
} as const
