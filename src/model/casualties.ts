/**
 * Casualty figures as ranges, never as a single invented number.
 *
 * A count is exact (min = max), approximate ("around 1,000": min = max, approximate), a range
 * (min < max) or open-ended ("dozens": max null). Contested figures stay separate entries.
 */
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
