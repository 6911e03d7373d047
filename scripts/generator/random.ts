/**
 * A small seeded random source for the dataset generator. Same seed, same sequence, on every
 * machine: mulberry32 (Tommy Ettinger's 32-bit generator), plus the draws the generator needs.
 */

/** A seeded source of random draws; every method advances the same underlying sequence. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One item of a non-empty list, chosen in proportion to `weights` (same length, ≥ 0). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T;
  /** A standard normal draw (mean 0, deviation 1), by Box–Muller. */
  normal(): number;
  /** `count` distinct items of `items` (all of them when there are fewer), in draw order. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** The mulberry32 sequence for a 32-bit seed, as floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A `Random` drawing from mulberry32 seeded with `seed`. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const at = <T>(items: readonly T[], index: number): T => {
    const item = items[index];
    if (item === undefined) throw new RangeError(`no item at ${index} of ${items.length}`);
    return item;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => at(items, Math.floor(next() * items.length)),
    weighted: (items, weights) => {
      const total = weights.reduce((sum, w) => sum + w, 0);
      let r = next() * total;
      for (let i = 0; i < items.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return at(items, i);
      }
      return at(items, items.length - 1);
    },
    normal: () => {
      const u = 1 - next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
    sample: (items, count) => {
      const pool = [...items];
      const chosen: (typeof items)[number][] = [];
      while (chosen.length < count && pool.length > 0) {
        const index = Math.floor(next() * pool.length);
        chosen.push(at(pool, index));
        pool.splice(index, 1);
      }
      return chosen;
    },
  };
  return random;
}
