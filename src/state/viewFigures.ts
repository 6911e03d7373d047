/**
 * Every casualty figure of the events in view, in the order a reader compares them: by kind
 * (killed, injured, …), then group, then as of when, then when it was reported. The whole view's
 * table of claims reads this.
 */
import { valueSpan } from '../model/time';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { DatasetIndex, IndexedEvent } from './datasetIndex';
import { ownFigures, type FigureRecord } from './reportingView';

/** The element id of the whole view's table of figures, for the buttons that show it. */
export const FIGURE_TABLE_ID = 'figure-table';

const KIND_ORDER = new Map<string, number>(CASUALTY_KINDS.map((kind, i) => [kind, i]));

/** The figures of `events` as the index's account knows them (withdrawn ones too), sorted to compare. */
export function figuresInView(
  index: DatasetIndex,
  events: readonly IndexedEvent[],
): FigureRecord[] {
  const ids = new Set(events.map((e) => e.event.id));
  const { timeZone } = index.dataset;
  const records: readonly FigureRecord[] =
    index.reporting?.figures ?? ownFigures(events.map((e) => e.event));
  const asOf = new Map<FigureRecord, number>();
  const start = (r: FigureRecord) => {
    let ms = asOf.get(r);
    if (ms === undefined) {
      ms = valueSpan(r.casualty.asOf, timeZone).start;
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
