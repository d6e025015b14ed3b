// a small seeded random source (mulberry32) so every simulated conversation can be reproduced

/** draws from one seeded stream */
export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** integer in [low, high] */
  int(low: number, high: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** normal with the given mean and standard deviation */
  normal(mean: number, sd: number): number;
  /** log-normal with the given median and log-scale spread */
  logNormal(median: number, spread: number): number;
  poisson(mean: number): number;
}

/**
 * A seeded random stream; the same seed gives the same draws everywhere.
 * @example createRandom(7).int(1, 6) // always the same number for seed 7
 */
export function createRandom(seed: number): Random {
  let state = (seed ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (mean: number, sd: number): number => {
    const u = Math.max(next(), 1e-12);
    const v = next();
    return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (low, high) => low + Math.floor(next() * (high - low + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick from an empty list');
      return item;
    },
    normal,
    logNormal: (median, spread) => median * Math.exp(normal(0, spread)),
    poisson: (mean) => {
      if (mean > 30) return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
      const limit = Math.exp(-mean);
      let k = 0;
      let p = next();
      while (p > limit) {
        k++;
        p *= next();
      }
      return k;
    },
  };
}
