// what the report build and the app build share: production React, the JSX transform, and a tree-shaken core
import type { UserConfig } from 'vite';

/** the core is pure (no side effects on import), so whatever a page does not use can be dropped */
const coreSource = /[\\/]packages[\\/]core[\\/]src[\\/]/;

/** Vite options both builds start from */
export const sharedOptions = {
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  logLevel: 'warn',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', development: false } },
} satisfies UserConfig;

/** rolldown's tree-shaking rule for both builds */
export const treeshake = { moduleSideEffects: (id: string) => !coreSource.test(id) };
