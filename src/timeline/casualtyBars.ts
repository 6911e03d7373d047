/**
 * The casualty strip's data and geometry: which figures are in view, grouped by kind and group,
 * and each figure drawn as what it is — a value, a range, or an open-ended "at least".
 */
import type { CasualtyKind } from '../model/schema';
import { CASUALTY_KINDS } from '../model/vocabulary';
import type { CasualtyFigure, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow } from '../state/viewState';

/** The figures for one kind and group ("killed · protesters"). */
export interface CasualtyRow {
  kind: CasualtyKind;
  group: string;
  figures: CasualtyFigure[];
}

/**
 * The figures whose `asOf` falls in `window` — a figure is a claim made at a point in time, so it
 * is in view when that point is, whatever the span of its event — grouped by kind (in the format's
 * order), then group.
 */
export function casualtyRows(events: readonly IndexedEvent[], window: TimeWindow): CasualtyRow[] {
  const rows = new Map<string, CasualtyRow>();
  for (const entry of events) {
    for (const [i, casualty] of entry.event.casualties.entries()) {
      const asOf = entry.asOf[i];
      if (!asOf || asOf.end <= window.start || asOf.start >= window.end) continue;
      const key = `${casualty.kind}\u0000${casualty.group}`;
      let row = rows.get(key);
      if (!row) {
        row = { kind: casualty.kind, group: casualty.group, figures: [] };
        rows.set(key, row);
      }
      row.figures.push({ entry, casualty });
    }
  }
  return [...rows.values()].sort(
    (a, b) => CASUALTY_KINDS.indexOf(a.kind) - CASUALTY_KINDS.indexOf(b.kind),
  );
}

/** Rows trimmed for display: the largest figures of the busiest rows, with what was left out. */
export interface CasualtySummary {
  rows: (CasualtyRow & { hidden: number })[];
  hiddenRows: number;
  totalFigures: number;
}

/**
 * Keeps a strip readable at any scale: at most `maxRows` rows (the ones with most figures, in the
 * format's kind order) and `maxFigures` figures per row (the largest first, by lowest then
 * highest bound), counting what is not shown so the strip can say so.
 */
export function summariseCasualtyRows(
  rows: readonly CasualtyRow[],
  maxRows = 8,
  maxFigures = 6,
): CasualtySummary {
  const totalFigures = rows.reduce((n, r) => n + r.figures.length, 0);
  const kept = [...rows]
    .sort((a, b) => b.figures.length - a.figures.length)
    .slice(0, maxRows)
    .sort((a, b) => CASUALTY_KINDS.indexOf(a.kind) - CASUALTY_KINDS.indexOf(b.kind));
  return {
    totalFigures,
    hiddenRows: rows.length - kept.length,
    rows: kept.map((row) => {
      const figures =
        row.figures.length <= maxFigures
          ? row.figures
          : [...row.figures]
              .sort(
                (a, b) =>
                  b.casualty.count.min - a.casualty.count.min ||
                  (b.casualty.count.max ?? Infinity) - (a.casualty.count.max ?? Infinity),
              )
              .slice(0, maxFigures);
      return { ...row, figures, hidden: row.figures.length - figures.length };
    }),
  };
}
