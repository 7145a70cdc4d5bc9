// The bundled CJK font: Noto Sans SC, regular weight only. It is last in the theme's --sans and
// --mono stacks, so the system's own CJK font (with its true bold) wins where there is one, and
// this one is fetched only for a character no earlier font has. Fontsource splits it into about
// a hundred files by unicode-range, so a page fetches only the slices holding the characters it
// shows. Bold Chinese is synthesised from it: with bold slices bundled too, Chromium left some
// bold text as empty boxes after their slice had loaded (seen in the Chinese UI e2e), and one
// weight is half the size.

import '@fontsource/noto-sans-sc/400.css'
