// `reconnect analyze FILE`: what changed between you and your partner, why it might be, and what to do now
import { existsSync } from 'node:fs';
import type { AnalysisReport } from '@reconnect/core/analysis';
import { type Conversation, resolveParticipants } from '@reconnect/core/model';
import type { AnalyzeFileOptions, ReadExport } from '@reconnect/node';
import type { Command } from 'commander';
import pc from 'picocolors';
import { collect, readFlags } from '../flags.ts';
import { checkOutputPath } from '../io/output-path.ts';
import { asParticipantUsageError } from '../participant-wording.ts';
import { createProgress, type Progress } from '../ui/progress.ts';
import { terminalSafe, terminalSafeJson } from '../ui/terminal-text.ts';

export interface AnalyzeFlags {
  readonly me?: string;
  readonly partner?: string;
  readonly format?: string;
  readonly tz?: string;
  readonly json?: boolean;
  readonly html?: string;
  readonly chat?: string;
  readonly merge?: readonly string[];
  readonly force?: boolean;
}

/** where the command writes; the real process by default, a capture in tests */
export interface AnalyzeOutput {
  readonly stdout: { write(text: string): unknown; readonly isTTY?: boolean; readonly columns?: number };
  readonly stderr: { write(text: string): unknown; readonly isTTY?: boolean };
}

const processOutput: AnalyzeOutput = { stdout: process.stdout, stderr: process.stderr };

/** the Node layer's options for the flags, with the reading bar and the first reading note on stderr */
function readingOptions(flags: AnalyzeFlags, bar: Progress): AnalyzeFileOptions {
  const quiet = flags.json === true;
  return {
    ...readFlags(flags),
    ...(flags.me !== undefined ? { me: flags.me } : {}),
    ...(flags.partner !== undefined ? { partner: flags.partner } : {}),
    onProgress: (p) => bar.update(p),
    onRead: (conversation) => {
      bar.done();
      const notes = conversation.warnings;
      if (notes.length > 0 && !quiet) {
        const more = notes.length > 1 ? ` (and ${notes.length - 1} more; see them with reconnect inspect)` : '';
        process.stderr.write(`reconnect: note while reading: ${terminalSafe(notes[0] ?? '')}${more}\n`);
      }
    },
  };
}

/**
 * Reads the export and settles who is who, with progress (hidden with --json); exit 2 when it cannot tell who you
 * are. `import FILE` reads through here.
 * @example const { conversation, me, partner } = await readExport('chat.txt', { me: 'Alex' })
 */
export async function readExport(file: string, flags: AnalyzeFlags): Promise<ReadExport> {
  const bar = createProgress({ label: 'Reading', enabled: flags.json !== true });
  try {
    // loaded here, not at start-up: `analyze ID` reads kept insights and needs neither the importers nor the analysis
    const { readExport: readExportFile } = await import('@reconnect/node');
    return await readExportFile(file, readingOptions(flags, bar));
  } catch (error) {
    throw asParticipantUsageError(error);
  } finally {
    bar.done();
  }
}

/**
 * Who is who in a stored conversation, from --me and --partner or the export's own hints; a usage error when unclear.
 * @example settlePeople(conversation, { me: 'Alex' }).partner.name
 */
export function settlePeople(
  conversation: Conversation,
  flags: Pick<AnalyzeFlags, 'me' | 'partner'>,
): ReturnType<typeof resolveParticipants> {
  try {
    return resolveParticipants(conversation, {
      ...(flags.me !== undefined ? { me: flags.me } : {}),
      ...(flags.partner !== undefined ? { partner: flags.partner } : {}),
    });
  } catch (error) {
    throw asParticipantUsageError(error);
  }
}

/**
 * Reads the export, settles who is who and analyses the history, with progress and the first reading note on
 * stderr (hidden with --json); exit 2 when it cannot tell who you are.
 */
