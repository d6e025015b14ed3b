// `reconnect inspect FILE`: which app an export came from, who wrote how much, and over what time
import {
  type Conversation,
  type ConversationSummary,
  FORMAT_LABELS,
  FORMATS,
  type Format,
  findParticipant,
  formatNamed,
  type ImportOptions,
  importConversation,
  isKnownTimeZone,
  mergeParticipants,
  summarizeConversation,
} from '@reconnect/core';
import type { Command } from 'commander';
import pc from 'picocolors';
import { CLIError, EXIT_USAGE } from '../cli-error.ts';
import { openInput } from '../io/open-input.ts';
import { createProgress } from '../ui/progress.ts';
import { terminalSafe, terminalSafeJson } from '../ui/terminal-text.ts';

export interface InspectFlags {
  readonly format?: string;
  readonly json?: boolean;
  readonly tz?: string;
  readonly chat?: string;
  readonly merge?: readonly string[];
}

/** commander's collector for a repeatable option */
export const collect = (value: string, previous: readonly string[] = []): string[] => [...previous, value];

/**
 * Folds each "OTHER=NAME" of --merge into NAME: one person who appears under two names.
 * @example applyMerges(conversation, ['Sam (work)=Sam'])
 */
export function applyMerges(conversation: Conversation, merges: readonly string[] = []): Conversation {
  let merged = conversation;
  for (const pair of merges) {
    const [from, into] = pair.split('=').map((part) => part.trim());
    if (!from || !into)
      throw new CLIError(`--merge needs two names joined by "=", like "Sam (work)=Sam", not "${pair}".`, EXIT_USAGE);
    const names = merged.participants.map((p) => p.name).join(', ');
    const source = findParticipant(merged, from);
    const target = findParticipant(merged, into);
    if (!source || !target)
      throw new CLIError(
        `I can't find "${source ? into : from}" in this chat. The people in it: ${names}.`,
        EXIT_USAGE,
      );
    merged = mergeParticipants(merged, target.id, source.id);
  }
  return merged;
}

/**
 * The --format value as a Format, or a usage error listing the formats.
 * @example parseFormatFlag('WhatsApp') // 'whatsapp'
 */
export function parseFormatFlag(value: string | undefined): Format | undefined {
  if (value === undefined) return undefined;
  const format = formatNamed(value);
  if (format !== undefined) return format;
  throw new CLIError(`I don't know the format "${value}". Formats I can read: ${FORMATS.join(', ')}.`, EXIT_USAGE);
}

/**
 * The --tz value checked against the runtime's zone database, or a usage error.
 * @example parseTimeZoneFlag('Europe/Berlin') // 'Europe/Berlin'
 */
export function parseTimeZoneFlag(value: string | undefined): string | undefined {
  if (value === undefined || isKnownTimeZone(value)) return value;
  throw new CLIError(
    `"${value}" is not a time zone I know. Try a name like Europe/Berlin or America/New_York.`,
    EXIT_USAGE,
  );
}

/**
 * Reads an export from disk with a progress bar on stderr (hidden with `quiet`), closing any zip afterwards.
 * @example const conversation = await readConversation('chat.zip', { timeZone: 'Europe/Paris' }, false)
 */
export async function readConversation(path: string, options: ImportOptions, quiet: boolean): Promise<Conversation> {
  const input = await openInput(path, options.maxBytes !== undefined ? { maxBytes: options.maxBytes } : {});
  const bar = createProgress({ label: 'Reading', enabled: !quiet });
  try {
    return await importConversation(input, { ...options, onProgress: (p) => bar.update(p) });
  } finally {
    bar.done();
    await input.close();
  }
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;
}

function formatWhen(iso: string, timeZone: string | undefined): string {
  return new Intl.DateTimeFormat('en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone !== undefined ? { timeZone } : {}),
  }).format(new Date(iso));
}

/**
 * The readable summary `inspect` prints without --json.
 * @example process.stdout.write(renderSummary(summarizeConversation(c), c.title, 'Europe/Berlin'))
 */
