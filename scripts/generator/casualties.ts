/**
 * Generated casualty figures, worded the ways reports word them: exact ("8"), approximate
 * ("around 1,000"), open-ended ("at least 12", "dozens"), and ranges ("between 10 and 20").
 */
import { CASUALTY_KINDS, type Casualty, type CasualtyCount } from '../../src/model/schema';
import type { Random } from './random';

const thousands = (n: number) => n.toLocaleString('en-US');

/** A count and the words a report would use for it. */
export function drawCount(random: Random): CasualtyCount {
  const size = random.weighted([5, 40, 300, 3000], [4, 3, 2, 1]);
  const n = random.int(1, size);
  switch (
    random.weighted(
      ['exact', 'approximate', 'at-least', 'vague', 'range'] as const,
      [4, 2, 2, 1, 1],
    )
  ) {
    case 'exact':
      return { min: n, max: n, approximate: false, text: thousands(n) };
    case 'approximate': {
      const rounded = Math.max(10, Math.round(n / 10) * 10);
      return {
        min: rounded,
        max: rounded,
        approximate: true,
        text: `around ${thousands(rounded)}`,
      };
    }
    case 'at-least':
      return random.chance(0.5)
        ? { min: n, max: null, approximate: false, text: `at least ${thousands(n)}` }
        : { min: n + 1, max: null, approximate: false, text: `more than ${thousands(n)}` };
    case 'vague':
      return random.chance(0.6)
        ? { min: 24, max: null, approximate: true, text: 'dozens' }
        : { min: 200, max: null, approximate: true, text: 'hundreds' };
    case 'range': {
      const max = n + random.int(1, Math.max(2, Math.round(n / 2)));
      return {
        min: n,
        max,
        approximate: false,
        text: `between ${thousands(n)} and ${thousands(max)}`,
      };
    }
  }
}

/** What a casualty figure needs from its event: whose, who may claim it, who reports it, when. */
export interface CasualtyContext {
  groups: readonly string[];
  claimants: readonly string[];
  sources: readonly string[];
  asOf: string;
}

/** One to three casualty figures for an event. */
export function drawCasualties(random: Random, context: CasualtyContext): Casualty[] {
  return Array.from({ length: random.weighted([1, 2, 3], [6, 3, 1]) }, () => ({
    kind: random.weighted(CASUALTY_KINDS, [15, 30, 10, 5, 30, 10]),
    group: random.chance(0.3) ? 'unspecified' : random.pick(context.groups),
    count: drawCount(random),
    asOf: context.asOf,
    claimedBy: random.chance(0.6) ? random.pick(context.claimants) : null,
    sources: random.sample(context.sources, random.weighted([1, 2], [3, 1])),
  }));
}
