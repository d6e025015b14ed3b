// builds the local web app: an ordinary multi-file build with hashed file names, served by the local server
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sharedOptions, treeshake } from './build/shared-options.ts';

export default defineConfig({
  ...sharedOptions,
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist/app', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    // nothing inline: the strict CSP (script-src 'self'; style-src 'self') refuses inline scripts and styles
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: false,
    // the coach's own chunk (rules and learned model) is large on purpose: it is loaded after the first page
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: fileURLToPath(new URL('./index.html', import.meta.url)),
      treeshake,
    },
  },
});
