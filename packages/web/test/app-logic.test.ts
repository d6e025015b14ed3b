// the app's own small rules: routing, the passphrase hint, the check-in's reasons, the plan's order and weeks,
// and the journal's chart lines
import { describe, expect, test } from 'vitest';
import { combineReasons, LIKELY, ownSteps, QUESTIONS } from '../src/app/pages/check-in-questions.ts';
import { journalSeries } from '../src/app/pages/journal-series.ts';
import { strengthHint } from '../src/app/pages/passphrase-hint.ts';
import { orderSteps, spaceNote, weekOf } from '../src/app/pages/plan-rules.ts';
import { pageFromHash } from '../src/app/router.ts';

describe('routing', () => {
  test('a hash names a page, and anything else names none', () => {
    expect(pageFromHash('#/journal')).toBe('journal');
    expect(pageFromHash('#/plan/extra')).toBe('plan');
    expect(pageFromHash('')).toBeUndefined();
    expect(pageFromHash('#/javascript:alert(1)')).toBeUndefined();
  });
});

describe('the passphrase hint', () => {
  test('grows with the passphrase', () => {
    expect(strengthHint('short')).toMatch(/Too short/);
    expect(strengthHint('abcdefgh')).toMatch(/Weak/);
    expect(strengthHint('Abcdefgh1234')).toMatch(/Good/);
    expect(strengthHint('river lantern quiet mango')).toMatch(/Strong/);
  });
});

describe('the check-in', () => {
  test('asks 10 to 15 questions, each with its own id', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(10);
    expect(QUESTIONS.length).toBeLessThanOrEqual(15);
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
  });

  test('answers can outweigh a faint hint from the chat', () => {
    const chat = [
      { reason: 'overwhelmed' as const, score: 0.3 },
      { reason: 'misunderstood' as const, score: 0.1 },
      { reason: 'uncertain' as const, score: 0.2 },
    ];
    const combined = combineReasons(chat, { future_talk: 2, unspoken: 2, stress: 0, tired: 0 });
    expect(combined[0]?.reason).toBe('uncertain');
    expect(combined[0]?.together).toBeGreaterThanOrEqual(LIKELY);
    expect(combined.find((c) => c.reason === 'overwhelmed')?.answers).toBe(0);
    // a reason none of whose questions were answered keeps the chat's view alone
    expect(combined.find((c) => c.reason === 'misunderstood')).toMatchObject({ answers: null, together: 0.1 });
  });

  test('without a chat, the answers alone decide', () => {
    const combined = combineReasons(null, { stress: 2, tired: 1 });
    expect(combined[0]).toMatchObject({ reason: 'overwhelmed', chat: null, together: 0.75 });
  });

  test('the user’s own strong reactions name the steps to lean on', () => {
    expect(ownSteps({ follow_ups: 2, whats_wrong: 1, worst: 2, small_care: 0 })).toEqual([2, 5]);
  });
});

describe('the plan', () => {
  test('puts the focus step first, then the asked-for ones, then the rest once each', () => {
    expect(orderSteps(2, [5, 2])).toEqual([2, 5, 1, 3, 4]);
  });

  test('counts weeks from Monday', () => {
    expect(weekOf(new Date(2025, 2, 9))).toBe('2025-03-03');
    expect(weekOf(new Date(2025, 2, 3))).toBe('2025-03-03');
  });
});

describe('the journal chart', () => {
  test('puts felt connection on the chat index scale, week by week', () => {
    const series = journalSeries(
      [
        { day: '2025-03-04', connection: 5 },
        { day: '2025-03-06', connection: 3 },
        { day: '2025-03-12', connection: null },
      ],
      [
        { start: '2025-03-03', connection: 40 },
        { start: '2025-03-10', connection: 55 },
      ],
    );
    expect(series.days).toEqual(['2025-03-03', '2025-03-10']);
    expect(series.chat).toEqual([40, 55]);
    expect(series.felt).toEqual([75, null]);
  });
});

describe("the plan's space timer", () => {
  test('a timer only for a real wait while the step is to give space', () => {
    expect(spaceNote({ step: 2, waitHours: 6 }, 'Sam')).toEqual({ timer: true, hours: 6 });
    expect(spaceNote({ step: 1, waitHours: 30 }, 'Sam')).toEqual({ timer: true, hours: 30 });
  });

  test('no wait to keep (a later step, or a wait of 0) is said as such, not as a rhythm not yet learned', () => {
    for (const advice of [
      { step: 5, waitHours: null },
      { step: 4, waitHours: null },
      { step: 3, waitHours: null },
      { step: 2, waitHours: 0 },
    ]) {
      const note = spaceNote(advice, 'Sam');
      expect(note.timer, JSON.stringify(advice)).toBe(false);
      const text = note.timer ? '' : note.text;
      expect(text).toMatch(/^There is no wait to keep right now/);
      expect(text).toContain('Sam');
      expect(text).not.toMatch(/rhythm|not enough replies/);
    }
  });

  test('a wait not known yet during a space step says so; safety first has no timer and no talk of waiting', () => {
    const unknown = spaceNote({ step: 2, waitHours: null }, 'Sam');
    expect(unknown.timer ? '' : unknown.text).toMatch(/not enough replies yet to learn Sam's rhythm/);
    const safety = spaceNote({ step: 1, waitHours: 12, safetyFirst: true }, 'Sam');
    expect(safety.timer).toBe(false);
    expect(safety.timer ? '' : safety.text).toMatch(/safety comes first/);
    expect(safety.timer ? '' : safety.text).not.toMatch(/rhythm/);
  });
});
