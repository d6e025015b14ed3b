// the step to focus on now, from the state at the end of the history, worded by the playbook

import { REASONS, STEPS, type Step } from '../playbook/index.ts';
import type { DailyTable } from './daily-table.ts';
import { lowerBound } from './metrics.ts';
import { clamp, quantile } from './stats.ts';
import type { Advice, Pursuit, ReasonEstimate } from './types.ts';
import type { WithdrawalFinding } from './withdrawal.ts';

/** the recent stretch whose replies set the wait time */
const RHYTHM_DAYS = 56;
const MIN_WAIT_HOURS = 2;
const MAX_WAIT_HOURS = 72;

/**
 * Hours to let a message sit before following up: twice the partner's slower replies (the 75th
 * percentile of their measured reply times over the last eight weeks), between 2 and 72 hours.
 * @example waitHours(table) // 6
 */
export function waitHours(table: DailyTable): number | null {
  const replies = table.sides[1].rawReplies;
  const from = lowerBound(replies, table.dayCount - RHYTHM_DAYS);
  const slow = quantile(replies.value, 0.75, from, replies.length);
  if (slow === null || replies.length - from < 5) return null;
  return Math.round(clamp((2 * slow) / 60, MIN_WAIT_HOURS, MAX_WAIT_HOURS));
}

/**
 * Picks the step: withdrawal with chasing → give space (2); withdrawal just begun → a safe space (1);
 * a longer withdrawal → the first step of the likeliest reason; recovered or no withdrawal → reflect
 * on the bigger picture (5), or reassure without overwhelming (4) when the user is chasing anyway.
 * @example chooseStep(finding, pursuit, reasons, lastDay) // 2
 */
export function chooseStep(
  finding: WithdrawalFinding,
  pursuit: Pursuit,
  reasons: readonly ReasonEstimate[],
  clearReason: boolean,
  lastDay: number,
): Step {
  if (!finding.detected || finding.onsetDay === null) return pursuit.detected ? 4 : 5;
  if (finding.recoveredDay !== null) return 5;
  if (pursuit.detected) return 2;
  if (lastDay - finding.onsetDay < 21) return 1;
  const top = reasons[0];
  return clearReason && top ? REASONS[top.reason].firstStep : 1;
}

/**
 * The advice block: step, its playbook title as headline, and a detail built from the playbook.
 * @example buildAdvice(finding, pursuit, reasons, true, table, 'Sam').headline
 */
export function buildAdvice(
  finding: WithdrawalFinding,
  pursuit: Pursuit,
  reasons: readonly ReasonEstimate[],
  clearReason: boolean,
  table: DailyTable,
  partnerName: string,
): Advice {
  const lastDay = table.firstDay + table.dayCount - 1;
  const step = chooseStep(finding, pursuit, reasons, clearReason, lastDay);
  const info = STEPS[step];
  const top = reasons[0];
  const parts = [info.meaning];
  if (finding.detected && finding.recoveredDay === null && clearReason && top) {
    parts.push(
      `${partnerName}'s words hint at feeling ${REASONS[top.reason].title.toLowerCase()}. ${REASONS[top.reason].helps}`,
    );
  }
  if (finding.pattern === 'mutual')
    parts.push(`You have both drifted, so this is a step to take together with ${partnerName}.`);
  if (finding.pattern === 'me')
    parts.push(
      `Part of the distance is on your side; letting ${partnerName} know what has been going on for you can help.`,
    );
  if (pursuit.detected) parts.push(`${info.do[0] ?? ''}.`.replace(/\.\.$/, '.'));
  // the wait (waitHours) and the phrases (playbook STEPS) are shown by each interface on their own
  return {
    step,
    headline: info.title,
    detail: parts.filter((p) => p.length > 1).join(' '),
    waitHours: step <= 2 ? waitHours(table) : null,
  };
}
