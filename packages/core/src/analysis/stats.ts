// small statistics over numbers and typed-array slices: median, quantile, mean, spread

let scratch = new Float64Array(1024);

/**
 * The q-quantile (0..1, linear interpolation) of `values[from..to)`; sorts a copy, never the input.
 * @example quantile(Float64Array.of(3, 1, 2), 0.5) // 2
 */
export function quantile(values: ArrayLike<number>, q: number, from = 0, to: number = values.length): number | null {
  const n = to - from;
  if (n <= 0) return null;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  const copy = scratch;
  for (let i = 0; i < n; i++) copy[i] = values[from + i] ?? 0;
  const position = Math.min(1, Math.max(0, q)) * (n - 1);
  const below = Math.floor(position);
  const low = select(copy, n, below);
  if (position === below) return low;
  let high = Number.POSITIVE_INFINITY;
  for (let i = below + 1; i < n; i++) if ((copy[i] ?? 0) < high) high = copy[i] ?? 0;
  return low + (high - low) * (position - below);
}

/** the k-th smallest of a[0..n) (quickselect; reorders a so that a[k] holds it and larger ones follow) */
function select(a: Float64Array, n: number, k: number): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const pivot = a[(left + right) >>> 1] ?? 0;
    let i = left;
    let j = right;
    while (i <= j) {
      while ((a[i] ?? 0) < pivot) i++;
      while ((a[j] ?? 0) > pivot) j--;
      if (i <= j) {
        const t = a[i] ?? 0;
        a[i] = a[j] ?? 0;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k] ?? 0;
}

/**
 * The median of `values[from..to)`, or null when the slice is empty.
 * @example median([5, 1, 9, 3]) // 4
 */
export const median = (values: ArrayLike<number>, from = 0, to: number = values.length): number | null =>
  quantile(values, 0.5, from, to);

/**
 * The mean of the finite numbers, or null when there are none.
 * @example mean([1, Number.NaN, 3]) // 2
 */
export function mean(values: readonly (number | null)[]): number | null {
  let sum = 0;
  let count = 0;
  for (const value of values) {
    if (value !== null && Number.isFinite(value)) {
      sum += value;
      count++;
    }
  }
  return count === 0 ? null : sum / count;
}

/**
 * A robust spread: the median absolute deviation scaled to match a normal standard deviation.
 * @example robustSpread([1, 2, 3, 4, 100]) // 1.4826
 */
export function robustSpread(values: readonly number[]): number {
  const center = median(values) ?? 0;
  return 1.4826 * (median(values.map((v) => Math.abs(v - center))) ?? 0);
}

/**
 * Clamps a number into [low, high].
 * @example clamp(120, 0, 100) // 100
 */
export const clamp = (value: number, low: number, high: number): number => Math.min(high, Math.max(low, value));

/**
 * The mean of a row's finite values after centring and scaling each column; NaN for a missing or empty row.
 * @example standardizedMean([3, 1], [1, 1], [2, 1]) // (1 + 0) / 2 = 0.5
 */
export function standardizedMean(
  row: readonly number[] | null,
  center: readonly number[],
  scale: readonly number[],
): number {
  if (!row) return Number.NaN;
  let sum = 0;
  let n = 0;
  for (let f = 0; f < row.length; f++) {
    const value = row[f] ?? Number.NaN;
    if (!Number.isFinite(value)) continue;
    sum += (value - (center[f] ?? 0)) / (scale[f] ?? 1);
    n++;
  }
  return n === 0 ? Number.NaN : sum / n;
}
