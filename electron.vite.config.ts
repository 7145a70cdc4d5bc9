import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot load modules: it must be one CommonJS file with the shared
      // contract bundled in, not required from node_modules.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react()],
    build: {
      // electron-vite leaves bundles unminified; the UI loads faster minified.
      minify: true,
      // React and react-dom are most of it; one chunk loads fastest from disk.
      chunkSizeWarningLimit: 768,
      // Font files stay files: the CSP (default-src 'self') refuses a font inlined as data:, and
      // the bundled CJK font has small slices that Vite would otherwise inline.
      assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
})
