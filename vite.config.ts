import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// The renderer is built to dist-renderer/ and loaded by Electron over app://bundle/
// (and by the end-to-end harness over http://127.0.0.1).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte({ configFile: '../svelte.config.js' })],
  build: { outDir: '../dist-renderer', emptyOutDir: true, target: 'chrome120', chunkSizeWarningLimit: 2000 },
});
