// builds the standalone HTML report: one file, scripts and styles inlined, usable offline as a template
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { inlineAssets } from './build/inline-assets.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
/** the core is pure (no side effects on import), so whatever the report does not use can be dropped */
const coreSource = /[\\/]packages[\\/]core[\\/]src[\\/]/;

export default defineConfig({
  root: here,
  base: './',
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', development: false } },
  plugins: [inlineAssets()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    assetsInlineLimit: Number.POSITIVE_INFINITY,
    cssCodeSplit: false,
    sourcemap: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: fileURLToPath(new URL('./report.html', import.meta.url)),
      treeshake: { moduleSideEffects: (id: string) => !coreSource.test(id) },
    },
  },
});
