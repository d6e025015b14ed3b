// the human summary `reconnect analyze` prints: what changed, your pattern, likely reasons, what to do now
import type { AnalysisReport, SignalMetric } from '@reconnect/core';
import { PRESSURE, type PressureCategory, REASONS, STEPS } from '@reconnect/core';
import type { Colors } from 'picocolors/types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MAX_QUOTE = 140;

/**
 * A duration in words.
 * @example formatMinutes(95) // "1 h 35 min"
 */
export function formatMinutes(minutes: number): string {
  if (!Number.isFinite(minutes)) return '—';
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = Math.round(minutes - hours * 60);
    return rest === 0 || hours >= 10 ? `${Math.round(minutes / 60)} h` : `${hours} h ${rest} min`;
  }
  return `${Math.round(minutes / 1440)} days`;
}

/**
 * A YYYY-MM-DD date for people.
 * @example formatDay('2024-03-04') // "4 Mar 2024"
 */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}` : day;
}

/** the calendar day of an ISO instant in `timeZone` */
function localDay(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      date,
    );
  } catch {
    return iso.slice(0, 10);
  }
}

const FINDING_WORDS = ['a tentative sign', 'fairly likely', 'a clear pattern'] as const;
const HINT_WORDS = ['a faint hint', 'a moderate hint', 'a strong hint'] as const;

/**
 * How sure a finding (or, with `kind` 'hint', a hint at a reason) is, in words that do not overclaim.
 * @example howSure(0.55) // "fairly likely (55%)"
 */
export function howSure(confidence: number, kind: 'finding' | 'hint' = 'finding'): string {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(confidence) ? confidence : 0));
  const level = clamped >= 0.7 ? 2 : clamped >= 0.4 ? 1 : 0;
  return `${(kind === 'hint' ? HINT_WORDS : FINDING_WORDS)[level]} (${Math.round(clamped * 100)}%)`;
}

/** the first occurrence of each distinct text, at most `limit` */
function distinctByText<T extends { readonly text: string }>(items: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = item.text.trim().toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

const perWeek = (v: number): string => `${Math.round(v * 10) / 10} a week`;
const share = (v: number): string => `${Math.round(v * 100)}%`;

const METRIC_WORDING: Readonly<Record<SignalMetric, { label: string; format: (v: number) => string }>> = {
  messages: { label: 'messages', format: perWeek },
  medianWordsPerMessage: { label: 'words per message', format: (v) => `${Math.round(v * 10) / 10}` },
  medianReplyMinutes: { label: 'time to reply', format: formatMinutes },
  startedShare: { label: 'conversations they start', format: share },
  questions: { label: 'questions asked', format: perWeek },
  turnTowardRate: { label: 'your reach-outs they answer', format: share },
  oneWordReplies: { label: 'one-word replies', format: perWeek },
  affection: { label: 'affectionate messages', format: perWeek },
  sentiment: { label: 'tone of their messages', format: (v) => (v >= 0.05 ? 'warm' : v <= -0.05 ? 'low' : 'neutral') },
};

/**
 * Chat text made safe and short for a terminal: control characters (escape sequences) removed, one line.
 * @example terminalQuote('hi\u001b[2Jthere\nyou') // "hi[2Jthere you"
 */
export function terminalQuote(text: string, max: number = MAX_QUOTE): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  const flat = text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
  const trimmed = flat.trim();
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
  const { withdrawal, pursuit, advice, partner } = report;
  const zone = report.timeZone;
  const heading = (text: string) => c.bold(c.cyan(text));
  const quote = (at: string, text: string, extra = '') =>
    `    ${c.italic(`“${terminalQuote(text)}”`)} ${c.dim(`— ${formatDay(localDay(at, zone))}${extra}`)}`;
  const lines: string[] = [];
  const para = (text: string, paint: (line: string) => string = (line) => line, indent = '  ') => {
    for (const line of wrapText(text, width, indent)) lines.push(paint(line));
  };

  const span =
    report.source.first && report.source.last
      ? `, ${formatDay(localDay(report.source.first, zone))} to ${formatDay(localDay(report.source.last, zone))}`
      : '';
  lines.push(c.bold(`You (${report.me}) and ${partner}`));
  lines.push(c.dim(`${report.source.messages.toLocaleString('en')} messages${span}. Nothing left this computer.`));
  lines.push('');

  lines.push(heading('What changed'));
  if (withdrawal.detected && withdrawal.onset) {
    lines.push(`  ${partner} seems to have pulled back a little since around ${c.bold(formatDay(withdrawal.onset))}.`);
  } else {
    lines.push('  No lasting pull-back shows in these messages.');
  }
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
  if (pursuit.detected) {
    const since = pursuit.since ? `since around ${formatDay(pursuit.since)}` : 'lately';
    para(
      `You have been reaching out more, and more urgently, ${since}. That is an understandable reaction, and it is also the half of the pattern you can change.`,
    );
  } else {
    lines.push('  Your messages do not show a chasing pattern.');
  }
  para(
    `${pursuit.unansweredRuns} runs of 3+ unanswered messages (longest ${pursuit.longestRun}), ` +
      `${pursuit.doubleTexts} quick second messages, ${pursuit.pressureMessages} with pressing words`,
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
    if (estimate.score < 0.1 && estimate.evidence.length === 0) {
      lines.push(`  ${info.title}: ${c.dim('no sign of it in the words.')}`);
      continue;
    }
    lines.push(`  ${c.bold(info.title)}: ${howSure(estimate.score, 'hint')}`);
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
