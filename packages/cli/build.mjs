// bundles the CLI into ES modules, one chunk per subcommand, so `reconnect` starts fast
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** bundles `contents` (TypeScript that imports the core, from the repository's root) to a scratch module, and imports it */
async function importFromCore(contents) {
  const folder = mkdtempSync(join(tmpdir(), 'reconnect-build-'));
  try {
    const out = join(folder, 'built.mjs');
    await build({
      stdin: { contents, resolveDir: fileURLToPath(new URL('../..', import.meta.url)), loader: 'ts' },
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      logLevel: 'warning',
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// the safety check's word index and the coach's scorer tables, made now from the core's rules and model, so that
// `reconnect` does not make them at start-up
const checkIndex = (
  await importFromCore("export { checkIndexSnapshot } from './packages/core/src/safety/check.ts';")
).checkIndexSnapshot();
const scorerTables = (
  await importFromCore("export { storedScorerTables } from './packages/core/src/coach/model/stored-tables.ts';")
).storedScorerTables();

const DATA = new URL('./dist/data/', import.meta.url);
// stale chunks and data from earlier builds would otherwise pile up beside the new ones
rmSync(new URL('./dist/chunks', import.meta.url), { recursive: true, force: true });
rmSync(DATA, { recursive: true, force: true });
mkdirSync(DATA, { recursive: true });

/** a list of numbers at least this long is stored as raw 64-bit floats beside its JSON, so it is read, not parsed */
const RAW_FROM = 1024;

/** the typed arrays a data module may hold: stored as their bytes, read back as views of the same kind */
const TYPED = new Set(['Float64Array', 'Float32Array', 'Int32Array', 'Uint8Array']);

/**
 * Takes every typed array and every long list of numbers out of `value` (put in `lists` with its place and kind, a
 * null left behind). Float64 holds every number JSON.parse gives exactly, so what the module rebuilds is the same
 * data; a typed array comes back as the same kind of typed array.
 */
function takeNumberLists(value, path, lists) {
  if (ArrayBuffer.isView(value)) {
    const type = value.constructor.name;
    if (!TYPED.has(type)) throw new Error(`a data module cannot hold a ${type}`);
    lists.push({ path, type, list: value });
    return null;
  }
  if (Array.isArray(value)) {
    if (value.length >= RAW_FROM && value.every((x) => typeof x === 'number')) {
      lists.push({ path, type: 'Float64Array', list: Float64Array.from(value) });
      return null;
    }
    return value.map((item, i) => takeNumberLists(item, [...path, i], lists));
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, takeNumberLists(item, [...path, key], lists)]),
    );
  return value;
}

/**
 * The lists' bytes one after another, each starting at a multiple of 8 so that it can be read in place, and their
 * places: [path, kind, byte offset, length].
 */
function packLists(lists) {
  const places = [];
  let size = 0;
  for (const { path, type, list } of lists) {
    places.push([path, type, size, list.length]);
    size += Math.ceil(list.byteLength / 8) * 8;
  }
  const raw = Buffer.alloc(size);
  lists.forEach(({ list }, k) => {
    raw.set(new Uint8Array(list.buffer, list.byteOffset, list.byteLength), places[k][2]);
  });
  return { raw, places };
}

/**
 * Writes `data` to dist/data/ and gives the code of a module that reads it (`exportAs`: the export's head). Typed
 * arrays and long lists of numbers go to a `.bin` file beside it and come back as typed arrays over the file's bytes,
 * in their places, without a copy. When `data` is an object, the module exports its keys as getters and reads the
 * files on the first one used: the safety check's model, say, is read only when a message first reaches its score.
 */
function dataModule(name, data, exportAs) {
  const lists = [];
  const json = JSON.stringify(takeNumberLists(data, [], lists));
  const { raw, places } = packLists(lists);
  const file = `${name}-${createHash('sha256').update(json).update(raw).digest('hex').slice(0, 8)}`;
  writeFileSync(new URL(`${file}.json`, DATA), json);
  if (places.length > 0) writeFileSync(new URL(`${file}.bin`, DATA), raw);
  // a view must start at a multiple of its element's size: a file this large is read into a buffer of its own,
  // which starts at 0; a copy covers any other case
  const patch =
    places.length === 0
      ? ''
      : `  const bytes = readFileSync(new URL('../data/${file}.bin', import.meta.url));
  const aligned = bytes.byteOffset % 8 === 0;
  const buffer = aligned ? bytes.buffer : new Uint8Array(bytes).buffer;
  const start = aligned ? bytes.byteOffset : 0;
  for (const [path, type, offset, length] of ${JSON.stringify(places)}) {
    let holder = data;
    for (const key of path.slice(0, -1)) holder = holder[key];
    holder[path[path.length - 1]] = new globalThis[type](buffer, start + offset, length);
  }
`;
  const read = `import { readFileSync } from 'node:fs';
let data;
function load() {
  if (data !== undefined) return data;
  data = JSON.parse(readFileSync(new URL('../data/${file}.json', import.meta.url), 'utf8'));
${patch}  return data;
}
`;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return `${read}${exportAs} load();\n`;
  const getters = Object.keys(data).map(
    (key) => `  get ${JSON.stringify(key)}() { return load()[${JSON.stringify(key)}]; },`,
  );
  return `${read}${exportAs} {\n${getters.join('\n')}\n};\n`;
}

/**
 * The safety check's models (JSON files), its index and the coach's scorer tables, already made, go to dist/data/
 * and are read with JSON.parse (and their typed arrays as raw bytes) when first used: V8 then neither parses them
 * as code (an object literal) nor scans them as part of a chunk's source, the larger part of the CLI's start-up
 * before. The coach's model.json is not in the bundle: the scorer reads only its tables.
 */
const builtData = {
  name: 'built-data',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]safety[\\/]prebuilt-index\.ts$/ }, () => ({
      contents: dataModule('safety-check-index', checkIndex, 'export const PREBUILT_CHECK_INDEX ='),
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /[\\/]coach[\\/]model[\\/]stored-tables\.ts$/ }, () => ({
      contents: `${dataModule('coach-scorer-tables', scorerTables, 'const tables =')}export const storedScorerTables = () => tables;\n`,
      loader: 'js',
    }));
    esbuild.onLoad({ filter: /\.json$/ }, (args) => ({
      contents: dataModule(
        relative(ROOT, args.path)
          .replace(/^packages\//, '')
          .replace(/\.json$/, '')
          .replace(/[\\/]/g, '-'),
        JSON.parse(readFileSync(args.path, 'utf8')),
        'export default',
      ),
      loader: 'js',
    }));
  },
};

const result = await build({
  metafile: true,
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

// the data modules read their files from '../data/', so they must sit in dist/chunks/, never in the entry file
for (const [output, { inputs }] of Object.entries(result.metafile.outputs))
  if (
    !output.includes('/chunks/') &&
    Object.keys(inputs).some((input) => /\.json$|prebuilt-index\.ts$|stored-tables\.ts$/.test(input))
  )
    throw new Error(`${output} holds a data module, which must be in a chunk to find dist/data/`);
