// builds the standalone HTML report: one file, scripts and styles inlined, usable offline as a template
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inlineAssets } from './build/inline-assets.ts';
import { sharedOptions, treeshake } from './build/shared-options.ts';

export default defineConfig({
  ...sharedOptions,
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [inlineAssets()],
  build: {
    outDir: fileURLToPath(new URL('./dist/report', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('./report.html', import.meta.url)),
      treeshake,
    },
  },
});
