// npx tsx packages/core/eval/safety-speed.ts — what the safety check costs a message, in process: on the benchmark
// chat (bench/data/whatsapp-1000000.txt or the file named, its first 300,000 lines, made by `npm run bench`) and on GoEmotions
// comments, with the share of messages the learned score reads. Best of five passes; compare runs made in turn.
import { existsSync, readFileSync } from 'node:fs';
import { opensScore } from '../src/safety/check.ts';
import { checkSafety } from '../src/safety/index.ts';
import { goEmotionsAvailable, loadGoEmotions } from './outside-text.ts';

const CHAT = process.argv[2] ?? new URL('../../../bench/data/whatsapp-1000000.txt', import.meta.url);
const LINE = /^\d{1,2}\/\d{1,2}\/\d{2,4}, \d{1,2}:\d{2}(?: [ap]m)? - [^:]+: (.*)$/;

function measure(name: string, texts: readonly string[]): void {
  let best = Number.POSITIVE_INFINITY;
  let found = 0;
  for (let pass = 0; pass < 5; pass++) {
    const started = process.hrtime.bigint();
    found = 0;
    for (const text of texts) if (checkSafety(text) !== null) found++;
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e3 / texts.length);
  }
  const opened = texts.filter(opensScore).length;
  console.log(
    `${name}: ${texts.length} messages, ${best.toFixed(2)} µs a message (best of 5); the score reads ${((100 * opened) / texts.length).toFixed(2)}%, flagged ${found}`,
  );
}

if (existsSync(CHAT)) {
  const lines = readFileSync(CHAT, 'utf8').split('\n').slice(0, 300_000);
  const texts: string[] = [];
  for (const line of lines) {
    const match = LINE.exec(line);
    if (match) texts.push(match[1] as string);
    else if (texts.length > 0) texts[texts.length - 1] += `\n${line}`;
  }
  measure('benchmark chat, first 300,000 lines', texts);
} else console.log('no benchmark chat: run `npm run bench -- --only analyze` once to make it');
if (goEmotionsAvailable())
  measure(
    'GoEmotions comments',
    loadGoEmotions().map((c) => c.text),
  );
