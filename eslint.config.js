import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

// Layering: the core and the shared contract run in plain Node and in tests, so they must never
// pull in Electron or React; the renderer must never reach Node or the core directly.
const noElectronOrReact = {
  patterns: [
    { group: ['electron', 'electron/*'], message: 'core and shared stay free of Electron' },
    { group: ['react', 'react-dom', 'react/*'], message: 'core and shared stay free of React' },
  ],
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
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronOrReact] },
  },
  {
    // The browser host drives a browser with playwright-core and runs the core; it never needs
    // Electron or React.
    files: ['src/browser-host/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noElectronOrReact] },
  },
  {
    files: ['src/browser-host/ui-preload.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'node:*', '**/core/**', '**/main/**'],
              message: 'the renderer speaks only the shared contract',
            },
          ],
        },
      ],
    },
  },
)
