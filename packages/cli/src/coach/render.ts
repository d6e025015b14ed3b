// the human-readable view of a coach result: the message with its phrases marked, then tips and a rewrite
import type { CoachFlag, CoachResult } from '@reconnect/core/coach';
import { PRESSURE, STEPS, SUPPORTIVE } from '@reconnect/core/playbook';
import pc from 'picocolors';
import { terminalSafe } from '../ui/terminal-text.ts';

const VERDICT_LINE: Record<CoachResult['verdict'], (score: number, rewriteShown?: boolean) => string> = {
  cannot_judge: () =>
    pc.yellow(
      'The coach can only check messages written in English, so it cannot say how this one may land. It has not judged it kind or unkind.',
    ),
  send: () => pc.green('Looks kind and clear. Good to send.'),
  soften: (score) => pc.yellow(`Pressure ${score}/100: a gentler wording may land better.`),
  rethink: (score, rewriteShown = true) =>
    pc.red(
      `Pressure ${score}/100: this may push them further away.${rewriteShown ? ' Consider the rewrite below.' : ''}`,
    ),
};

/** a draft longer than this, or with more marks, gets a summary instead of every mark */
export const LONG_DRAFT_CHARS = 2_000;
export const LONG_DRAFT_FLAGS = 12;
/** how much of a long draft is shown, and how many kinds of pressure are listed */
const SHOWN_CHARS = 400;
const SHOWN_KINDS = 5;

/** the message (its first `limit` characters) with flagged phrases in red and supportive ones in green */
function highlight(result: CoachResult, limit = result.text.length): string {
  const length = Math.min(limit, result.text.length);
  const marks = new Array<'flag' | 'strength' | null>(length).fill(null);
  for (const s of result.strengths) for (let i = s.start; i < Math.min(s.end, length); i++) marks[i] = 'strength';
  for (const f of result.flags) for (let i = f.start; i < Math.min(f.end, length); i++) marks[i] = 'flag';
  let out = '';
  let i = 0;
  while (i < length) {
    const mark = marks[i];
    let j = i + 1;
    while (j < length && marks[j] === mark) j++;
    const piece = result.text
      .slice(i, j)
      .split('\n')
      .map((part) => terminalSafe(part))
      .join('\n');
    out += mark === 'flag' ? pc.bold(pc.red(piece)) : mark === 'strength' ? pc.green(piece) : piece;
    i = j;
  }
  return length < result.text.length ? `${out}…` : out;
}

/** an excerpt on one line, at most `max` characters */
const clip = (excerpt: string, max = 80): string => {
  const line = terminalSafe(excerpt).trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const plural = (count: number, word: string): string =>
  `${count.toLocaleString('en-US')} ${word}${count === 1 ? '' : 's'}`;

/** a long draft: its start, how many marks of each kind with one example each, and where the rest is */
function renderLongDraft(result: CoachResult): string[] {
  const words = result.text.split(/\s+/).filter(Boolean).length;
  const lines = [
    VERDICT_LINE[result.verdict](result.pressure ?? 0, false),
    '',
    `This is a long draft (${plural(words, 'word')}) with ${plural(result.flags.length, 'marked phrase')}. The main ones:`,
    '',
    indent(highlight(result, SHOWN_CHARS)),
    '',
  ];
  const byKind = new Map<CoachFlag['category'], CoachFlag[]>();
  for (const flag of result.flags) {
    const list = byKind.get(flag.category);
    if (list) list.push(flag);
    else byKind.set(flag.category, [flag]);
  }
  const kinds = [...byKind.entries()].sort((a, b) => b[1].length - a[1].length);
  for (const [category, flags] of kinds.slice(0, SHOWN_KINDS)) {
    const info = PRESSURE[category];
    const first = flags[0] as CoachFlag;
    lines.push(
      `${pc.red('●')} ${pc.bold(info.label)}: ${plural(flags.length, 'phrase')}, like "${clip(first.excerpt)}"  ${pc.dim(`step ${first.step}: ${STEPS[first.step].title}`)}`,
      `  ${pc.dim('Why:')} ${first.why}`,
      `  ${pc.dim('Try:')} ${first.try}`,
    );
  }
  if (kinds.length > SHOWN_KINDS) lines.push(pc.dim(`  … and ${plural(kinds.length - SHOWN_KINDS, 'more kind')}.`));
  lines.push(
    '',
    'A message this long is hard to take in, and hard to rewrite as a whole. Try saying the one thing that',
    'matters most in a few sentences, then coach that.',
    pc.dim('Every mark, with its place in the text, is in `reconnect coach --json`.'),
  );
  return lines;
}

function indent(text: string, by = '  '): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n');
}

/**
 * Renders a coach result for the terminal (colours follow picocolors' detection of the terminal).
 * @example renderCoachResult(coachMessage('hello??'))
 */
export function renderCoachResult(result: CoachResult): string {
  const lines: string[] = [];
  if (result.safety) {
    lines.push(pc.bold(result.safety.message), '');
    for (const resource of result.safety.resources) lines.push(`  • ${resource}`);
    lines.push(
      '',
      pc.dim('Reconnect is not a crisis service. Reaching out to someone now matters more than any message.'),
    );
    return lines.join('\n');
  }
  if (result.text.length > LONG_DRAFT_CHARS || result.flags.length > LONG_DRAFT_FLAGS)
    return renderLongDraft(result).join('\n');
  lines.push(VERDICT_LINE[result.verdict](result.pressure ?? 0), '', indent(highlight(result)), '');
  const seen = new Set<string>();
  for (const flag of result.flags) {
    const info = PRESSURE[flag.category];
    lines.push(
      `${pc.red('●')} ${pc.bold(info.label)}: "${clip(flag.excerpt)}"  ${pc.dim(`step ${flag.step}: ${STEPS[flag.step].title}`)}`,
    );
    if (seen.has(flag.category)) continue;
    seen.add(flag.category);
    lines.push(`  ${pc.dim('Why:')} ${flag.why}`, `  ${pc.dim('Try:')} ${flag.try}`);
  }
  if (result.strengths.length > 0) {
    if (result.flags.length > 0) lines.push('');
    const credited = result.strengths.map(
      (s) => `"${terminalSafe(s.excerpt)}" (${SUPPORTIVE[s.category].label.toLowerCase()})`,
    );
    lines.push(`${pc.green('✓')} Already helping: ${credited.join(', ')}`);
  }
  if (result.rewrite !== null)
    lines.push('', pc.bold('A gentler way to say it:'), indent(pc.cyan(terminalSafe(result.rewrite))));
  return lines.join('\n');
}