async function analyzeWithProgress(file: string, flags: AnalyzeFlags): Promise<AnalysisReport> {
  const bar = createProgress({ label: 'Reading', enabled: flags.json !== true });
  let status: Progress | undefined;
  try {
    const { analyzeFile } = await import('@reconnect/node');
    return await analyzeFile(file, {
      ...readingOptions(flags, bar),
      onAnalyze: (conversation) => {
        status = createProgress({ label: 'Looking', enabled: flags.json !== true });
        status.note(`at ${conversation.messages.length.toLocaleString('en-US')} messages, week by week …`);
      },
    });
  } catch (error) {
    throw asParticipantUsageError(error);
  } finally {
    bar.done();
    status?.done();
  }
}

/** a conversation id from `reconnect conversations` (and not a file of that name) */
const isStoredConversationId = (arg: string): boolean => /^[0-9a-z]{9}$/.test(arg) && !existsSync(arg);

/**
 * A note when the chat is a group: the analysis reads it as two people, and replies may have been to someone else.
 * @example groupNote(report) // 'This is a group chat of 30 people. …' or null
 */
export function groupNote(report: AnalysisReport): string | null {
  const people = report.source.participants.length;
  if (people <= 2) return null;
  return `This is a group chat of ${people} people. The figures follow ${report.me} (you) and ${report.partner}, but in a group a reply may have been meant for someone else, so read them with care.`;
}

/**
 * Runs `analyze` and writes its result: JSON, or the human summary; plus the HTML report with --html.
 * @example await runAnalyze('chat.txt', { json: true })
 */
export async function runAnalyze(
  file: string,
  flags: AnalyzeFlags,
  output: AnalyzeOutput = processOutput,
): Promise<void> {
  const htmlPath =
    flags.html !== undefined
      ? checkOutputPath(flags.html, {
          flag: '--html',
          inputs: [file],
          ...(flags.force !== undefined ? { force: flags.force } : {}),
        })
      : undefined;
  const report = isStoredConversationId(file)
    ? await (await import('./vault.ts')).analyzeStored(file, flags)
    : await analyzeWithProgress(file, flags);
  if (htmlPath !== undefined) await (await import('../report/html-report.ts')).writeHtmlReport(report, htmlPath);
  const group = groupNote(report);
  if (flags.json) {
    if (group !== null) output.stderr.write(`reconnect: ${terminalSafe(group)}\n`);
    output.stdout.write(`${terminalSafeJson(report)}\n`);
    return;
  }
  const colors = pc.createColors(output.stdout.isTTY === true && pc.isColorSupported);
  const { formatSummary } = await import('../report/summary-text.ts');
  const lines = formatSummary(report, colors, Math.min(100, Math.max(40, output.stdout.columns ?? 88)));
  if (group !== null) lines.unshift(colors.yellow(terminalSafe(group)), '');
  lines.push('');
  if (htmlPath !== undefined) {
    lines.push(
      `Saved the report with charts to ${colors.bold(terminalSafe(htmlPath))}. Open it in your browser; it works offline.`,
    );
  } else {
    lines.push(colors.dim(`For charts, add --html report.html.`));
  }
  output.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * Adds `reconnect analyze FILE [--me NAME] [--partner NAME] [--format NAME] [--tz ZONE] [--json] [--html OUT]`.
 * @example registerAnalyze(program)
 */
export function registerAnalyze(program: Command, output: AnalyzeOutput = processOutput): void {
  program
    .command('analyze')
    .description(
      'See how the conversation with your partner has changed, what might be behind it, and what could help.',
    )
    .argument('<file>', "the chat export (a file, a zip, or a folder), or a stored conversation's ID")
    .option('--me <name>', 'your name as it appears in the chat')
    .option('--partner <name>', "your partner's name as it appears in the chat")
    .option('--format <name>', 'read the export as this format instead of detecting it')
    .option('--tz <zone>', 'time zone for exports that do not record one (e.g. Europe/Berlin)')
    .option('--json', 'print one JSON object instead of a summary')
    .option('--html <out>', 'also save a report with charts as one HTML file that opens offline')
    .option('--force', 'replace the --html file if it already exists')
    .option('--chat <name>', 'which chat to read when the export holds several')
    .option('--merge <names>', 'one person under two names: "OTHER NAME=NAME" (repeatable)', collect)
    .action(async (file: string, flags: AnalyzeFlags) => {
      await runAnalyze(file, flags, output);
    });
}
