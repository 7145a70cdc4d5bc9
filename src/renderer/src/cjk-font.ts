// The bundled CJK font: Noto Sans SC, the simplified-Chinese subset, in the two weights the UI
// draws (400 for text; 700 for headings and buttons, which the 600 of labels also resolves to).
// It is last in the theme's --sans stack, so the system's own CJK font wins where there is one,
// and the browser fetches this one only for a character no earlier font has.

import '@fontsource/noto-sans-sc/chinese-simplified-400.css'
import '@fontsource/noto-sans-sc/chinese-simplified-700.css'
