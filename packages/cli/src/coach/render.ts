// the human-readable view of a coach result: the message with its phrases marked, then tips and a rewrite
import { type CoachResult, PRESSURE, STEPS, SUPPORTIVE } from '@reconnect/core';
import pc from 'picocolors';
import { terminalSafe } from '../ui/terminal-text.ts';

const VERDICT_LINE: Record<CoachResult['verdict'], (score: number) => string> = {
  send: () => pc.green('Looks kind and clear. Good to send.'),
  soften: (score) => pc.yellow(`Pressure ${score}/100: a gentler wording may land better.`),
  rethink: (score) => pc.red(`Pressure ${score}/100: this may push them further away. Consider the rewrite below.`),
};

/** the message with flagged phrases in red and supportive ones in green */
function highlight(result: CoachResult): string {
  const marks = new Array<'flag' | 'strength' | null>(result.text.length).fill(null);
  for (const s of result.strengths) for (let i = s.start; i < s.end; i++) marks[i] = 'strength';
  for (const f of result.flags) for (let i = f.start; i < f.end; i++) marks[i] = 'flag';
  let out = '';
  let i = 0;
  while (i < result.text.length) {
    const mark = marks[i];
    let j = i + 1;
    while (j < result.text.length && marks[j] === mark) j++;
    const piece = result.text
      .slice(i, j)
      .split('\n')
      .map((part) => terminalSafe(part))
      .join('\n');
    out += mark === 'flag' ? pc.bold(pc.red(piece)) : mark === 'strength' ? pc.green(piece) : piece;
    i = j;
  }
  return out;
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
  lines.push(VERDICT_LINE[result.verdict](result.pressure), '', indent(highlight(result)), '');
  const seen = new Set<string>();
  for (const flag of result.flags) {
    const info = PRESSURE[flag.category];
    lines.push(
      `${pc.red('●')} ${pc.bold(info.label)}: "${terminalSafe(flag.excerpt)}"  ${pc.dim(`step ${flag.step}: ${STEPS[flag.step].title}`)}`,
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
