// bundles the CLI into ES modules, one chunk per subcommand, so `reconnect` starts fast
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** the safety check's word index, built now from the core's rules, so that `reconnect` does not build it at start-up */
async function prebuiltCheckIndex() {
  const folder = mkdtempSync(join(tmpdir(), 'reconnect-build-'));
  try {
    const out = join(folder, 'check-index.mjs');
    await build({
      stdin: {
        contents: "export { checkIndexSnapshot } from './packages/core/src/safety/check.ts';",
        resolveDir: new URL('../..', import.meta.url).pathname,
        loader: 'ts',
      },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    return JSON.stringify((await import(pathToFileURL(out).href)).checkIndexSnapshot());
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const checkIndex = await prebuiltCheckIndex();

/**
 * JSON files (the coach's and the safety check's models) become a string handed to JSON.parse: V8 reads a
 * string literal and JSON far faster than the same data as an object literal, which it must parse as code.
 * The safety check's index comes the same way, already built.
 */
const builtData = {
  name: 'built-data',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]safety[\\/]prebuilt-index\.ts$/ }, () => ({
      contents: `export const PREBUILT_CHECK_INDEX = JSON.parse(${JSON.stringify(checkIndex)});`,
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

// stale chunks from earlier builds would otherwise pile up beside the new ones
rmSync(new URL('./dist/chunks', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: [new URL('./src/main.ts', import.meta.url).pathname],
  outdir: new URL('./dist', import.meta.url).pathname,
  entryNames: 'reconnect',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [builtData],
  // read at run time: the web package's build output keeps its own paths, and native modules load from node_modules
  external: ['@reconnect/web', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __reconnectRequire } from 'node:module';\nconst require = __reconnectRequire(import.meta.url);",
  },
});
