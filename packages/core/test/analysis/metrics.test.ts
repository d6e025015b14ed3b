import { describe, expect, it } from 'vitest';
import { buildDailyTable, quietOverlapMinutes, quietStart } from '../../src/analysis/daily-table.ts';
import { lsmFromCounts, metricsForRange, styleMatching } from '../../src/analysis/metrics.ts';
import type { Metrics } from '../../src/analysis/types.ts';
import { createZoneClock } from '../../src/time/index.ts';
import { conversationOf, type Line, ME, PARTNER } from './hand-made.ts';

const utc = createZoneClock('UTC');

function weekOf(lines: readonly Line[]): { me: Metrics; partner: Metrics } {
  const table = buildDailyTable(conversationOf(lines), ME, PARTNER, utc);
  return { me: metricsForRange(table, 0, 0, table.dayCount), partner: metricsForRange(table, 1, 0, table.dayCount) };
}

describe('reply time', () => {
  it.each<[string, Line[], number | null]>([
    [
      'a quick answer',
      [
        ['me', '2024-03-04 10:00', 'hey'],
        ['partner', '2024-03-04 10:12', 'hi!'],
      ],
      12,
    ],
    [
      'an answer across the night loses the quiet hours (00:00–06:00)',
      [
        ['me', '2024-03-04 23:30', 'night night'],
        ['partner', '2024-03-05 07:10', 'morning'],
      ],
      460 - 360,
    ],
    [
      'measured from the first message of the unanswered run',
      [
        ['me', '2024-03-04 10:00', 'hey'],
        ['me', '2024-03-04 10:20', 'you there?'],
        ['partner', '2024-03-04 10:30', 'yes'],
      ],
      30,
    ],
    [
      'an answer after more than 12 hours is not a reply',
      [
        ['me', '2024-03-04 08:00', 'hey'],
        ['partner', '2024-03-04 21:00', 'hi'],
      ],
      null,
    ],
  ])('%s', (_, lines, expected) => {
    const { partner } = weekOf(lines);
    if (expected === null) expect(partner.medianReplyMinutes).toBeNull();
    else expect(partner.medianReplyMinutes).toBeCloseTo(expected, 5);
  });

  it('takes the median of several replies', () => {
    const { partner } = weekOf([
      ['me', '2024-03-04 09:00', 'a'],
      ['partner', '2024-03-04 09:05', 'b'],
      ['me', '2024-03-04 12:00', 'c'],
      ['partner', '2024-03-04 12:30', 'd'],
      ['me', '2024-03-04 15:00', 'e'],
      ['partner', '2024-03-04 15:10', 'f'],
    ]);
    expect(partner.medianReplyMinutes).toBe(10);
    expect(partner.replies).toBe(3);
  });
});

describe('conversations started', () => {
  it.each<[string, Line[], number, number]>([
    [
      'one conversation',
      [
        ['me', '2024-03-04 09:00', 'hi'],
        ['partner', '2024-03-04 09:10', 'hey'],
      ],
      1,
      0,
    ],
    [
      'a new start after six hours of silence',
      [
        ['me', '2024-03-04 09:00', 'hi'],
        ['partner', '2024-03-04 09:10', 'hey'],
        ['partner', '2024-03-04 16:00', 'guess what'],
      ],
      1,
      1,
    ],
    [
      'an overnight answer is not a start',
      [
        ['me', '2024-03-04 23:00', 'sleep well'],
        ['partner', '2024-03-05 07:30', 'you too'],
      ],
      1,
      0,
    ],
    [
      'a late answer past the cap is a start',
      [
        ['me', '2024-03-04 08:00', 'hey'],
        ['partner', '2024-03-04 21:00', 'hi'],
      ],
      1,
      1,
    ],
  ])('%s', (_, lines, mine, theirs) => {
    const week = weekOf(lines);
    expect(week.me.conversationsStarted).toBe(mine);
    expect(week.partner.conversationsStarted).toBe(theirs);
    expect(week.me.startedShare).toBeCloseTo(mine / (mine + theirs), 10);
  });
});

