import { describe, expect, it } from 'vitest';
import { coachMessage } from '../../src/coach/coach.ts';
import { extractTopic, plainRewrite } from '../../src/coach/rewrite.ts';
import type { CoachFlag } from '../../src/coach/types.ts';
import { PRESSURE_CATEGORIES, type PressureCategory } from '../../src/playbook/index.ts';

const flag = (category: PressureCategory): CoachFlag => ({
  category,
  start: 0,
  end: 1,
  excerpt: 'x',
  step: 1,
  why: '',
  try: '',
});

function subsets<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

describe('rewrite templates', () => {
  // the coach trusts template-only rewrites without coaching them again, so every combination must be calm
  it.each([1, 2, 3])('every combination of %i step templates is calm when coached', (size) => {
    for (const categories of subsets(PRESSURE_CATEGORIES, size)) {
      const rewrite = plainRewrite(categories.map(flag));
      const result = coachMessage(rewrite);
      expect(result.flags, `${categories.join('+')}: ${rewrite}`).toEqual([]);
    }
  });
});

describe('extractTopic', () => {
  it.each([
    ['You should just quit that job.', 'that job'],
    ["Why won't you talk to me about the wedding plans?", 'the wedding plans'],
    ['just tell ur boss no lol', 'your boss'],
    ['your never home anymore', null],
    ['Did you see my message?', null],
  ])('%s → %s', (sentence, topic) => {
    expect(extractTopic(sentence)).toBe(topic);
  });
});
