// `reconnect demo`: writes a made-up WhatsApp export in which the partner slowly pulls away, to try the other commands on
import { basename } from 'node:path';
import { importConversation } from '@reconnect/core/import';
import { REASONS } from '@reconnect/core/playbook';
import { demoConversation, toWhatsAppText } from '@reconnect/core/simulate';
import type { Command } from 'commander';
import pc from 'picocolors';
import { checkOutputPath, saveOutputFile } from '../io/output-path.ts';
import { terminalSafe } from '../ui/terminal-text.ts';

export interface DemoFlags {
  readonly out?: string;
  readonly force?: boolean;
}

export interface DemoOutput {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean };
}

/** the export's default file name, the one WhatsApp itself uses */
export const demoFileName = (partner: string): string => `WhatsApp Chat with ${partner}.txt`;

/** the demo's time zone: fixed, so the file is the same on every machine */
export const DEMO_TIME_ZONE = 'UTC';

const readableDay = (isoDay: string): string =>
  new Date(`${isoDay}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

const quoteArg = (path: string): string => (/^[\w./-]+$/.test(path) ? path : `"${path.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * Writes the demo export and says what it wrote and what to try next.
 * @example await runDemo({ out: 'demo.txt' })
 */
export async function runDemo(flags: DemoFlags, output: DemoOutput = { stdout: process.stdout }): Promise<string> {
  const simulated = demoConversation(DEMO_TIME_ZONE);
  const spec = simulated.spec;
  const [me, partner] = spec.names;
  const path = checkOutputPath(flags.out ?? demoFileName(partner), {
    flag: '--out',
    ...(flags.force !== undefined ? { force: flags.force } : {}),
  });
  const text = toWhatsAppText(simulated.conversation, spec.timeZone);
  await saveOutputFile(path, text);

  const feeling = spec.reason === null ? 'distant' : REASONS[spec.reason].title.toLowerCase();
  const c = pc.createColors(output.stdout.isTTY === true && pc.isColorSupported);
  // counted as `analyze` will count them: the file read back, its opening notice included
  const bytes = new TextEncoder().encode(text);
  const readBack = await importConversation(
    {
      name: basename(path),
      files: [
        {
          name: basename(path),
          size: bytes.length,
          chunks: async function* () {
            yield bytes;
          },
        },
      ],
    },
    { timeZone: DEMO_TIME_ZONE },
  );
  const messages = readBack.messages.length;
  const shown = terminalSafe(flags.out === undefined ? basename(path) : flags.out);
  const meFlag = basename(path) === demoFileName(partner) ? '' : ` --me ${me}`;
  const lines = [
    `Wrote a made-up chat between ${c.bold(me)} (you) and ${c.bold(partner)} to ${c.bold(terminalSafe(path))}`,
    c.dim(`${messages.toLocaleString('en-US')} messages over ${spec.days} days, in WhatsApp's export format.`),
    '',
    `The story: from around ${readableDay(simulated.truth.onset ?? spec.startDate)}, ${partner} feels ${feeling} and slowly pulls away,`,
    `and ${me} starts chasing. Nothing in it is real.`,
    '',
    'Try next:',
    `  ${c.cyan(`reconnect analyze ${quoteArg(shown)}${meFlag}`)}`,
    `  ${c.cyan(`reconnect analyze ${quoteArg(shown)}${meFlag} --html report.html`)}`,
  ];
  output.stdout.write(`${lines.join('\n')}\n`);
  return path;
}

/**
 * Adds `reconnect demo [--out FILE] [--force]`.
 * @example registerDemo(program)
 */
export function registerDemo(program: Command, output?: DemoOutput): void {
  program
    .command('demo')
    .description('Write a made-up WhatsApp export with a story of pulling away, to try Reconnect without real data.')
    .option('--out <file>', 'where to write it (default: "WhatsApp Chat with Sam.txt" in this folder)')
    .option('--force', 'replace the file if it already exists')
    .action(async (flags: DemoFlags) => {
      await runDemo(flags, output);
    });
}
