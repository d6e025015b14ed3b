import { describe, expect, it } from 'vitest';
import {
  agreement,
  FULL_SECOND_PASSES,
  loadRuleSweep,
  loadSecondLabels,
  loadSettled,
  SECOND_LABELS_HOLDOUT_FILE,
} from '../../eval/agreement.ts';
import { blindSample, PER_FILE } from '../../eval/blind-sample.ts';
import {
  DEVELOPMENT_FILES,
  FRESH_FILES,
  HOLDOUT_FILE,
  loadEvaluationSet,
  REWORDED_FILES,
  SAMPLED_DEVELOPMENT_FILES,
} from '../../eval/coach-metrics.ts';

describe('the blind second pass over the development and held-out sets', () => {
  const labelsOf = (m: { flags: readonly string[]; supports: readonly string[] }) =>
    [...m.flags, ...m.supports].sort().join();

  it('draws a reproducible sample that carries no labels', () => {
    const sample = blindSample();
    expect(blindSample().map((m) => m.id)).toEqual(sample.map((m) => m.id));
    expect(new Set(sample.map((m) => m.id)).size).toBe(sample.length);
    expect(sample.filter((m) => m.set === 'holdout')).toHaveLength(loadEvaluationSet(HOLDOUT_FILE).length);
    expect(sample.filter((m) => m.set === 'dev')).toHaveLength(PER_FILE * SAMPLED_DEVELOPMENT_FILES.length);
    for (const m of sample) for (const key of Object.keys(m)) expect(['set', 'id', 'text', 'context']).toContain(key);
  });

  it('labels every message of that sample, development and held-out apart', () => {
    const sample = blindSample();
    const dev = loadSecondLabels();
    const held = loadSecondLabels(SECOND_LABELS_HOLDOUT_FILE);
    expect(new Set(dev.map((s) => s.id))).toEqual(new Set(sample.filter((m) => m.set === 'dev').map((m) => m.id)));
    expect(new Set(held.map((s) => s.id))).toEqual(new Set(sample.filter((m) => m.set === 'holdout').map((m) => m.id)));
    expect(agreement(loadEvaluationSet(HOLDOUT_FILE), held).messages).toBe(held.length);
  });

  it.each(Object.keys(FULL_SECOND_PASSES))('has a second pass over every message of development set %s', (set) => {
    const file = FULL_SECOND_PASSES[set] as URL;
    const whole = loadEvaluationSet(
      [...DEVELOPMENT_FILES, ...FRESH_FILES, ...REWORDED_FILES].filter((f) => f.pathname.endsWith(`-${set}.jsonl`)),
    );
    const second = loadSecondLabels(file);
    expect(whole.length).toBeGreaterThan(0);
    expect(new Set(second.map((s) => s.id))).toEqual(new Set(whole.map((m) => m.id)));
    for (const s of second) for (const key of Object.keys(s)) expect(['id', 'flags', 'supports']).toContain(key);
  });

  it('has settled every disagreement, and the data carries the settled labels', () => {
    const settled = new Map(loadSettled().map((s) => [s.id, s]));
    const reports = [
      agreement(loadEvaluationSet(), loadSecondLabels()),
      agreement(loadEvaluationSet(HOLDOUT_FILE), loadSecondLabels(SECOND_LABELS_HOLDOUT_FILE)),
      ...Object.values(FULL_SECOND_PASSES).map((file) =>
        agreement(loadEvaluationSet([...DEVELOPMENT_FILES, ...FRESH_FILES, ...REWORDED_FILES]), loadSecondLabels(file)),
      ),
    ];
    for (const { disagreements } of reports)
      for (const d of disagreements) {
        const record = settled.get(d.id);
        expect(record, d.id).toBeDefined();
        expect(record?.second.join()).toBe(d.second.join());
      }
    const current = new Map(
      [
        ...loadEvaluationSet(),
        ...loadEvaluationSet(HOLDOUT_FILE),
        ...loadEvaluationSet(FRESH_FILES),
        ...loadEvaluationSet(REWORDED_FILES),
      ].map((m) => [m.id, m]),
    );
    for (const record of settled.values()) {
      const message = current.get(record.id);
      expect(message, record.id).toBeDefined();
      if (message) expect(labelsOf(message), record.id).toBe([...record.settled].sort().join());
      expect(record.first.join()).not.toBe(record.second.join());
      expect(record.reason.length).toBeGreaterThan(10);
    }
  });

  it('lists each message brought in line outside the sample, and the data carries it', () => {
    const sampled = new Set(blindSample().map((m) => m.id));
    const current = new Map([...loadEvaluationSet(), ...loadEvaluationSet(HOLDOUT_FILE)].map((m) => [m.id, m]));
    const sweep = loadRuleSweep();
    expect(sweep.length).toBeGreaterThan(0);
    for (const change of sweep) {
      expect(sampled.has(change.id), change.id).toBe(false);
      const message = current.get(change.id);
      expect(message, change.id).toBeDefined();
      if (message) expect(labelsOf(message), change.id).toBe([...change.after].sort().join());
      expect(change.before.join()).not.toBe(change.after.join());
      expect([28, 29, 30, 31]).toContain(change.rule);
    }
  });
});