describe('bids and turning toward', () => {
  it.each<[string, Line[], number, number | null]>([
    [
      'one of two bids answered within two awake hours',
      [
        ['me', '2024-03-04 10:00', 'how was your day?'],
        ['partner', '2024-03-04 10:30', 'it was good'],
        ['me', '2024-03-04 14:00', 'want to get pizza later?'],
        ['partner', '2024-03-04 17:00', 'sure'],
      ],
      2,
      0.5,
    ],
    [
      'a bid before bed answered in the morning counts (quiet hours removed)',
      [
        ['me', '2024-03-04 23:50', 'did you see the news?'],
        ['partner', '2024-03-05 06:40', 'yes!'],
      ],
      1,
      1,
    ],
    [
      'a photo is a bid',
      [
        ['me', '2024-03-04 10:00', '<Media omitted>', 'media'],
        ['partner', '2024-03-04 10:05', 'cute'],
      ],
      1,
      1,
    ],
    [
      'plain news without a bid',
      [
        ['me', '2024-03-04 10:00', 'ok'],
        ['partner', '2024-03-04 10:05', 'yes'],
      ],
      0,
      null,
    ],
  ])('%s', (_, lines, bids, rate) => {
    const week = weekOf(lines);
    expect(week.me.bids).toBe(bids);
    expect(week.partner.turnTowardRate).toBe(rate);
  });

  it('counts one-word replies only as answers', () => {
    const week = weekOf([
      ['me', '2024-03-04 10:00', 'can you call me later?'],
      ['partner', '2024-03-04 10:05', 'k'],
      ['partner', '2024-03-04 10:06', 'fine'],
      ['me', '2024-03-04 10:10', 'ok'],
    ]);
    expect(week.partner.oneWordReplies).toBe(1);
    expect(week.me.oneWordReplies).toBe(1);
  });
});

describe('text figures', () => {
  it('counts words, questions, affection, we and you talk', () => {
    const week = weekOf([
      ['me', '2024-03-04 10:00', 'We should go out, you and me?'],
      ['partner', '2024-03-04 10:05', 'I love you ❤️'],
    ]);
    expect(week.me.words).toBe(7);
    expect(week.me.questions).toBe(1);
    expect(week.me.weTalk).toBeCloseTo(1 / 7, 10);
    expect(week.me.youTalk).toBeCloseTo(1 / 7, 10);
    expect(week.partner.affection).toBe(1);
    expect(week.partner.sentiment).toBeGreaterThan(0.3);
  });

  it('leaves out system lines and other people', () => {
    const conversation = conversationOf([
      ['system', '2024-03-04 09:00', 'Messages are end-to-end encrypted'],
      ['me', '2024-03-04 10:00', 'hi'],
      ['other', '2024-03-04 10:01', 'hello all'],
      ['partner', '2024-03-04 10:02', 'hey'],
    ]);
    const table = buildDailyTable(conversation, ME, PARTNER, utc);
    expect(table.excludedMessages).toBe(1);
    expect(metricsForRange(table, 0, 0, 1).messages).toBe(1);
    expect(metricsForRange(table, 1, 0, 1).medianReplyMinutes).toBe(2);
  });
});

describe('language style matching', () => {
  it.each<[string, number[], number, number[], number, number]>([
    ['identical rates', [2, 1], 10, [4, 2], 20, 1 - 0 / 0.3001 / 2 - 0 / 0.2001 / 2],
    ['one category differs', [2, 0], 10, [1, 0], 10, (1 - 0.1 / 0.3001 + (1 - 0 / 0.0001)) / 2],
    ['nothing in common', [3, 0], 10, [0, 3], 10, 1 - 1 + 0.0001 / 0.3001],
  ])('%s', (_, countsA, wordsA, countsB, wordsB, expected) => {
    expect(lsmFromCounts(countsA, wordsA, countsB, wordsB)).toBeCloseTo(expected, 6);
  });

  it('is null for a week with too few words and high for a matching pair', () => {
    const short = buildDailyTable(
      conversationOf([
        ['me', '2024-03-04 10:00', 'hi there'],
        ['partner', '2024-03-04 10:01', 'hey you'],
      ]),
      ME,
      PARTNER,
      utc,
    );
    expect(styleMatching(short, 0, 1)).toBeNull();
    const sentence = 'I think that we should go to the park and then maybe get some food because it is nice';
    const lines: Line[] = [];
    for (let i = 0; i < 6; i++) {
      lines.push(['me', `2024-03-04 1${i}:00`, sentence], ['partner', `2024-03-04 1${i}:05`, sentence]);
    }
    const same = buildDailyTable(conversationOf(lines), ME, PARTNER, utc);
    expect(styleMatching(same, 0, 1)).toBeGreaterThan(0.99);
  });
});

describe('quiet hours', () => {
  it('finds the six hours a person writes least', () => {
    const hours = Array.from({ length: 24 }, (_, h) => (h >= 2 && h < 8 ? 0 : 10));
    expect(quietStart(hours)).toBe(120);
    expect(quietStart(new Array(24).fill(1))).toBe(0);
  });

  it.each<[string, string, string, number]>([
    ['inside the day', '2024-03-04T10:00:00Z', '2024-03-04T12:00:00Z', 0],
    ['across the night', '2024-03-04T22:00:00Z', '2024-03-05T08:00:00Z', 360],
    ['ending inside the window', '2024-03-04T23:00:00Z', '2024-03-05T02:30:00Z', 150],
  ])('%s', (_, from, to, minutes) => {
    expect(quietOverlapMinutes(utc, Date.parse(from), Date.parse(to), 0)).toBeCloseTo(minutes, 6);
  });
});
