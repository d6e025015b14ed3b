import { describe, expect, it } from 'vitest';
import type { LabelledMessage } from '../../eval/coach-metrics.ts';
import { featuresOf, trainCoachModel } from '../../eval/train-coach-model.ts';
import { COACH_CATEGORIES, LearnedScorer } from '../../src/coach/model/scorer.ts';

const message = (id: string, text: string, flags: LabelledMessage['flags'] = []): LabelledMessage => ({
  id,
  text,
  flags,
  supports: [],
  tags: [],
});

// a tiny set where "never" carries the blame, and outside neutral words that use "never" calmly
const blame = ['call', 'listen', 'help', 'ask', 'plan', 'tidy', 'cook', 'text'].map((verb, i) =>
  message(`b${i}`, `you never ${verb} anymore`, ['accusation']),
);
const calm = ['bins', 'bread', 'train', 'keys', 'film', 'rain', 'cat', 'tea'].map((noun, i) =>
  message(`c${i}`, `the ${noun} is on the table`),
);
const neutral = Array.from({ length: 40 }, (_, i) => message(`n${i}`, `never seen weather like it, day ${i}`));

describe('the scorer trainer', () => {
  const accusation = COACH_CATEGORIES.indexOf('accusation');
  const options = { epochs: 10, minCount: 1, precisionFloor: 0.7 };
  const without = trainCoachModel([...blame, ...calm], 2, [], options).model;
  const bounded = trainCoachModel([...blame, ...calm], 2, [], {
    ...options,
    neutralCalibration: neutral,
    neutralBudget: 0.05,
  }).model;

  it('keeps a threshold where the scorer alone flags no more outside neutral comments than the budget', () => {
    const scorer = new LearnedScorer(bounded);
    const flagged = neutral.filter(
      (m) => (scorer.probabilities(featuresOf(m))[accusation] as number) >= bounded.categories.accusation.threshold,
    ).length;
    expect(flagged / neutral.length).toBeLessThanOrEqual(0.05);
    // without the neutral words, the same scorer would flag more of them
    const unbounded = new LearnedScorer(without);
    const flaggedWithout = neutral.filter(
      (m) => (unbounded.probabilities(featuresOf(m))[accusation] as number) >= without.categories.accusation.threshold,
    ).length;
    expect(flaggedWithout).toBeGreaterThan(flagged);
  });
});
