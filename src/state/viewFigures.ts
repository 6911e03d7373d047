/**
 * Every casualty figure of the events in view, in the order a reader compares them: by kind
 * (killed, injured, …), then group, then as of when, then when it was reported. The whole view's
 * table of claims reads this.
 */
import { cachedValueSpan, valueGranularity, type ValueSpan } from '../model/time';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { DatasetIndex, IndexedEvent } from './datasetIndex';
import { ownFigures, type FigureRecord } from './reportingView';

/** The element id of the whole view's table of figures, for the buttons that show it. */
export const FIGURE_TABLE_ID = 'figure-table';

const KIND_ORDER = new Map<string, number>(CASUALTY_KINDS.map((kind, i) => [kind, i]));

/**
 * Each index's remembered spans of `asOf` values: every filter click sorts the figures in view
 * again, and resolving their days afresh in the zone took 40 ms of a click at 100,000 events.
 */
const asOfSpans = new WeakMap<DatasetIndex, ValueSpan>();

function asOfSpanOf(index: DatasetIndex): ValueSpan {
  let spanOf = asOfSpans.get(index);
  if (!spanOf) {
    spanOf = cachedValueSpan(index.dataset.timeZone);
    asOfSpans.set(index, spanOf);
  }
  return spanOf;
}

/** The figures of `events` as the index's account knows them (withdrawn ones too), sorted to compare. */
export function figuresInView(
  index: DatasetIndex,
  events: readonly IndexedEvent[],
): FigureRecord[] {
  const ids = new Set(events.map((e) => e.event.id));
  const spanOf = asOfSpanOf(index);
  const records: readonly FigureRecord[] =
    index.reporting?.figures ?? ownFigures(events.map((e) => e.event));
  const asOf = new Map<FigureRecord, number>();
  const start = (r: FigureRecord) => {
    let ms = asOf.get(r);
    if (ms === undefined) {
      ms = spanOf(r.casualty.asOf, valueGranularity(r.casualty.asOf)).start;
      asOf.set(r, ms);
    }
    return ms;
  };
  return records
    .filter((r) => ids.has(r.eventId))
    .sort(
      (a, b) =>
        (KIND_ORDER.get(a.casualty.kind) ?? 99) - (KIND_ORDER.get(b.casualty.kind) ?? 99) ||
        a.casualty.group.localeCompare(b.casualty.group) ||
        start(a) - start(b) ||
        (a.reported ?? -Infinity) - (b.reported ?? -Infinity) ||
        a.order - b.order,
    );
}
