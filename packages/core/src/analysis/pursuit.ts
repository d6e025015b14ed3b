// the user's own pursuit: unanswered runs, double texts and pressure messages, and when they rose

import type { Conversation, ParticipantId } from '../model.ts';
import type { PressureCategory } from '../playbook/index.ts';
import { TextMemo } from '../text-memo.ts';
import { dayToIso, weekOfDay, weekStartDay, type ZoneClock } from '../time/index.ts';
import type { DailyTable } from './daily-table.ts';
import { findPressure } from './pressure.ts';
import { mean } from './stats.ts';
import type { Pursuit, PursuitExample } from './types.ts';

/** how many of the worst messages to show */
export const PURSUIT_EXAMPLES = 5;
const EXAMPLE_CHARS = 240;

interface Candidate {
  readonly at: number;
  readonly text: string;
  readonly categories: PressureCategory[];
}

/** the most user messages the coach reads; longer histories are read from the newest message back */
export const MAX_PRESSURE_CHECKS = 40_000;

/** per-day counts of the user's pressure messages, and the worst few */
export interface PressureScan {
  readonly perDay: Int32Array;
  readonly total: number;
  readonly worst: readonly Candidate[];
  /** how many of the user's text messages the coach read */
  readonly checked: number;
  /** the first day index (relative to the table) the scan covers */
  readonly fromDay: number;
}

/**
 * Runs the coach's pressure check over every text message of the user.
 * @example scanPressure(conversation, me, table, clock).total
 */
export function scanPressure(
  conversation: Conversation,
  me: ParticipantId,
  table: DailyTable,
  clock: ZoneClock,
): PressureScan {
  const perDay = new Int32Array(table.dayCount);
  const worst: Candidate[] = [];
  const seen = new TextMemo<PressureCategory[]>();
  let total = 0;
  let checked = 0;
  let fromDay = 0;
  const messages = conversation.messages;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i];
    if (message === undefined || message.author !== me || message.kind !== 'text' || message.text.length === 0)
      continue;
    if (checked >= MAX_PRESSURE_CHECKS) {
      fromDay = clock.localDay(message.at) - table.firstDay + 1;
      break;
    }
    checked++;
    const categories = seen.get(message.text) ?? seen.keep(message.text, findPressure(message.text));
    if (categories.length === 0) continue;
    total++;
    const d = clock.localDay(message.at) - table.firstDay;
    perDay[d] = (perDay[d] ?? 0) + 1;
    const last = worst[worst.length - 1];
    const fresh = !worst.some((c) => c.text === message.text);
    if (fresh && (worst.length < PURSUIT_EXAMPLES || (last && categories.length >= last.categories.length))) {
      worst.push({ at: message.at, text: message.text, categories });
      worst.sort((a, b) => b.categories.length - a.categories.length || b.at - a.at);
      if (worst.length > PURSUIT_EXAMPLES) worst.pop();
    }
  }
  return { perDay, total, worst, checked, fromDay };
}

const sumDays = (values: Int32Array, from: number, to: number): number => {
  let sum = 0;
  for (let d = Math.max(0, from); d < Math.min(values.length, to); d++) sum += values[d] ?? 0;
  return sum;
};

/**
 * The pursuit report: counts over the whole history, whether chasing rose (after the onset when there
 * is one, else in the last eight weeks) and since when.
 * @example pursuitReport(table, scan, onsetDay).detected
 */
export function pursuitReport(table: DailyTable, scan: PressureScan, onsetDay: number | null): Pursuit {
  const user = table.sides[0].days;
  const firstWeek = weekOfDay(table.firstDay);
  const lastWeek = weekOfDay(table.firstDay + table.dayCount - 1);
  const weekly: number[] = [];
  for (let w = firstWeek; w <= lastWeek; w++) {
    const from = weekStartDay(w) - table.firstDay;
    const to = from + 7;
    weekly.push(
      sumDays(user.doubleTexts, from, to) + sumDays(user.unansweredRuns, from, to) + 2 * sumDays(scan.perDay, from, to),
    );
  }
  const splitWeek = onsetDay !== null ? weekOfDay(onsetDay) : Math.max(firstWeek, lastWeek - 7);
  const split = splitWeek - firstWeek;
  const scannedFrom = weekOfDay(table.firstDay + scan.fromDay) - firstWeek + 1;
  const before = mean(weekly.slice(Math.max(0, scannedFrom, split - 16), split)) ?? 0;
  const after = mean(weekly.slice(split)) ?? 0;
  const threshold = Math.max(2, 1.8 * before + 1);
  const detected = split > 0 && after >= threshold;
  let since: string | null = null;
  if (detected) {
    for (let i = split; i < weekly.length; i++) {
      const window = weekly.slice(i, i + 3);
      if ((mean(window) ?? 0) >= threshold) {
        since = dayToIso(Math.max(weekStartDay(firstWeek + i), onsetDay ?? Number.NEGATIVE_INFINITY));
        break;
      }
    }
  }
  const examples: PursuitExample[] = scan.worst.map((c) => ({
    at: new Date(c.at).toISOString(),
    text: c.text.length > EXAMPLE_CHARS ? `${c.text.slice(0, EXAMPLE_CHARS - 1)}…` : c.text,
    categories: c.categories,
  }));
  return {
    detected,
    since,
    unansweredRuns: sumDays(user.unansweredRuns, 0, table.dayCount),
    longestRun: table.sides[0].longestRun,
    pressureMessages: scan.total,
    pressureChecked: scan.checked,
    examples,
    doubleTexts: sumDays(user.doubleTexts, 0, table.dayCount),
  };
}
