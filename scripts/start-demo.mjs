// npm run demo: the terminal walk-through. Writes a synthetic chat with a withdrawal story, analyses it,
// writes the HTML report and coaches a few sample messages. Nothing leaves this computer.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../packages/cli/dist/reconnect.mjs', import.meta.url).pathname;
const folder = process.env.RECONNECT_DEMO_DIR ?? join(tmpdir(), 'reconnect-demo');
mkdirSync(folder, { recursive: true });
const chat = join(folder, 'WhatsApp Chat with Sam.txt');
const report = join(folder, 'reconnect-report.html');

function run(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', cwd: folder });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const line = (text) => process.stdout.write(`\n${text}\n${'─'.repeat(Math.min(text.length, 72))}\n`);

line('1. A demo chat export (synthetic: a couple where one partner slowly pulls away)');
run(['demo', '--out', chat, '--force']);
line('2. What changed, since when, and what may help');
run(['analyze', chat, '--me', 'Alex', '--tz', 'UTC', '--html', report, '--force']);
line('3. The message coach, on three drafts');
for (const draft of [
  'Why are you ignoring me?? You never text back.',
  'hello???',
  "I've noticed you've been quiet. I'm here if you want to talk.",
])
  run(['coach', draft]);
process.stdout.write(`\nThe full report with charts is at:\n  ${report}\nOpen it in any browser; it works offline.\n`);
