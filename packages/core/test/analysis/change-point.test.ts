import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { noiseVariance, segmentMeans } from '../../src/analysis/change-point.ts';
import { createRandom } from '../../src/simulate/random.ts';

const noisy = (seed: number, levels: readonly [level: number, length: number][], sd = 0.3): number[] => {
  const random = createRandom(seed);
  return levels.flatMap(([level, length]) => Array.from({ length }, () => random.normal(level, sd)));
};

describe('PELT change points', () => {
  it.each<[string, [number, number][], number[]]>([
    [
      'one step down',
      [
        [1, 20],
        [-1, 15],
      ],
      [0, 20],
    ],
    [
      'a step down and back up',
      [
        [0, 15],
        [-2, 10],
        [0, 12],
      ],
      [0, 15, 25],
    ],
    [
      'two steps',
      [
        [2, 12],
        [0, 12],
        [-2, 12],
      ],
      [0, 12, 24],
    ],
  ])('%s', (_, levels, starts) => {
    for (const seed of [1, 2, 3]) {
      const found = segmentMeans(noisy(seed, levels), { minSegment: 3 }).map((s) => s.start);
      expect(found.length).toBe(starts.length);
      found.forEach((start, i) => {
        expect(Math.abs(start - (starts[i] ?? 0))).toBeLessThanOrEqual(1);
      });
    }
  });

  it('finds nothing in pure noise', () => {
    for (const seed of [4, 5, 6, 7, 8]) {
      expect(segmentMeans(noisy(seed, [[0, 60]]), { minSegment: 3 })).toHaveLength(1);
    }
  });

  it('respects the minimum segment length', () => {
    const series = [0, 0, 0, 0, 0, 0, 5, 5, 0, 0, 0, 0, 0, 0];
    expect(segmentMeans(series, { minSegment: 3, penalty: 0.1 }).every((s) => s.end - s.start >= 3)).toBe(true);
  });

  it('estimates noise from successive differences, ignoring a level shift', () => {
    const series = noisy(
      9,
      [
        [0, 200],
        [10, 200],
      ],
      1,
    );
    expect(Math.sqrt(noiseVariance(series))).toBeGreaterThan(0.8);
    expect(Math.sqrt(noiseVariance(series))).toBeLessThan(1.2);
  });

  it('prunes without losing the optimum: same cost as the exhaustive optimal partitioning', () => {
    const cost = (xs: readonly number[]) => {
      const m = xs.reduce((a, b) => a + b, 0) / xs.length;
      return xs.reduce((a, b) => a + (b - m) ** 2, 0);
    };
    const exhaustive = (series: readonly number[], penalty: number, minSegment: number): number => {
      const best = [-penalty];
      for (let t = 1; t <= series.length; t++) {
        let value = Number.POSITIVE_INFINITY;
        for (let s = 0; s <= t - minSegment; s++) {
          const before = best[s] ?? Number.POSITIVE_INFINITY;
          value = Math.min(value, before + cost(series.slice(s, t)) + penalty);
        }
        best.push(value);
      }
      return best[series.length] ?? Number.NaN;
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 4, maxLength: 24 }),
        fc.double({ min: 0.5, max: 80, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (series, penalty, minSegment) => {
          fc.pre(series.length >= minSegment);
          const segments = segmentMeans(series, { penalty, minSegment });
          const found = segments.reduce((sum, s) => sum + cost(series.slice(s.start, s.end)) + penalty, -penalty);
          expect(found).toBeCloseTo(exhaustive(series, penalty, minSegment), 6);
        },
      ),
    );
  });

  it('covers the series with contiguous segments whose means are the data means', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: 1, maxLength: 80 }),
        (series) => {
          const segments = segmentMeans(series, { minSegment: 2 });
          expect(segments[0]?.start).toBe(0);
          expect(segments[segments.length - 1]?.end).toBe(series.length);
          for (let i = 1; i < segments.length; i++) expect(segments[i]?.start).toBe(segments[i - 1]?.end);
          for (const s of segments) {
            const slice = series.slice(s.start, s.end);
            expect(s.mean).toBeCloseTo(slice.reduce((a, b) => a + b, 0) / slice.length, 6);
          }
        },
      ),
    );
  });
});
