/**
 * The overview strip's counts: per day (in the dataset's time zone), how many events certainly
 * touch that day and how many only may. An instant known to the day counts as certain on its day;
 * one known only within bounds counts as possible on every day its bounds touch (and certain on
 * none unless the bounds fit in one bin); a duration counts as certain on the days it was surely
 * going on. Long ranges are binned in whole multiples of days, at most 400 bins.
 */
import { bisectRight } from 'd3';
import { overlapWith } from '../model/time';
import { addZoned, startOfZoned } from '../model/zonedCalendar';
import type { IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';

/** One bin of the overview strip: its days, and the events certainly or only possibly in them. */
export interface DayBin {
  start: number;
  end: number;
  /** Events that certainly fall in these days. */
  certain: number;
  /** Events that may fall in them, but not certainly. */
  possible: number;
}

const MAX_BINS = 400;

/** The bins of whole days (several per bin when the range is long) covering `range`. */
export function dayBins(range: TimeWindow, timeZone: string): DayBin[] {
  const first = startOfZoned(range.start, 'day', timeZone);
  const days = Math.ceil((range.end - first) / 86_400_000) + 1;
  const step = Math.max(1, Math.ceil(days / MAX_BINS));
  const bins: DayBin[] = [];
  for (let start = first; start < range.end;) {
    const end = addZoned(start, 'day', step, timeZone);
    bins.push({ start, end, certain: 0, possible: 0 });
    start = end;
  }
  return bins;
}

/** Events per day across `range`, certain and possible apart. */
export function dayHistogram(
  events: readonly IndexedEvent[],
  range: TimeWindow,
  timeZone: string,
): DayBin[] {
  const bins = dayBins(range, timeZone);
  const starts = bins.map((b) => b.start);
  for (const e of events) {
    for (let i = Math.max(0, bisectRight(starts, e.start) - 1); i < bins.length; i++) {
      const bin = bins[i];
      if (!bin || bin.start >= e.end) break;
      const overlap = overlapWith(e.timing, bin);
      if (overlap !== 'none') bin[overlap] += 1;
    }
  }
  return bins;
}
