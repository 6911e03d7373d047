/**
 * Every casualty figure of the events in view, in the order a reader compares them: by kind
 * (killed, injured, …), then group, then as of when, then when it was reported. The whole view's
 * table of claims reads this.
 */
import { cachedValueSpan, valueGranularity, type ValueSpan } from '../model/time';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { DatasetIndex, IndexedEvent } from './datasetIndex';
import { orderMask } from './orderMask';
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

/** An index's figures, sorted to compare once, with the order of each one's event beside it. */
interface SortedFigures {
  records: readonly FigureRecord[];
  /** `eventOrders[i]` is the `order` of the event of `records[i]`. */
  eventOrders: Int32Array;
}

/**
 * Each index's figures in the order to compare them, sorted once: the order does not depend on
 * the view, and every filter click at 100,000 events sorted the figures in view afresh (50 ms of a
 * click, with a locale comparison of groups; `npm run bench:profile -- --events 100000`).
 */
const sortedFigures = new WeakMap<DatasetIndex, SortedFigures>();

function sortedFiguresOf(index: DatasetIndex): SortedFigures {
  const kept = sortedFigures.get(index);
  if (kept) return kept;
  const spanOf = asOfSpanOf(index);
  const asOf = new Map<FigureRecord, number>();
  const start = (r: FigureRecord) => {
    let ms = asOf.get(r);
    if (ms === undefined) {
      ms = spanOf(r.casualty.asOf, valueGranularity(r.casualty.asOf)).start;
      asOf.set(r, ms);
    }
    return ms;
  };
  const all = index.reporting?.figures ?? ownFigures(index.events.map((e) => e.event));
  const records = all
    .filter((r) => index.byId.has(r.eventId))
    .sort(
      (a, b) =>
        (KIND_ORDER.get(a.casualty.kind) ?? 99) - (KIND_ORDER.get(b.casualty.kind) ?? 99) ||
        a.casualty.group.localeCompare(b.casualty.group) ||
        start(a) - start(b) ||
        (a.reported ?? -Infinity) - (b.reported ?? -Infinity) ||
        a.order - b.order,
    );
  const eventOrders = Int32Array.from(records, (r) => index.byId.get(r.eventId)?.order ?? -1);
  const sorted = { records, eventOrders };
  sortedFigures.set(index, sorted);
  return sorted;
}

/**
 * The figures of `events` (the index's own entries) as the index's account knows them, withdrawn
 * ones too, sorted to compare: read off the index's sorted figures, linear in their number.
 */
export function figuresInView(
  index: DatasetIndex,
  events: readonly IndexedEvent[],
): FigureRecord[] {
  const { records, eventOrders } = sortedFiguresOf(index);
  if (events === index.events) return [...records];
  const shown = orderMask(events, index.events.length);
  const result: FigureRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (record && shown[eventOrders[i] ?? -1] === 1) result.push(record);
  }
  return result;
}
