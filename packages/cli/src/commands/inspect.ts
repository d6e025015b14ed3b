// `reconnect inspect FILE`: which app an export came from, who wrote how much, and over what time
import { type ConversationSummary, FORMAT_LABELS, summarizeConversation } from '@reconnect/core/import';
import { type Conversation, FORMATS } from '@reconnect/core/model';
import { readConversation } from '@reconnect/node/read';
import type { Command } from 'commander';
import pc from 'picocolors';
import { collect, readFlags } from '../flags.ts';
import { asParticipantUsageError } from '../participant-wording.ts';
import { createProgress } from '../ui/progress.ts';
import { terminalSafe, terminalSafeJson } from '../ui/terminal-text.ts';

export interface InspectFlags {
  readonly format?: string;
  readonly json?: boolean;
  readonly tz?: string;
  readonly chat?: string;
  readonly merge?: readonly string[];
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
      const options = readFlags(flags);
      const bar = createProgress({ label: 'Reading', enabled: flags.json !== true });
      let conversation: Conversation;
      try {
        conversation = await readConversation(file, { ...options, onProgress: (p) => bar.update(p) });
      } catch (error) {
        throw asParticipantUsageError(error);
      } finally {
        bar.done();
      }
      const summary = summarizeConversation(conversation);
      process.stdout.write(
        flags.json ? `${terminalSafeJson(summary, 2)}\n` : renderSummary(summary, conversation.title, options.timeZone),
      );
    });
}
