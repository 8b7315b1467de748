import { defineConfig } from 'vitest/config';

// The end-to-end test: built renderer in Debian's Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['electron/e2e/**/*.e2e.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
