import { describe, expect, it } from 'vitest';
import { COACH_TARGETS, evaluateCoach, loadEvaluationSet } from '../../eval/coach-metrics.ts';

describe('coach quality on its labelled evaluation set', () => {
  const evaluation = evaluateCoach(loadEvaluationSet());

  it('has a realistic set to measure on', () => {
    expect(evaluation.messages).toBeGreaterThanOrEqual(300);
    expect(evaluation.noPressureMessages).toBeGreaterThanOrEqual(100);
  });

  it('meets the any-pressure and false-positive targets', () => {
    expect(evaluation.anyPressure.f1).toBeGreaterThanOrEqual(COACH_TARGETS.anyPressureF1);
    expect(evaluation.falsePositiveRate).toBeLessThanOrEqual(COACH_TARGETS.falsePositiveRate);
  });

  it.each(evaluation.categories.map((c) => [c.category, c]))('%s meets the per-category F1 target', (_, score) => {
    expect(score.f1).toBeGreaterThanOrEqual(COACH_TARGETS.categoryF1);
  });

  it('every rewrite of a flagged message is calm when coached again', () => {
    expect(evaluation.rewriteSendRate).toBe(COACH_TARGETS.rewriteSendRate);
  });
});
