/**
 * How big a place's mark is. Area is proportional to the number (a square-root scale on the
 * radius), so a place with four times the events has a mark four times the area. The scale is
 * fixed for a dataset (its busiest place), not for what is in view, so zooming the timeline
 * makes marks shrink and grow honestly instead of rescaling under the reader.
 *
 * Casualty figures are drawn as on the timeline's casualty strip (`countBar`), turned radial: a
 * disc out to the lower figure, a dashed ring at the upper end of a range, and a fading ring for
 * an open-ended "at least".
 */
import { formatNumber } from '../../i18n/i18n';
import { scaleSqrt } from 'd3';
import type { CasualtyCount } from '../../model/schema';
import { compareCounts, countBar } from '../../model/casualties';

/** The largest mark's radius in pixels. */
export const MAX_RADIUS = 20;
/** The smallest radius of a mark with anything to count, so it stays easy to see and to hit. */
export const MIN_RADIUS = 5;
/** The radius of a mark with nothing in view. */
export const EMPTY_RADIUS = 4;

/** A radius scale: 0 → EMPTY_RADIUS, 1 and more → at least MIN_RADIUS, `max` → MAX_RADIUS. */
export function radiusScale(max: number): (n: number) => number {
  const scale = scaleSqrt()
    .domain([0, Math.max(1, max)])
    .range([0, MAX_RADIUS])
    .clamp(true);
  return (n) => (n <= 0 ? EMPTY_RADIUS : Math.max(MIN_RADIUS, scale(n)));
}

/** How one casualty count is drawn as rings around a place. */
export interface CountRings {
  /** Radius of the solid disc: the lower figure. */
  disc: number;
  /** Radius of the dashed ring at the upper end of a range, or null. */
  ring: number | null;
  /** Inner and outer radius of the fading ring of an open-ended count, or null. */
  fade: [number, number] | null;
  approximate: boolean;
}

/** Width of the fading ring of an open-ended count, in pixels. */
export const FADE_WIDTH = 8;

/** The rings for `count` on radius scale `r` (the timeline's bar geometry, turned radial). */
export function countRings(count: CasualtyCount, r: (n: number) => number): CountRings {
  const bar = countBar(count, r, FADE_WIDTH);
  return {
    disc: bar.solidEnd,
    ring: bar.whisker ? bar.whisker[1] : null,
    fade: bar.fade,
    approximate: bar.approximate,
  };
}

/** The outer radius of a count's rings: what a label must clear. */
export function outerRadius(rings: CountRings): number {
  return Math.max(rings.disc, rings.ring ?? 0, rings.fade?.[1] ?? 0);
}

/**
 * Two or three round numbers for the size legend, ascending and at most `max`: 1, a middle
 * value, and `max` itself ([1] when max ≤ 1).
 */
export function legendValues(max: number): number[] {
  const top = Math.max(1, Math.round(max));
  if (top <= 2) return top === 1 ? [1] : [1, 2];
  const middle = niceBelow(top / 3);
  return [...new Set([1, middle, top])].filter((n) => n >= 1 && n <= top);
}

function niceBelow(n: number): number {
  const steps = [1, 2, 5];
  const power = 10 ** Math.floor(Math.log10(n));
  let best = power;
  for (const step of steps) if (step * power <= n) best = step * power;
  return Math.round(best);
}

/** A sample mark of the size legend: a value, its radius and where its centre goes. */
export interface LegendSample {
  value: number;
  r: number;
  cx: number;
}

/**
 * The legend's samples for a scale whose largest value is `max`, laid out left to right with room
 * for each value's figures, and the width they take.
 */
export function legendSamples(
  max: number,
  radius: (n: number) => number,
): { samples: LegendSample[]; width: number } {
  const samples: LegendSample[] = [];
  let x = 2;
  for (const value of legendValues(max)) {
    const r = radius(value);
    samples.push({ value, r, cx: x + r });
    x += 2 * r + 4 + formatNumber(value).length * 7 + 10;
  }
  return { samples, width: x };
}

/**
 * The casualty legend's samples: real figures of the dataset, never a made-up round number —
 * the smallest, one in the middle and the largest of the distinct counts, smallest first.
 */
export function legendFigures(counts: readonly CasualtyCount[]): CasualtyCount[] {
  const distinct = new Map<string, CasualtyCount>();
  for (const count of counts) {
    const key = `${count.min}/${count.max ?? ''}/${count.approximate}`;
    if (!distinct.has(key)) distinct.set(key, count);
  }
  const sorted = [...distinct.values()].sort(compareCounts);
  const picks = [0, Math.floor((sorted.length - 1) / 2), sorted.length - 1];
  return [...new Set(picks)].flatMap((i) => sorted[i] ?? []);
}
