import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import i18next from 'eslint-plugin-i18next'
import layerImports from './eslint-rules/layer-imports.js'
import { NO_HARD_CODED_WORDS } from './eslint-rules/no-hard-coded-words.js'

// The layer table (README "Layout"): what each folder of src may import. A layer knows itself,
// the platforms (node, electron, react, playwright) and the layers it lists, and any library
// not named in `never`. The test in test/eslint-rules proves each line of it bites.
const LAYERS = {
  // Node only: runs in Electron's main process, in the browser host and in plain-Node tests.
  'src/core': { knows: ['node', 'src/shared'] },
  // Nothing: the domain and the contract load in every process, the sandboxed UI included.
  'src/shared': { knows: [] },
  'src/main': { knows: ['node', 'electron', 'src/core', 'src/shared'] },
  // The host validates payloads, not the preload: zod would only swell this sandboxed bundle.
  'src/preload': {
    knows: ['electron', 'src/shared'],
    never: ['src/shared/contract-schemas', 'zod'],
  },
  'src/renderer': { knows: ['react', 'src/shared'], never: ['src/shared/contract-schemas', 'zod'] },
  // The UI's web workers (a HAR file read off the UI's thread): no Node, no DOM, no React. Of
  // core they reach only what runs in a browser, which tsconfig.worker.json checks (no Node types).
  'src/ui-worker': { knows: ['src/core', 'src/shared'] },
  // Opens the UI in an installed Chromium-family browser when Electron cannot run.
  'src/browser-host': { knows: ['node', 'playwright', 'src/core', 'src/shared'] },
}

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', 'test-results', 'test/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { layers: { rules: { imports: layerImports } } },
    rules: { 'layers/imports': ['error', { root: import.meta.dirname, layers: LAYERS }] },
  },
  {
    files: ['src/browser-host/ui-preload.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/ui-worker/**/*.ts'],
    languageOptions: { globals: { ...globals.worker } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Nothing a user reads is written in the UI's code: it comes from the message catalogue.
    files: ['src/renderer/**/*.tsx'],
    plugins: { i18next },
    rules: { 'i18next/no-literal-string': ['error', NO_HARD_CODED_WORDS] },
  },
)
