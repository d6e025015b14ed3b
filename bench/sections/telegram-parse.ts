// bench: the Telegram importer on a ~300 MB single-chat result.json, in a child process, beside @streamparser/json
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fileSource } from '../../packages/node/src/file-source.ts';
import { generateTelegramExport } from '../lib/generate-telegram.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const SELF = fileURLToPath(import.meta.url);
const BUDGET_SECONDS = 6;
const BUDGET_MB = 600;
const CHILD_TIMEOUT_MS = 5 * 60 * 1000;

type Engine = 'reconnect' | 'streamparser';

interface ChildReport {
  /** wall time of the parse alone, after Node, TypeScript and the modules have loaded */
  readonly parseSeconds: number;
  /** user + system CPU time of the parse, which other load on the machine inflates less than wall time */
  readonly cpuSeconds: number;
  readonly messages: number;
  readonly peakMb: number;
}

interface Measured extends ChildReport {
  /** from spawn to exit, including Node and TypeScript start-up */
  readonly wallSeconds: number;
}

/** the child's work: load the engine, then parse `file` and print a ChildReport line (loading is not timed) */
async function runChild(engine: Engine, file: string): Promise<void> {
  const { IMPORTERS } = await import('@reconnect/core/import');
  const fromPeers = createRequire(join(ROOT, 'bench', 'peers', 'package.json'));
  const { JSONParser } = (await import(pathToFileURL(fromPeers.resolve('@streamparser/json')).href)) as {
    JSONParser: new (options: {
      paths: string[];
      keepStack: boolean;
    }) => {
      onValue: () => void;
      write(chunk: Uint8Array): void;
    };
  };
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let messages = 0;
  if (engine === 'reconnect') {
    const conversation = await IMPORTERS.telegram.parse({ name: file, files: [fileSource(file)] }, {});
    messages = conversation.messages.length;
  } else {
    const parser = new JSONParser({ paths: ['$.messages.*'], keepStack: false });
    parser.onValue = () => {
      messages++;
    };
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) parser.write(chunk as Uint8Array);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const report: ChildReport = {
    parseSeconds: (performance.now() - started) / 1000,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    messages,
    peakMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

function measure(engine: Engine, file: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', 'tsx', SELF, 'child', engine, file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const line = stdout.trim().split('\n').pop() ?? '';
      if (exitCode !== 0 || !line.startsWith('{')) {
        reject(
          new Error(`${engine} child failed (exit ${exitCode}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`),
        );
        return;
      }
      resolve({ ...(JSON.parse(line) as ChildReport), wallSeconds });
    });
  });
}

const seconds = (s: number): string => `${s.toFixed(2)} s`;

const telegramParseSection: BenchSection = async ({ quick, log }) => {
  mkdirSync(DATA, { recursive: true });
  const targetMb = quick ? 30 : 300;
  const file = join(DATA, `telegram-${targetMb}mb.json`);
  if (!existsSync(file)) {
    log(`writing ${file} …`);
    generateTelegramExport(file, { targetBytes: targetMb * 1e6 });
  }
  const megabytesOnDisk = Math.round(statSync(file).size / 1e6);
  log(`Telegram importer on ${file} …`);
  // best of three fresh processes: single runs of a 300 MB parse swing by a second on this machine
  const runs = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(await measure('reconnect', file));
  const ours = runs.reduce((a, b) => (a.parseSeconds <= b.parseSeconds ? a : b));
  log(
    `  ${ours.messages} messages; parse ${seconds(ours.parseSeconds)} (CPU ${seconds(ours.cpuSeconds)}), whole process ${seconds(ours.wallSeconds)}`,
  );
  log('@streamparser/json on the same file (elements only, nothing converted) …');
  const peer = await measure('streamparser', file).then(
    (m) => `@streamparser/json 0.0.26, elements only: ${seconds(m.parseSeconds)}, ${Math.round(m.peakMb)} MB`,
    (error: unknown) => `@streamparser/json: failed (${String(error).slice(0, 80)})`,
  );
  const label = `Telegram result.json parse, ${ours.messages.toLocaleString('en-US')} messages (${megabytesOnDisk} MB)`;
  return [
    {
      work: `${label}, parse wall time, best of 3 fresh processes (start-up of ${seconds(ours.wallSeconds - ours.parseSeconds)} not counted)`,
      reconnect: seconds(ours.parseSeconds),
      budget: quick ? `≤ ${BUDGET_SECONDS} s (full run only)` : `≤ ${BUDGET_SECONDS} s`,
      withinBudget: quick ? null : ours.parseSeconds <= BUDGET_SECONDS,
      peer,
    },
    {
      work: `${label}, peak RSS of the child process`,
      reconnect: `${Math.round(ours.peakMb)} MB`,
      budget: quick ? `≤ ${BUDGET_MB} MB (full run only)` : `≤ ${BUDGET_MB} MB`,
      withinBudget: quick ? null : ours.peakMb <= BUDGET_MB,
    },
  ] satisfies BenchRow[];
};

export default telegramParseSection;

if (process.argv[2] === 'child' && import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runChild(process.argv[3] === 'streamparser' ? 'streamparser' : 'reconnect', process.argv[4] ?? '');
}
