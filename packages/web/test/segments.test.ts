// cutting a coached draft into marked runs: every character once, each run with the marks that cover it
import type { CoachFlag, CoachStrength } from '@reconnect/core/coach';
import { coachMessage } from '@reconnect/core/coach';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { markSegments } from '../src/app/coach/segments.ts';

const flag = (category: CoachFlag['category'], start: number, end: number): CoachFlag => ({
  category,
  start,
  end,
  excerpt: '',
  step: 1,
  why: '',
  try: '',
});
const strength = (category: CoachStrength['category'], start: number, end: number): CoachStrength => ({
  category,
  start,
  end,
  excerpt: '',
});

describe('markSegments', () => {
  test('overlapping marks split into runs that each name every mark covering them', () => {
    const text = 'Why are you ignoring me??';
    const segments = markSegments({ text, flags: [flag('demand', 0, 20), flag('accusation', 8, 20)], strengths: [] });
    expect(segments.map((s) => [s.text, s.flags.map((f) => f.category)])).toEqual([
      ['Why are ', ['demand']],
      ['you ignoring', ['demand', 'accusation']],
      [' me??', []],
    ]);
  });

  test('a strength and a flag on different phrases stay apart', () => {
    const text = 'I miss you. You never text back.';
    const segments = markSegments({
      text,
      flags: [flag('accusation', 12, 31)],
      strengths: [strength('i_statement', 0, 10)],
    });
    expect(segments.map((s) => [s.text, s.flags.length, s.strengths.length])).toEqual([
      ['I miss you', 0, 1],
      ['. ', 0, 0],
      ['You never text back', 1, 0],
      ['.', 0, 0],
    ]);
  });

  test('a mark outside the text or empty is left out rather than breaking the draft', () => {
    const text = 'hello';
    const segments = markSegments({ text, flags: [flag('chasing', 3, 3), flag('demand', 2, 99)], strengths: [] });
    expect(segments).toEqual([{ start: 0, end: 5, text: 'hello', flags: [], strengths: [] }]);
  });

  test('on real coach results the runs rebuild the draft exactly, in order', () => {
    const drafts = fc.oneof(
      fc.constantFrom(
        'I miss you. Why are you ignoring me?? You never text back.',
        "I've noticed you've been quiet. I'm here if you want to talk, no rush.",
        'hello??? answer me. you always do this',
      ),
      fc.string({ maxLength: 80 }),
    );
    fc.assert(
      fc.property(drafts, (text) => {
        const result = coachMessage(text);
        const segments = markSegments(result);
        expect(segments.map((s) => s.text).join('')).toBe(text);
        for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
        for (const f of result.flags) {
          const covered = segments.filter((s) => s.start >= f.start && s.end <= f.end);
          expect(covered.map((s) => s.text).join('')).toBe(text.slice(f.start, f.end));
          for (const s of covered) expect(s.flags).toContain(f);
        }
      }),
      { numRuns: 200 },
    );
  });
});