export function renderSummary(summary: ConversationSummary, title: string | null, timeZone?: string): string {
  const lines: string[] = [];
  const heading = `${FORMAT_LABELS[summary.format]} chat${title ? ` · ${terminalSafe(title)}` : ''}`;
  lines.push(pc.bold(heading));
  const range =
    summary.first !== null && summary.last !== null
      ? ` from ${formatWhen(summary.first, timeZone)} to ${formatWhen(summary.last, timeZone)}`
      : '';
  lines.push(`${plural(summary.messages, 'message')}${range}`);
  const people = [...summary.participants]
    .map((p) => ({ name: terminalSafe(p.name), messages: p.messages }))
    .sort((a, b) => b.messages - a.messages);
  const width = Math.min(32, Math.max(0, ...people.map((p) => p.name.length)));
  const most = Math.max(1, ...people.map((p) => p.messages));
  if (people.length > 0)
    lines.push('', pc.bold(people.length === 1 ? 'Who wrote' : `Who wrote (${people.length} people)`));
  for (const person of people) {
    const share = summary.messages > 0 ? Math.round((person.messages / summary.messages) * 100) : 0;
    const bar = '█'.repeat(Math.max(person.messages > 0 ? 1 : 0, Math.round((person.messages / most) * 20)));
    const name = person.name.length > width ? `${person.name.slice(0, width - 1)}…` : person.name.padEnd(width);
    lines.push(`  ${name}  ${String(person.messages).padStart(7)}  ${pc.cyan(bar)} ${pc.dim(`${share}%`)}`);
  }
  const unattributed = summary.messages - summary.participants.reduce((sum, p) => sum + p.messages, 0);
  if (unattributed > 0) lines.push(pc.dim(`  (${plural(unattributed, 'notice')} without an author, like "X joined")`));
  if (summary.events > 0) {
    const kinds = Object.entries(summary.eventKinds).map(([kind, count]) => `${count} ${kind}`);
    lines.push(pc.dim(`  (${plural(summary.events, 'event')} kept apart from the messages: ${kinds.join(', ')})`));
  }
  if (summary.warnings.length > 0) {
    lines.push('', pc.yellow(`${plural(summary.warnings.length, 'note')} while reading:`));
    for (const warning of summary.warnings.slice(0, 20)) lines.push(`  - ${terminalSafe(warning)}`);
    if (summary.warnings.length > 20) lines.push(pc.dim(`  … and ${summary.warnings.length - 20} more (see --json)`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Adds `reconnect inspect FILE [--format NAME] [--json] [--tz ZONE] [--chat NAME]`.
 * @example registerInspect(program)
 */
export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('Look inside a chat export: which app it came from, who wrote how much, and when.')
    .argument('<file>', 'the export: a file, a zip, or a folder')
    .option('--format <name>', `read it as this format (${FORMATS.join(', ')})`)
    .option('--json', 'print one JSON object instead of a summary')
    .option('--tz <zone>', 'time zone for exports that do not record one (e.g. Europe/Berlin)')
    .option('--chat <name>', 'which chat to read when the export holds several')
    .option('--merge <names>', 'one person under two names: "OTHER NAME=NAME" (repeatable)', collect)
    .action(async (file: string, flags: InspectFlags) => {
      const format = parseFormatFlag(flags.format);
      const timeZone = parseTimeZoneFlag(flags.tz);
      const conversation = applyMerges(
        await readConversation(
          file,
          {
            ...(format !== undefined ? { format } : {}),
            ...(timeZone !== undefined ? { timeZone } : {}),
            ...(flags.chat !== undefined ? { chat: flags.chat } : {}),
          },
          flags.json === true,
        ),
        flags.merge,
      );
      const summary = summarizeConversation(conversation);
      process.stdout.write(
        flags.json ? `${terminalSafeJson(summary, 2)}\n` : renderSummary(summary, conversation.title, timeZone),
      );
    });
}
