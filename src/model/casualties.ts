/**
 * Casualty figures as ranges, never as a single invented number.
 *
 * A count is exact (min = max), approximate ("around 1,000": min = max, approximate), a range
 * (min < max) or open-ended ("dozens": max null). Contested figures stay separate entries.
 */
import { scaleLog } from 'd3';
import type { Casualty, CasualtyCount, CasualtyKind } from './schema';

const numberFormat = new Intl.NumberFormat('en-GB');

/** The figure as a compact range: "8", "~1,000", "24+", "10–19", "~10–19". */
export function formatCount(count: CasualtyCount): string {
  const min = numberFormat.format(count.min);
  const body =
    count.max === null
      ? `${min}+`
      : count.max === count.min
        ? min
        : `${min}–${numberFormat.format(count.max)}`;
  return count.approximate ? `~${body}` : body;
}

/** The figure spelled out for screen readers and tables: "at least 24", "about 1,000", "10 to 19". */
export function describeCount(count: CasualtyCount): string {
  const min = numberFormat.format(count.min);
  const about = count.approximate ? 'about ' : '';
  if (count.max === null) return count.approximate ? `at least around ${min}` : `at least ${min}`;
  if (count.max === count.min) return `${about}${min}`;
  return `${about}${min} to ${numberFormat.format(count.max)}`;
}

export const CASUALTY_KIND_LABELS: Record<CasualtyKind, string> = {
  killed: 'killed',
  injured: 'injured',
  hospitalized: 'in hospital',
  'intensive-care': 'in intensive care',
  arrested: 'arrested',
  missing: 'missing',
};

/** "24+ killed · ~1,000 injured": every figure of the event, in the order the data gives them. */
export function casualtySummary(casualties: readonly Casualty[]): string {
  return casualties
    .map((c) => `${formatCount(c.count)} ${CASUALTY_KIND_LABELS[c.kind]}`)
    .join(' · ');
}

/** The largest finite number a set of counts mentions (for scaling a chart), at least 1. */
export function countScaleMax(counts: readonly CasualtyCount[]): number {
  let max = 1;
  for (const c of counts) max = Math.max(max, c.min, c.max ?? c.min);
  return max;
}

/** How one count is drawn along a horizontal pixel axis. */
export interface CountBar {
  /** The solid bar, from the axis start to the lowest figure. */
  solidEnd: number;
  /** A whisker from the lowest to the highest figure of a closed range, or null. */
  whisker: [number, number] | null;
  /** A fading tail after the lowest figure of an open-ended count ("dozens", "at least"). */
  fade: [number, number] | null;
  /** The figure is approximate ("around 1,000"): its end is drawn soft. */
  approximate: boolean;
}

/** A log scale from 1 to a little beyond the largest figure, over [x0, x1] px. */
export function countScale(maxCount: number, x0: number, x1: number): (n: number) => number {
  const scale = scaleLog()
    .domain([1, Math.max(10, maxCount * 1.6)])
    .range([x0, x1])
    .clamp(true);
  return (n: number) => scale(Math.max(1, n));
}

/** Geometry of one count on a count scale; never collapses a range or open end into one number. */
export function countBar(
  count: CasualtyCount,
  x: (n: number) => number,
  fadeLength = 48,
): CountBar {
  const solidEnd = x(count.min);
  if (count.max === null) {
    return {
      solidEnd,
      whisker: null,
      fade: [solidEnd, solidEnd + fadeLength],
      approximate: count.approximate,
    };
  }
  if (count.max > count.min) {
    return {
      solidEnd,
      whisker: [solidEnd, x(count.max)],
      fade: null,
      approximate: count.approximate,
    };
  }
  return { solidEnd, whisker: null, fade: null, approximate: count.approximate };
}
