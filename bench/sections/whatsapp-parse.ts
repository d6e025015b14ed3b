// bench: parse a 1,000,000-message WhatsApp export with our importer and with whatsapp-chat-parser, same file, same run
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IMPORTERS } from '@reconnect/core/import';
import { fileSource } from '../../packages/node/src/file-source.ts';
import { generateWhatsAppExport } from '../lib/generate-whatsapp.ts';
import type { BenchRow, BenchSection } from '../lib/types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'bench', 'data');
const PEERS = join(ROOT, 'bench', 'peers', 'node_modules');
const THIS_FILE = fileURLToPath(import.meta.url);
const BUDGET_SECONDS = 0.9;
const BUDGET_SPEEDUP = 5;
const RUNS = 3;
const TIME_ZONE = 'UTC';

interface ChildResult {
  readonly seconds: number;
  /** CPU time of the whole child process (all threads, so GC helpers too) */
  readonly cpuSeconds: number;
  readonly peakMb: number;
  readonly messages: number;
}

/** 'floor': no parser at all, only what any parser must do in JavaScript (see {@link floorPass}) */
type Parser = 'reconnect' | 'peer' | 'floor';

/** parses `file` once with one parser, in this process; returns wall seconds and the message count */
async function parseOnce(parser: Parser, file: string): Promise<{ seconds: number; messages: number }> {
  const started = performance.now();
  if (parser === 'reconnect') {
    const conversation = await IMPORTERS.whatsapp.parse(
      { name: file, files: [fileSource(file)] },
      { timeZone: TIME_ZONE },
    );
    return { seconds: (performance.now() - started) / 1000, messages: conversation.messages.length };
  }
  if (parser === 'floor') {
    const messages = await floorPass(file);
    return { seconds: (performance.now() - started) / 1000, messages };
  }
  const { parseString } = peer();
  const messages = parseString(readFileSync(file, 'utf8'), { parseAttachments: false });
  return { seconds: (performance.now() - started) / 1000, messages: messages.length };
}

/**
 * The least work any JavaScript parser of this file must do: read it, decode its UTF-8 in chunks, split the lines
 * and keep one object with a time, an author and the text per line. No date, name or marker is read. Its time is
 * a lower bound for our parser on this machine, so it shows how far the parse itself is from the engine's cost.
 */
async function floorPass(file: string): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const kept: { at: number; author: string; text: string; kind: 'text' }[] = [];
  const keep = (text: string): void => {
    kept.push({ at: 1.5e12 + kept.length * 60_000, author: 'Sam', text, kind: 'text' });
  };
  let carry = '';
  for await (const chunk of fileSource(file).chunks()) {
    const last = chunk.lastIndexOf(10);
    if (last === -1) {
      carry += decoder.decode(chunk, { stream: true });
      continue;
    }
    // decoding whole lines only keeps `text` one flat string (a concatenation would slow every scan of it)
    const text = decoder.decode(chunk.subarray(0, last + 1), { stream: true });
    let end = text.indexOf('\n');
    keep(carry + text.slice(0, end));
    let start = end + 1;
    end = text.indexOf('\n', start);
    while (end !== -1) {
      keep(text.slice(start + 20, end));
      start = end + 1;
      end = text.indexOf('\n', start);
    }
    carry = decoder.decode(chunk.subarray(last + 1), { stream: true });
  }
  return kept.length;
}

function peer(): { parseString: (text: string, options?: object) => unknown[]; version: string } {
  const require = createRequire(join(PEERS, 'noop.cjs'));
  const module = require('whatsapp-chat-parser') as { parseString: (text: string, options?: object) => unknown[] };
  const version = (
    JSON.parse(readFileSync(join(PEERS, 'whatsapp-chat-parser', 'package.json'), 'utf8')) as { version: string }
  ).version;
  return { parseString: module.parseString, version };
}

/** runs one parse in a fresh Node process and reads its time, message count and peak RSS */
function parseInChild(parser: Parser, file: string): ChildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', THIS_FILE, '--child', parser, file], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    timeout: 10 * 60 * 1000,
  });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) {
    throw new Error(
      `${parser} child failed (exit ${result.status}): ${result.stderr.trim().split('\n').slice(-3).join(' | ')}`,
    );
  }
  return JSON.parse(line) as ChildResult;
}

