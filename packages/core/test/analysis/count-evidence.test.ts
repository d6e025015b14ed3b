import { describe, expect, it } from 'vitest';
import type { Metrics } from '../../src/analysis/types.ts';
import { countEvidence, type WeekInput } from '../../src/analysis/withdrawal.ts';

/** only the counts `countEvidence` reads; the rest of a week's metrics do not matter to it */
const side = (messages: number, started: number, minutes: number | null = null, replies = 0) =>
  ({ messages, conversationsStarted: started, medianReplyMinutes: minutes, replies }) as unknown as Metrics;
const week = (i: number, partner: [number, number], me: [number, number]): WeekInput => ({
  week: i,
  days: 7,
  me: side(...me),
  partner: side(...partner),
});
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

describe('countEvidence', () => {
  it('is large for a clear fall of a light texter and near zero without one', () => {
    // a light texter: 6 messages and 2 starts a week against the user's 6 and 2, then 2 and 0 against 7 and 3
    const falls = range(0, 22).map((i) => (i < 14 ? week(i, [6, 2], [6, 2]) : week(i, [2, 0], [7, 3])));
    const flat = range(0, 22).map((i) => week(i, [6, 2], [6, 2]));
    expect(countEvidence(falls, range(0, 14), range(14, 22))).toBeGreaterThan(4.5);
    expect(Math.abs(countEvidence(flat, range(0, 14), range(14, 22)))).toBeLessThan(0.5);
  });

  it('is negative when the partner writes more after', () => {
    const rises = range(0, 22).map((i) => (i < 14 ? week(i, [4, 1], [8, 3]) : week(i, [9, 3], [6, 1])));
    expect(countEvidence(rises, range(0, 14), range(14, 22))).toBeLessThan(-2);
  });

  it('counts for less when the weeks vary more than chance would', () => {
    // the same totals, but the partner's weeks swing between busy and quiet
    const even = range(0, 22).map((i) => (i < 14 ? week(i, [10, 3], [10, 3]) : week(i, [5, 1], [10, 3])));
    const uneven = range(0, 22).map((i) => {
      const swing = i % 2 === 0 ? 1.8 : 0.2;
      return i < 14
        ? week(i, [Math.round(10 * swing), Math.round(3 * swing)], [10, 3])
        : week(i, [Math.round(5 * swing), Math.round(1 * swing)], [10, 3]);
    });
    const a = countEvidence(even, range(0, 14), range(14, 22));
    const b = countEvidence(uneven, range(0, 14), range(14, 22));
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(0);
  });

  it('reads slower replies of the partner even when who writes and who starts did not move', () => {
    // the same counts throughout; the partner's replies go from about 20 minutes to about 3 hours
    const wobble = (i: number) => 1 + 0.3 * Math.sin(i * 2.3);
    const slower = range(0, 22).map((i) => ({
      week: i,
      days: 7,
      me: side(6, 2, 20, 5),
      partner: side(6, 2, (i < 14 ? 20 : 180) * wobble(i), 5),
    }));
    const same = slower.map((w, i) => ({ ...w, partner: side(6, 2, 20 * wobble(i), 5) }));
    expect(countEvidence(slower, range(0, 14), range(14, 22))).toBeGreaterThan(4.5);
    expect(Math.abs(countEvidence(same, range(0, 14), range(14, 22)))).toBeLessThan(2);
  });
});
