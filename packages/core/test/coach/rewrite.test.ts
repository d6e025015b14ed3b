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

describe('rewriting a message that presses the same way twice', () => {
  it.each([
    "Oh you're tired? Try doing three nights on A&E and then driving home in the fog.",
    'You are a liar. Plain and simple. You lied about the money, you lied about the weekend.',
    "Why don't you just block her? Problem solved.",
  ])('says each sentence once: %s', (text) => {
    const { rewrite } = coachMessage(text);
    expect(rewrite).not.toBeNull();
    const sentences = (rewrite ?? '').split(/(?<=[.!?])\s+/).map((s) => s.toLowerCase());
    expect(new Set(sentences).size, rewrite ?? '').toBe(sentences.length);
  });
});