const seconds = (s: number): string => `${s.toFixed(2)} s`;
const megabytes = (mb: number): string => `${Math.round(mb)} MB`;

const whatsappParseSection: BenchSection = async ({ quick, log }) => {
  mkdirSync(DATA, { recursive: true });
  const messages = quick ? 50_000 : 1_000_000;
  const file = join(DATA, `whatsapp-${messages}.txt`);
  if (!existsSync(file)) {
    log(`writing ${file} …`);
    generateWhatsAppExport(file, { messages });
  }
  const size = `${Math.round(statSync(file).size / 1e6)} MB`;
  const label = `parse only, ${messages.toLocaleString('en-US')}-message WhatsApp export (${size})`;

  // both parsers run the same way: a fresh Node process per run, best of RUNS, parse time only
  const bestOf = (parser: Parser): ChildResult => {
    const runs = Array.from({ length: RUNS }, () => parseInChild(parser, file));
    return runs.reduce((a, b) => (a.seconds <= b.seconds ? a : b));
  };
  log(`reconnect: parsing ${file} in ${RUNS} fresh processes …`);
  const ours = bestOf('reconnect');
  const best = ours.seconds;
  const parsed = ours.messages;

  let peerTime = 'whatsapp-chat-parser: not installed';
  let peerMemory = peerTime;
  let peerSeconds: number | null = null;
  if (existsSync(join(PEERS, 'whatsapp-chat-parser'))) {
    const { version } = peer();
    log(`whatsapp-chat-parser ${version} on the same file, ${RUNS} fresh processes …`);
    const theirs = bestOf('peer');
    peerSeconds = theirs.seconds;
    peerTime = `whatsapp-chat-parser ${version}: ${seconds(theirs.seconds)} (${seconds(theirs.cpuSeconds)} CPU, ${theirs.messages.toLocaleString('en-US')} messages)`;
    peerMemory = `whatsapp-chat-parser ${version}: ${megabytes(theirs.peakMb)}`;
  }
  const speedup = peerSeconds === null ? null : peerSeconds / best;
  log(`floor (decode, split, one object per line, no parsing) in ${RUNS} fresh processes …`);
  const floor = bestOf('floor');

  const rows: BenchRow[] = [
    {
      work: `${label}, best of ${RUNS} fresh processes (${parsed.toLocaleString('en-US')} messages)`,
      reconnect: seconds(best),
      budget: quick ? `≤ ${BUDGET_SECONDS} s (full run only)` : `≤ ${BUDGET_SECONDS} s`,
      withinBudget: quick ? null : best <= BUDGET_SECONDS,
      peer: peerTime,
    },
    {
      work: `${label}, speed-up over whatsapp-chat-parser`,
      reconnect: speedup === null ? 'n/a' : `${speedup.toFixed(1)}×`,
      budget: quick ? `≥ ${BUDGET_SPEEDUP}× (full run only)` : `≥ ${BUDGET_SPEEDUP}×`,
      withinBudget: quick || speedup === null ? null : speedup >= BUDGET_SPEEDUP,
      peer: peerTime,
    },
    {
      work: `${label}, peak RSS of a process that only parses`,
      reconnect: `${megabytes(ours.peakMb)} (${seconds(ours.cpuSeconds)} CPU in the fastest run)`,
      budget: '—',
      withinBudget: null,
      peer: peerMemory,
    },
    {
      work: `${label}, the floor: decode, split lines and keep one object per line, no parsing, best of ${RUNS}`,
      reconnect: `${seconds(floor.seconds)} (our parse takes ${(best / floor.seconds).toFixed(1)}× the floor)`,
      budget: '—',
      withinBudget: null,
      peer:
        peerSeconds === null
          ? 'n/a'
          : `whatsapp-chat-parser takes ${(peerSeconds / floor.seconds).toFixed(1)}× the floor: the most any parser here could be faster`,
    },
  ];
  return rows;
};

export default whatsappParseSection;

if (process.argv[2] === '--child') {
  const argument = process.argv[3];
  const parser: Parser = argument === 'peer' || argument === 'floor' ? argument : 'reconnect';
  const file = process.argv[4] ?? '';
  const cpu = process.cpuUsage();
  const { seconds: taken, messages: count } = await parseOnce(parser, file);
  const used = process.cpuUsage(cpu);
  const result: ChildResult = {
    seconds: taken,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakMb: process.resourceUsage().maxRSS / 1024,
    messages: count,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
