// the withdrawal finding in plain words: which story it is, since when, and the signals behind it

import { type ChangeWords, METRICS } from '../playbook/metrics.ts';
import { dayToIso } from '../time/index.ts';
import { formatDay, formatDayRange } from '../wording.ts';
import type { WithdrawalSignal } from './types.ts';
import { MIN_SEGMENT_WEEKS, MIN_SIDE_FALL, movedTowardDistance, type WithdrawalFinding } from './withdrawal.ts';

/** a change worded from the metric's entry: toward each other (or no change) or further apart */
function changeWords(signal: WithdrawalSignal, words: ChangeWords): string {
  return signal.change * METRICS[signal.metric].direction < 0 ? words.further : words.closer;
}

/** a change said of the partner: "slower replies", "fewer messages (42% fewer)" */
const describe = (signal: WithdrawalSignal): string => {
  const entry = METRICS[signal.metric];
  const words = changeWords(signal, entry.change);
  if (!entry.percent) return words;
  return `${words} (${Math.round(Math.abs(signal.change) * 100)}% ${signal.change < 0 ? 'fewer' : 'more'})`;
};

/** the same changes said of either person (or both): "slower replies", "fewer questions" */
const describePlain = (signal: WithdrawalSignal): string => {
  const entry = METRICS[signal.metric];
  return changeWords(signal, entry.changeOfEither ?? entry.change);
};

const listOf = (items: readonly string[], fallback: string): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : (items[0] ?? fallback);

/** "Since around 4 Mar 2024" or, when the start is uncertain, "Since somewhere between mid-April and early May 2024" */
function sinceWords(finding: WithdrawalFinding): string {
  if (finding.beganRange) {
    const span = formatDayRange(dayToIso(finding.beganRange.from), dayToIso(finding.beganRange.to));
    return span.startsWith('in ') ? `Since ${span.slice(3)}` : `Since somewhere ${span}`;
  }
  return `Since around ${formatDay(dayToIso(finding.beganDay ?? finding.onsetDay ?? 0))}`;
}

/**
 * One to three plain, non-judgemental sentences about the finding, with its evidence, for each story:
 * the partner pulled back, both drifted, the user pulled back more, or no lasting change.
 * @example withdrawalSummary(finding, 'Sam') // "Since around 4 Mar 2024, Sam's side of the chat changed …"
 */
export function withdrawalSummary(finding: WithdrawalFinding, partnerName: string): string {
  if (finding.baselineWeeks.length < MIN_SEGMENT_WEEKS * 2 && finding.pattern === 'none') {
    return `There is not enough shared history yet to see a lasting change in how ${partnerName} writes (it takes about six active weeks).`;
  }
  const slowly = finding.gradual ? ' It built up slowly over several weeks rather than all at once.' : '';
  if (finding.pattern === 'mutual') {
    const mine = finding.mySignals.filter(movedTowardDistance).map(describePlain);
    const theirs = finding.signals.filter(movedTowardDistance).map(describePlain);
    const shared = mine.filter((m) => theirs.includes(m)).slice(0, 3);
    const evidence =
      shared.length > 0
        ? `both of you show ${listOf(shared, '')}`
        : `you show ${listOf(mine.slice(0, 2), 'less contact')}, and ${partnerName} shows ${listOf(theirs.slice(0, 2), 'less contact')}`;
    return `${sinceWords(finding)}, both sides of the chat have changed, about as much as each other: ${evidence}.${slowly} This does not look like one of you pulling away from the other. It looks like the two of you drifting a little, together, which is something you can look at side by side.`;
  }
  if (finding.pattern === 'me') {
    const mine = finding.mySignals.filter(movedTowardDistance).slice(0, 3).map(describePlain);
    // the partner may have moved a little with the user's change; say so rather than call them unchanged
    const theirs =
      finding.sides.partner < MIN_SIDE_FALL
        ? `${partnerName}'s replies stayed about as quick and as full as before`
        : `${partnerName}'s side changed much less`;
    return `${sinceWords(finding)}, the change is mostly on your side: ${listOf(mine, 'fewer messages')}, while ${theirs}.${slowly} That is worth seeing too, without blame: busy or heavy stretches happen, and ${partnerName} may be feeling the change from their side.`;
  }
  if (!finding.detected || finding.onsetDay === null) {
    return `There is no lasting one-sided change in how ${partnerName} writes. Quiet spells you shared, or a busy week or two, are normal and are not counted here.`;
  }
  const moved = listOf(finding.signals.filter(movedTowardDistance).slice(0, 3).map(describe), 'less contact');
  const since = `${sinceWords(finding)}, ${partnerName}'s side of the chat changed: ${moved}.${slowly}`;
  if (finding.recoveredDay !== null) {
    return `${since} From about ${formatDay(dayToIso(finding.recoveredDay))} things came back close to how they were before, and have stayed there for several weeks.`;
  }
  // the user's own change could not be measured well enough to rule out a drift of both: say so plainly
  const unsure = finding.sidesUncertain
    ? ` How much your own side changed is hard to read from the weeks so far, so we can't tell yet whether this is only ${partnerName}'s change or a drift of you both.`
    : '';
  return `${since} It has lasted longer than a busy spell, which can mean they are carrying something they have not put into words yet.${unsure}`;
}
