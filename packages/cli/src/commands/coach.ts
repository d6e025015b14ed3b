// `reconnect coach [TEXT] [--json] [--batch FILE|-]`: coach a message before it is sent
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { type CoachContext, coachMessage } from '@reconnect/core/coach';
import type { Command } from 'commander';
import { CLIError, EXIT_RUNTIME, EXIT_USAGE } from '../cli-error.ts';
import { coachBatch, MAX_LINE_BYTES } from '../coach/batch.ts';
import { renderCoachResult } from '../coach/render.ts';
import { terminalSafe, terminalSafeJson } from '../ui/terminal-text.ts';

interface CoachOptions {
  json?: boolean;
  batch?: string;
  unanswered?: string;
  hours?: string;
}

/** reads all of stdin as strict UTF-8 */
async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CLIError('The message is not valid UTF-8 text. Please save it as UTF-8 and try again.', EXIT_USAGE);
  }
}

function parseCount(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new CLIError(`${flag} needs a number of 0 or more, not "${value}".`, EXIT_USAGE);
  return n;
}

function contextFrom(options: CoachOptions): CoachContext | undefined {
  const unansweredCount = parseCount(options.unanswered, '--unanswered');
  const hoursSinceTheirLastMessage = parseCount(options.hours, '--hours');
  if (unansweredCount === undefined && hoursSinceTheirLastMessage === undefined) return undefined;
  return {
    ...(unansweredCount !== undefined ? { unansweredCount } : {}),
    ...(hoursSinceTheirLastMessage !== undefined ? { hoursSinceTheirLastMessage } : {}),
  };
}

async function runBatch(source: string): Promise<void> {
  const input = source === '-' ? process.stdin : createReadStream(source, { highWaterMark: 1 << 20 });
  const summary = await coachBatch(input, process.stdout, (line, error) =>
    process.stderr.write(`reconnect: line ${line}: ${terminalSafe(error)}\n`),
  );
  if (summary.failed > 0) {
    process.stderr.write(`reconnect: ${summary.failed} of ${summary.lines} lines could not be coached (see above).\n`);
    process.exitCode = EXIT_RUNTIME;
  }
}

async function runSingle(text: string | undefined, options: CoachOptions): Promise<void> {
  const context = contextFrom(options);
  let message = text;
  if (message === undefined) {
    if (process.stdin.isTTY)
      throw new CLIError('Please give a message to coach, e.g. reconnect coach "hey, are you ok?"', EXIT_USAGE);
    message = await readStdin(process.stdin);
  }
  if (message.trim() === '')
    throw new CLIError('The message is empty. Please give the text you are thinking of sending.', EXIT_USAGE);
  if (message.length > MAX_LINE_BYTES)
    throw new CLIError(
      `The message is ${message.length.toLocaleString('en-US')} characters long; the coach reads up to ${MAX_LINE_BYTES.toLocaleString('en-US')} at a time. Please coach the part you mean to send.`,
      EXIT_USAGE,
    );
  if (!message.isWellFormed()) throw new CLIError('The message holds broken characters (lone surrogates).', EXIT_USAGE);
  const result = coachMessage(message, context);
  process.stdout.write(options.json ? `${terminalSafeJson(result)}\n` : `${renderCoachResult(result)}\n`);
}

export function registerCoach(program: Command): void {
  program
    .command('coach')
    .description('check a message before you send it: what may push them away, why, and a gentler way to say it')
    .argument('[text]', 'the message (or give it on standard input)')
    .option('--json', 'print the result as JSON')
    .option('--batch <file>', 'coach every line of a JSON Lines file ({"text": "..."} per line; - for stdin)')
    .option('--unanswered <n>', 'how many of your messages are still unanswered before this one')
    .option('--hours <h>', 'hours since they last wrote')
    .action(async (text: string | undefined, options: CoachOptions) => {
      if (options.batch !== undefined) {
        if (text !== undefined) throw new CLIError('Give either a message or --batch FILE, not both.', EXIT_USAGE);
        await runBatch(options.batch);
      } else await runSingle(text, options);
    });
}
