/**
 * Every casualty figure of the events in view, in the order a reader compares them: by kind
 * (killed, injured, …), then group, then as of when, then when it was reported. The whole view's
 * table of claims reads this.
 */
import { cachedValueSpan, valueGranularity, type ValueSpan } from '../model/time';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { DatasetIndex, IndexedEvent } from './datasetIndex';
import { finish, STEP_ITEMS } from './mainThreadSteps';
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
export interface SortedFigures {
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
  return finish(sortedFiguresSteps(index));
}

/**
 * The index's figures sorted to compare (`SortedFigures`), kept, made in steps of `STEP_ITEMS`
 * figures (gathering them, ranking the groups and the sort are a step each), for a large
 * dataset's first view (`FIRST_RENDER_TABLES`): at 500,000 rows of an ACLED export, a figure on
 * each, this was a third of a second.
 */
export function* sortedFiguresSteps(index: DatasetIndex): Generator<void, SortedFigures, void> {
  const kept = sortedFigures.get(index);
  if (kept) return kept;
  const spanOf = asOfSpanOf(index);
  const all = index.reporting?.figures ?? ownFigures(index.events.map((e) => e.event));
  yield;
  const found = all.filter((r) => index.byId.has(r.eventId));
  yield;
  // Sorted by numbers read off each figure once: a comparison of objects that compared groups by
  // locale and looked each `asOf` up in a map took a quarter of a second at 500,000 events.
  const groupRank = rankByLocale(found.map((r) => r.casualty.group));
  yield;
  const size = found.length;
  const kinds = new Int32Array(size);
  const groups = new Int32Array(size);
  const starts = new Float64Array(size);
  const reported = new Float64Array(size);
  const orders = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    const r = found[i] as FigureRecord;
    kinds[i] = KIND_ORDER.get(r.casualty.kind) ?? 99;
    groups[i] = groupRank.get(r.casualty.group) ?? 0;
    starts[i] = spanOf(r.casualty.asOf, valueGranularity(r.casualty.asOf)).start;
    reported[i] = r.reported ?? -Infinity;
    orders[i] = r.order;
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const at = new Int32Array(size);
  for (let i = 0; i < size; i++) at[i] = i;
  at.sort(
    (a, b) =>
      (kinds[a] ?? 0) - (kinds[b] ?? 0) ||
      (groups[a] ?? 0) - (groups[b] ?? 0) ||
      (starts[a] ?? 0) - (starts[b] ?? 0) ||
      (reported[a] ?? 0) - (reported[b] ?? 0) ||
      (orders[a] ?? 0) - (orders[b] ?? 0),
  );
  yield;
  const records = new Array<FigureRecord>(size);
  const eventOrders = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const record = found[at[i] ?? 0] as FigureRecord;
    records[i] = record;
    eventOrders[i] = index.byId.get(record.eventId)?.order ?? -1;
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const sorted = { records, eventOrders };
  sortedFigures.set(index, sorted);
  return sorted;
}

/**
 * Each distinct text of `texts` with its rank by `localeCompare`: texts that compare equal share
 * a rank, so comparing ranks orders as comparing the texts does.
 */
function rankByLocale(texts: readonly string[]): Map<string, number> {
  const distinct = [...new Set(texts)].sort((a, b) => a.localeCompare(b));
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, i) => {
    if (i > 0 && (distinct[i - 1] ?? '').localeCompare(text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  return ranks;
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
