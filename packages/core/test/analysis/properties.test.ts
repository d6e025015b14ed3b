import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../src/analysis/analyze.ts';
import { connectionComponents, connectionIndex } from '../../src/analysis/connection-index.ts';
import { median, quantile } from '../../src/analysis/stats.ts';
import type { Metrics } from '../../src/analysis/types.ts';
import { asEpochMs, type Conversation, type Message } from '../../src/model.ts';
import { dayToIso, isoToDay, weekOfDay, weekStartDay } from '../../src/time/index.ts';
import { ME, PARTNER } from './hand-made.ts';

const share = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });
const metrics: fc.Arbitrary<Metrics> = fc.record({
  messages: fc.nat(5000),
  words: fc.nat(50_000),
  medianWordsPerMessage: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }),
  medianReplyMinutes: fc.option(fc.double({ min: 0, max: 720, noNaN: true }), { nil: null }),
  replies: fc.nat(5000),
  conversationsStarted: fc.nat(100),
  startedShare: share,
  questions: fc.nat(1000),
  bids: fc.nat(1000),
  bidsAnswered: fc.nat(1000),
  turnTowardRate: share,
  oneWordReplies: fc.nat(1000),
  affection: fc.nat(1000),
  sentiment: fc.option(fc.double({ min: -1, max: 1, noNaN: true }), { nil: null }),
  weTalk: share,
  youTalk: share,
  lateNight: fc.nat(1000),
});

describe('statistics invariants', () => {
  it('a median lies between the minimum and the maximum', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const m = median(values) ?? Number.NaN;
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('quantiles match a sort-based reference', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const sorted = [...values].sort((a, b) => a - b);
          const position = q * (sorted.length - 1);
          const low = sorted[Math.floor(position)] ?? 0;
          const high = sorted[Math.min(sorted.length - 1, Math.floor(position) + 1)] ?? 0;
          expect(quantile(values, q)).toBeCloseTo(low + (high - low) * (position - Math.floor(position)), 9);
        },
      ),
    );
  });

  it('quantiles rise with q and leave the input alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const copy = [...values];
          const [low, high] = a < b ? [a, b] : [b, a];
          expect(quantile(values, low) ?? 0).toBeLessThanOrEqual(quantile(values, high) ?? 0);
          expect(values).toEqual(copy);
        },
      ),
    );
  });

  it('the connection index and its components stay within 0..100', () => {
    fc.assert(
      fc.property(
        metrics,
        metrics,
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (me, partner, lsm, fallback) => {
          const components = connectionComponents(me, partner, lsm);
          for (const value of Object.values(components)) {
            if (value !== null) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(100);
            }
          }
          const index = connectionIndex(components, fallback);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThanOrEqual(100);
        },
      ),
    );
  });

  it('day indices and ISO dates round-trip, and weeks start on Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (day) => {
        expect(isoToDay(dayToIso(day))).toBe(day);
        const monday = weekStartDay(weekOfDay(day));
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThan(7);
        expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });
});

const messageArb = fc.record({
  offsetMinutes: fc.integer({ min: 0, max: 60 * 24 * 120 }),
  mine: fc.boolean(),
  text: fc.oneof(
    fc.constantFrom('hey', 'how are you?', 'k', 'love you ❤️', 'never mind', 'I’m so tired'),
    fc.string({ maxLength: 40 }),
  ),
  kind: fc.constantFrom('text', 'text', 'text', 'media', 'system', 'deleted'),
});

describe('report invariants on arbitrary histories', () => {
  it('keeps every figure in range and the days and weeks consistent', () => {
    fc.assert(
      fc.property(fc.array(messageArb, { maxLength: 300 }), (drafts) => {
        const start = Date.UTC(2024, 0, 3, 9);
        const messages: Message[] = drafts
          .map((d) => ({
            at: asEpochMs(start + d.offsetMinutes * 60_000),
            author: d.kind === 'system' ? null : d.mine ? ME : PARTNER,
            text: d.text,
            kind: d.kind as Message['kind'],
          }))
          .sort((a, b) => a.at - b.at);
        const conversation: Conversation = {
          format: 'whatsapp',
          title: null,
          participants: [
            { id: ME, name: 'Me' },
            { id: PARTNER, name: 'Partner' },
          ],
          messages,
          warnings: [],
        };
        const report = analyzeConversation(conversation, { me: ME, partner: PARTNER, timeZone: 'Europe/Berlin' });
        const counted = messages.filter((m) => m.kind !== 'system' && m.kind !== 'deleted').length;
        expect(report.days.reduce((sum, d) => sum + d.me.messages + d.partner.messages, 0)).toBe(counted);
        expect(report.weeks.reduce((sum, w) => sum + w.me.messages + w.partner.messages, 0)).toBe(counted);
        for (const week of report.weeks) {
          expect(week.connection).toBeGreaterThanOrEqual(0);
          expect(week.connection).toBeLessThanOrEqual(100);
          for (const m of [week.me, week.partner]) {
            for (const rate of [m.turnTowardRate, m.startedShare, m.weTalk, m.youTalk]) {
              if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
              if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
            }
            if (m.sentiment !== null) expect(Math.abs(m.sentiment)).toBeLessThanOrEqual(1);
            if (m.medianReplyMinutes !== null) expect(m.medianReplyMinutes).toBeGreaterThanOrEqual(0);
          }
        }
        expect(report.withdrawal.confidence).toBeGreaterThanOrEqual(0);
        expect(report.withdrawal.confidence).toBeLessThanOrEqual(1);
        for (const reason of report.reasons) expect(reason.score).toBeGreaterThanOrEqual(0);
        for (let i = 1; i < report.reasons.length; i++) {
          expect(report.reasons[i - 1]?.score ?? 0).toBeGreaterThanOrEqual(report.reasons[i]?.score ?? 0);
        }
        expect([1, 2, 3, 4, 5]).toContain(report.advice.step);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 60 },
    );
  });
});
