// the human summary `reconnect analyze` prints: what changed, your pattern, likely reasons, what to do now
import type { AnalysisReport } from '@reconnect/core';
import {
  distinctByText,
  formatDay,
  howSure,
  localDay,
  METRIC_WORDING,
  PRESSURE,
  type PressureCategory,
  pursuitFigures,
  pursuitHeadline,
  REASONS,
  STEPS,
  withdrawalHeadline,
} from '@reconnect/core';
import type { Colors } from 'picocolors/types';
import { terminalSafe } from '../ui/terminal-text.ts';

const MAX_QUOTE = 140;

/**
 * Chat text made safe and short for a terminal: control characters (escape sequences) removed, one line.
 * @example terminalQuote('hi\u001b[2Jthere\nyou') // "hi[2Jthere you"
 */
export function terminalQuote(text: string, max: number = MAX_QUOTE): string {
  const trimmed = terminalSafe(text).trim();
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}

/**
 * Wraps plain text at word boundaries to `width` columns, each line starting with `indent`.
 * @example wrapText('a b c', 5, '  ') // ['  a b', '  c']
 */
export function wrapText(text: string, width: number, indent: string): string[] {
  const room = Math.max(10, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

const label = (category: string): string =>
  category in PRESSURE ? PRESSURE[category as PressureCategory].label.toLowerCase() : category.replace(/_/g, ' ');

/**
 * The plain-language summary of an analysis, one line per array entry, coloured with `c`, wrapped to `width`.
 * @example formatSummary(report, pc.createColors(false)).join('\n')
 */
export function formatSummary(report: AnalysisReport, c: Colors, width = 88): string[] {
  const { withdrawal, pursuit, advice } = report;
  const partner = terminalSafe(report.partner);
  const zone = report.timeZone;
  const heading = (text: string) => c.bold(c.cyan(text));
  const quote = (at: string, text: string, extra = '') =>
    `    ${c.italic(`“${terminalQuote(text)}”`)} ${c.dim(`— ${formatDay(localDay(at, zone))}${extra}`)}`;
  const lines: string[] = [];
  const para = (text: string, paint: (line: string) => string = (line) => line, indent = '  ') => {
    for (const line of wrapText(terminalSafe(text), width, indent)) lines.push(paint(line));
  };

  const span =
    report.source.first && report.source.last
      ? `, ${formatDay(localDay(report.source.first, zone))} to ${formatDay(localDay(report.source.last, zone))}`
      : '';
  lines.push(c.bold(`You (${terminalSafe(report.me)}) and ${partner}`));
  lines.push(c.dim(`${report.source.messages.toLocaleString('en')} messages${span}. Nothing left this computer.`));
  lines.push('');

  lines.push(heading('What changed'));
  para(withdrawalHeadline(partner, withdrawal));
  if (withdrawal.summary) para(withdrawal.summary);
  if (withdrawal.recovered && withdrawal.recoveredSince) {
    para(`Some of it has been coming back since around ${formatDay(withdrawal.recoveredSince)}.`, c.green);
  }
  if (withdrawal.detected) lines.push(`  How sure: ${howSure(withdrawal.confidence)}`);
  let shown = 0;
  for (const signal of withdrawal.signals) {
    const wording = METRIC_WORDING[signal.metric];
    const [before, after] = [wording.format(signal.before), wording.format(signal.after)];
    if (before === after || shown >= 5) continue;
    shown++;
    lines.push(`  • ${wording.label}: ${before} → ${c.bold(after)}`);
  }
  lines.push('');

  lines.push(heading('Your side of the pattern'));
  para(`${pursuitHeadline(pursuit)}${pursuit.detected ? ' It is also the half of the pattern you can change.' : ''}`);
  para(
    pursuitFigures(pursuit)
      .map(([label, value]) => `${label}: ${value.toLocaleString('en-US')}`)
      .join(' · '),
    c.dim,
  );
  for (const example of distinctByText(pursuit.examples, 3)) {
    const tags = example.categories.length > 0 ? ` · ${example.categories.map(label).join(', ')}` : '';
    lines.push(quote(example.at, example.text, tags));
  }
  lines.push('');

  lines.push(heading('What might be behind it'));
  if (report.noClearReason || report.reasons.length === 0) {
    para(`No single reason stands out in ${partner}'s words. A chat only shows part of a life.`);
  }
  for (const estimate of report.reasons) {
    const info = REASONS[estimate.reason];
    const strength = howSure(estimate.score, 'hint', estimate.evidence.length);
    if (estimate.evidence.length === 0 && estimate.score < 0.1) {
      lines.push(`  ${info.title}: ${c.dim(`${strength}.`)}`);
      continue;
    }
    lines.push(`  ${c.bold(info.title)}: ${strength}`);
    para(info.feeling, c.dim, '    ');
    for (const evidence of distinctByText(estimate.evidence, 2)) lines.push(quote(evidence.at, evidence.text));
  }
  para(`These are hints from the words used, not a diagnosis. Only ${partner} knows what they feel.`, c.dim);
  lines.push('');

  const step = STEPS[advice.step];
  lines.push(heading(`What you could do now · step ${advice.step} of 5: ${step.title}`));
  if (advice.headline && advice.headline !== step.title) para(advice.headline);
  para(advice.detail || step.meaning);
  if (advice.waitHours !== null) {
    const wait =
      advice.waitHours < 36
        ? `about ${Math.round(advice.waitHours)} hours`
        : `about ${Math.round(advice.waitHours / 24)} days`;
    para(`Going by ${partner}'s own rhythm, give it ${wait} before reaching out again.`, c.bold);
  }
  const phrase = step.phrases[0];
  if (phrase) lines.push(`  Words you could borrow: ${c.green(`“${phrase}”`)}`);
  return lines;
}
