import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [svelte({ configFile: './svelte.config.js' })],
  test: {
    include: [
      'core/**/*.test.ts',
      'electron/**/*.test.ts',
      'fixtures/**/*.test.ts',
      'renderer/src/**/*.test.ts',
    ],
    testTimeout: 30_000,
  },
});
