import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

// Two projects: fast unit and component tests, and end-to-end tests that start real Chromium.
// The e2e project runs its files one at a time: a 2-core machine gains nothing from two browsers.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          include: [
            'test/core/**/*.test.ts',
            'test/shared/**/*.test.ts',
            'test/eslint-rules/**/*.test.ts',
            'test/main/**/*.test.ts',
            'test/renderer/**/*.test.{ts,tsx}',
            'test/ui-worker/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['test/main/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          globalSetup: ['test/e2e/global-setup.ts'],
        },
      },
    ],
  },
})
