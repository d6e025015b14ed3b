import { describe, expect, it } from 'vitest';
import { buildDailyTable } from '../../src/analysis/daily-table.ts';
import { pursuitReport, scanPressure } from '../../src/analysis/pursuit.ts';
import { CLEAR_REASON_SCORE, estimateReasons } from '../../src/analysis/reasons.ts';
import { createZoneClock } from '../../src/time/index.ts';
import { conversationOf, type Line, ME, PARTNER } from './hand-made.ts';

const utc = createZoneClock('UTC');

describe('pursuit counts', () => {
  it.each<[string, Line[], { runs: number; longest: number; doubles: number }]>([
    [
      'three unanswered messages over two hours are a run with two double texts',
      [
        ['me', '2024-03-04 10:00', 'hey'],
        ['me', '2024-03-04 11:00', 'hello??'],
        ['me', '2024-03-04 12:00', 'did you see my message?'],
        ['partner', '2024-03-04 18:00', 'sorry, busy'],
      ],
      { runs: 1, longest: 3, doubles: 2 },
    ],
    [
      'a quick burst of lines is neither a run nor double texting',
      [
        ['me', '2024-03-04 10:00', 'so'],
        ['me', '2024-03-04 10:01', 'guess what'],
        ['me', '2024-03-04 10:02', 'I got the job!'],
        ['partner', '2024-03-04 10:05', 'amazing!!'],
      ],
      { runs: 0, longest: 3, doubles: 0 },
    ],
    [
      'answered messages break runs',
      [
        ['me', '2024-03-04 10:00', 'hi'],
        ['partner', '2024-03-04 10:05', 'hey'],
        ['me', '2024-03-04 11:00', 'lunch?'],
        ['partner', '2024-03-04 11:05', 'sure'],
      ],
      { runs: 0, longest: 1, doubles: 0 },
    ],
  ])('%s', (_, lines, expected) => {
    const conversation = conversationOf(lines);
    const table = buildDailyTable(conversation, ME, PARTNER, utc);
    const report = pursuitReport(table, scanPressure(conversation, ME, table, utc), null);
    expect(report.unansweredRuns).toBe(expected.runs);
    expect(report.longestRun).toBe(expected.longest);
    expect(report.doubleTexts).toBe(expected.doubles);
  });

  it('asks the coach about every message of the user and keeps the worst as examples', () => {
    const conversation = conversationOf([
      ['me', '2024-03-04 10:00', 'how was your day?'],
      ['me', '2024-03-04 11:00', 'hello??'],
      ['me', '2024-03-04 12:00', 'why are you ignoring me? you never answer me anymore'],
      ['partner', '2024-03-04 13:00', 'hello??'],
    ]);
    const table = buildDailyTable(conversation, ME, PARTNER, utc);
    const scan = scanPressure(conversation, ME, table, utc);
    expect(scan.checked).toBe(3);
    expect(scan.total).toBe(2);
    expect(scan.worst[0]?.text).toContain('ignoring');
    expect(scan.worst.every((c) => c.categories.length > 0)).toBe(true);
  });
});

const DAY = 86_400_000;
const window = (from: string, to: string) => ({
  fromMs: Date.parse(`${from}T00:00:00Z`),
  toMs: Date.parse(`${to}T00:00:00Z`),
});

function history(before: readonly string[], after: readonly string[], userLong = false): Line[] {
  const lines: Line[] = [];
  const start = Date.parse('2024-01-01T09:00:00Z');
  const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const add = (day: number, text: string) => {
    const at = start + day * DAY;
    lines.push([
      'me',
      stamp(at),
      userLong
        ? 'I have been thinking about what you said and I really want to understand it properly because it matters to me and I keep going over it in my head all day long'
        : 'how are you?',
    ]);
    lines.push(['partner', stamp(at + 10 * 60_000), text]);
  };
  before.forEach((text, i) => {
    add(i, text);
  });
  after.forEach((text, i) => {
    add(60 + i, text);
  });
  return lines;
}

describe('reasons', () => {
  const calm = Array.from(
    { length: 40 },
    (_, i) => ['good thanks', 'fine, busy day at the market', 'all good here', 'lovely walk today'][i % 4] ?? '',
  );
  it.each<[string, string[], boolean, string]>([
    [
      'stress words point to overwhelmed',
      ['I’m exhausted', 'work is crazy busy, deadlines everywhere', 'ok', 'too much going on'],
      false,
      'overwhelmed',
    ],
    [
      '"never mind" after long messages points to misunderstood',
      ['never mind', 'forget it', 'ok', 'that’s not what I meant'],
      true,
      'misunderstood',
    ],
    ['hedging points to uncertain', ['I don’t know', 'we’ll see', 'ok', 'not sure yet'], false, 'uncertain'],
  ])('%s', (_, hints, userLong, reason) => {
    const after = Array.from({ length: 24 }, (_, i) => hints[i % hints.length] ?? '');
    const conversation = conversationOf(history(calm, after, userLong));
    const estimates = estimateReasons(
      conversation,
      ME,
      PARTNER,
      utc,
      window('2024-03-01', '2024-04-01'),
      window('2024-01-01', '2024-03-01'),
    );
    expect(estimates[0]?.reason).toBe(reason);
    expect(estimates[0]?.score).toBeGreaterThanOrEqual(CLEAR_REASON_SCORE);
    expect(estimates[0]?.evidence.length).toBeGreaterThan(0);
    expect(estimates[1]?.score ?? 1).toBeLessThan(estimates[0]?.score ?? 0);
  });

  it('says nothing clear when the words do not change', () => {
    const conversation = conversationOf(history(calm, calm.slice(0, 24)));
    const estimates = estimateReasons(
      conversation,
      ME,
      PARTNER,
      utc,
      window('2024-03-01', '2024-04-01'),
      window('2024-01-01', '2024-03-01'),
    );
    expect(estimates.every((e) => e.score < CLEAR_REASON_SCORE)).toBe(true);
  });

  it('does not count a hint the partner always used', () => {
    const habit = calm.map((text, i) => (i % 3 === 0 ? 'not sure' : text));
    const conversation = conversationOf(history(habit, habit.slice(0, 24)));
    const estimates = estimateReasons(
      conversation,
      ME,
      PARTNER,
      utc,
      window('2024-03-01', '2024-04-01'),
      window('2024-01-01', '2024-03-01'),
    );
    expect(estimates.find((e) => e.reason === 'uncertain')?.score ?? 1).toBeLessThan(CLEAR_REASON_SCORE);
  });
});
