import { TZDate } from '@date-fns/tz';
import { bisectRight } from 'd3';
import type { IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';

/** One day of the overview strip and how many events touch it. */
export interface DayBin {
  start: number;
  end: number;
  count: number;
}

const MAX_BINS = 400;

/**
 * Events per day (in `timeZone`) across `range`, counting an event on every day its span touches.
 * Long ranges are binned in whole multiples of days so that there are at most 400 bins.
 */
export function dayHistogram(
  events: readonly IndexedEvent[],
  range: TimeWindow,
  timeZone: string,
): DayBin[] {
  const first = new TZDate(range.start, timeZone);
  const days = Math.ceil((range.end - range.start) / 86_400_000) + 1;
  const step = Math.max(1, Math.ceil(days / MAX_BINS));
  const bins: DayBin[] = [];
  for (let i = 0; i * step < days; i++) {
    const start = new TZDate(
      first.getFullYear(),
      first.getMonth(),
      first.getDate() + i * step,
      timeZone,
    ).getTime();
    const end = new TZDate(
      first.getFullYear(),
      first.getMonth(),
      first.getDate() + (i + 1) * step,
      timeZone,
    ).getTime();
    if (start >= range.end) break;
    bins.push({ start, end, count: 0 });
  }
  const starts = bins.map((b) => b.start);
  for (const e of events) {
    for (let i = Math.max(0, bisectRight(starts, e.start) - 1); i < bins.length; i++) {
      const bin = bins[i];
      if (!bin || bin.start >= e.end) break;
      if (e.start < bin.end) bin.count += 1;
    }
  }
  return bins;
}
