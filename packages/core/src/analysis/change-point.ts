// PELT change-point search (Killick, Fearnhead & Eckley 2012) for shifts in the mean of a series

/** one stretch of the series with a constant mean */
export interface Segment {
  /** first index, inclusive */
  readonly start: number;
  /** last index, exclusive */
  readonly end: number;
  readonly mean: number;
}

export interface ChangePointOptions {
  /** the cost added per change; larger finds fewer changes (default 3·log(n)·variance) */
  readonly penalty?: number;
  /** the shortest segment allowed (default 2) */
  readonly minSegment?: number;
  /** the noise variance used for the default penalty (default: estimated from successive differences) */
  readonly variance?: number;
}

/**
 * The noise variance of a series estimated from successive differences, robust to mean shifts.
 * @example noiseVariance([0, 0, 0, 10, 10, 10]) // 0 (one jump is ignored by the median)
 */
export function noiseVariance(series: readonly number[]): number {
  if (series.length < 3) return 1;
  const diffs = [];
  for (let i = 1; i < series.length; i++) diffs.push(Math.abs((series[i] ?? 0) - (series[i - 1] ?? 0)));
  diffs.sort((a, b) => a - b);
  const mad = diffs[Math.floor(diffs.length / 2)] ?? 0;
  const sigma = (1.4826 * mad) / Math.SQRT2;
  return sigma * sigma;
}

/**
 * Splits a series into segments of constant mean with PELT, minimising squared error plus a penalty per change.
 * @example segmentMeans([1, 1, 1, 1, 5, 5, 5, 5], { penalty: 2 }).map((s) => s.start) // [0, 4]
 */
export function segmentMeans(series: readonly number[], options: ChangePointOptions = {}): Segment[] {
  const n = series.length;
  if (n === 0) return [];
  const minSegment = Math.max(1, options.minSegment ?? 2);
  const variance = options.variance ?? Math.max(noiseVariance(series), 1e-9);
  const penalty = options.penalty ?? 3 * Math.log(Math.max(n, 2)) * variance;
  const sum = new Float64Array(n + 1);
  const sumSquares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const value = series[i] ?? 0;
    sum[i + 1] = (sum[i] ?? 0) + value;
    sumSquares[i + 1] = (sumSquares[i] ?? 0) + value * value;
  }
  const cost = (from: number, to: number): number => {
    const s = (sum[to] ?? 0) - (sum[from] ?? 0);
    const q = (sumSquares[to] ?? 0) - (sumSquares[from] ?? 0);
    return q - (s * s) / (to - from);
  };
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(n + 1).fill(-1);
  best[0] = -penalty;
  let candidates: number[] = [0];
  /** the last time a candidate may still be used; pruned candidates stay until a split after them is allowed */
  const usableUntil = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  for (let t = minSegment; t <= n; t++) {
    let bestValue = Number.POSITIVE_INFINITY;
    let bestFrom = -1;
    const values: number[] = [];
    for (const s of candidates) {
      if (t - s < minSegment) {
        values.push(Number.NEGATIVE_INFINITY);
        continue;
      }
      const value = (best[s] ?? 0) + cost(s, t) + penalty;
      values.push(value);
      if (value < bestValue) {
        bestValue = value;
        bestFrom = s;
      }
    }
    best[t] = bestValue;
    previous[t] = bestFrom;
    const kept: number[] = [];
    candidates.forEach((s, i) => {
      const value = values[i] ?? 0;
      if (value !== Number.NEGATIVE_INFINITY && value - penalty > bestValue) {
        usableUntil[s] = Math.min(usableUntil[s] ?? Number.POSITIVE_INFINITY, t + minSegment - 1);
      }
      if ((usableUntil[s] ?? 0) > t) kept.push(s);
    });
    const next = t + 1 - minSegment;
    if (next > 0 && best[next] !== Number.POSITIVE_INFINITY && !kept.includes(next)) kept.push(next);
    candidates = kept;
  }
  const bounds: number[] = [];
  let t = n;
  while (t > 0) {
    bounds.push(t);
    const from = previous[t] ?? 0;
    if (from < 0) break;
    t = from;
  }
  bounds.push(0);
  bounds.reverse();
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i] ?? 0;
    const end = bounds[i + 1] ?? n;
    segments.push({ start, end, mean: ((sum[end] ?? 0) - (sum[start] ?? 0)) / (end - start) });
  }
  return segments;
}
