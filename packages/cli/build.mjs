// bundles the CLI into ES modules, one chunk per subcommand, so `reconnect` starts fast
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

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
  // read at run time: the web package's build output keeps its own paths, and native modules load from node_modules
  external: ['@reconnect/web', 'better-sqlite3-multiple-ciphers', '@node-rs/argon2'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __reconnectRequire } from 'node:module';\nconst require = __reconnectRequire(import.meta.url);",
  },
});
