// Vite build of the web UI into dist/web (served by `storyline serve`). Preact's JSX is compiled by
// esbuild directly (automatic runtime), so no framework plugin is needed.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The world geometry is bundled (no tile server, no network); it makes one chunk larger than usual.
    chunkSizeWarningLimit: 1024,
    // No inline scripts or data: URLs, so the server's Content-Security-Policy can forbid them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
