// npm run bench [-- --quick] [-- --only NAME]: runs every bench section and rewrites the table in docs/BENCHMARKS.md
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchRow, BenchSection } from './lib/types.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SECTIONS = join(ROOT, 'bench', 'sections');
const DOC = join(ROOT, 'docs', 'BENCHMARKS.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const quick = process.argv.includes('--quick');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const names = readdirSync(SECTIONS)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => basename(f, '.ts'))
  .filter((name) => only === undefined || name === only)
  .sort();

const results: { section: string; rows: BenchRow[] }[] = [];
let failed = false;
for (const name of names) {
  const log = (line: string) => process.stderr.write(`[${name}] ${line}\n`);
  log('starting');
  try {
    const section = (await import(pathToFileURL(join(SECTIONS, `${name}.ts`)).href)).default as BenchSection;
    results.push({ section: name, rows: await section({ quick, log }) });
  } catch (error) {
    failed = true;
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'yes' : '**no**');
const lines = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}${quick ? ', quick mode (smaller inputs)' : ''}.`,
  '',
  '| work | Reconnect | budget | within | peer, same run |',
  '|---|---|---|---|---|',
  ...results.flatMap(({ rows }) =>
    rows.map((r) => `| ${r.work} | ${r.reconnect} | ${r.budget} | ${verdict(r.withinBudget)} | ${r.peer ?? ''} |`),
  ),
];
const table = lines.join('\n');
console.log(table);
if (!quick && only === undefined) {
  const doc = readFileSync(DOC, 'utf8');
  const from = doc.indexOf(START);
  const to = doc.indexOf(END);
  if (from === -1 || to === -1) throw new Error(`${DOC} lacks the ${START} … ${END} markers`);
  writeFileSync(DOC, `${doc.slice(0, from + START.length)}\n${table}\n${doc.slice(to)}`);
  console.log(`\nupdated ${DOC}`);
}
process.exitCode = failed ? 1 : 0;
