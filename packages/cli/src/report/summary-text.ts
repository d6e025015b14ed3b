// the human summary `reconnect analyze` prints: what changed, your pattern, likely reasons, what to do now
import type { AnalysisReport } from '@reconnect/core/analysis';
import {
  describeSafety,
  distanceHeadline,
  distinctByText,
  formatDay,
  howSure,
  languageNote,
  localDay,
  METRIC_WORDING,
  mentionTags,
  nothingSeenNote,
  PRESSURE,
  type PressureCategory,
  pursuitFigures,
  pursuitHeadline,
  REASONS,
  SAID_OF_EITHER,
  STEPS,
} from '@reconnect/core/playbook';
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

  const safety = describeSafety(report);
  if (safety) {
    lines.push(c.bold(c.red(`Safety first · ${safety.headline}`)));
    if (safety.urgent) para(safety.urgent, c.bold);
    for (const detail of safety.detail) para(detail);
    const more = safety.total > safety.quotes.length ? ` (${safety.total} messages in all)` : '';
    lines.push(`  ${c.dim(`What Reconnect noticed${more}:`)}`);
    for (const mention of safety.quotes) {
      // a run of messages read as one: its pieces kept apart on the one line
      const text = (mention.messages ?? 1) > 1 ? mention.text.split('\n').join(' / ') : mention.text;
      lines.push(quote(mention.at, text, ` · ${mention.author} · ${mentionTags(mention).join(' · ')}`));
    }
    lines.push(`  ${c.bold('Where to get help now:')}`);
    for (const resource of safety.resources) para(`• ${resource}`, (line) => line, '    ');
    para(safety.caveat, c.dim);
    lines.push('');
  }

  lines.push(heading('What changed'));
  para(distanceHeadline(withdrawal, partner), c.bold);
  if (withdrawal.summary) para(withdrawal.summary);
  if (withdrawal.recovered && withdrawal.recoveredSince) {
    para(`Some of it has been coming back since around ${formatDay(withdrawal.recoveredSince)}.`, c.green);
  }
  if (withdrawal.pattern !== 'none') lines.push(`  How sure: ${howSure(withdrawal.confidence)}`);
  const sides =
    withdrawal.pattern === 'mutual' || withdrawal.pattern === 'me'
      ? [
          { who: 'You', signals: withdrawal.mySignals.filter((s) => SAID_OF_EITHER.has(s.metric)) },
          { who: partner, signals: withdrawal.signals },
        ]
      : [{ who: '', signals: withdrawal.signals }];
  for (const side of sides) {
    let shown = 0;
    for (const signal of side.signals) {
      const wording = METRIC_WORDING[signal.metric];
      const [before, after] = [wording.format(signal.before), wording.format(signal.after)];
      if (before === after || shown >= (side.who ? 3 : 5)) continue;
      shown++;
      lines.push(`  • ${side.who ? `${side.who}, ` : ''}${wording.label}: ${before} → ${c.bold(after)}`);
    }
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
  const unread = languageNote(report.language);
  if (unread) para(unread, c.yellow);
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

  if (advice.safetyFirst) {
    lines.push(heading(`What you could do now · ${advice.headline}`));
    para(advice.detail);
    para('The steps for giving space can wait until everyone is safe.', c.dim);
    return lines;
  }
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
  const nothingSeen = nothingSeenNote(report);
  if (nothingSeen) {
    lines.push('');
    para(nothingSeen, c.dim);
  }
  return lines;
}
