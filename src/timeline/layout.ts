/**
 * Row layout for timeline marks: every mark (with its label) gets a row where it overlaps no other,
 * and marks can be grouped into lanes by actor, location or category.
 */
import type { LaneMode } from '../state/viewState';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { isCategory } from '../model/vocabulary';
import { categoryLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';

/** A mark's horizontal extent in pixels, label included. */
export interface RowItem {
  x0: number;
  x1: number;
}

/**
 * Greedy interval partitioning: items in order of `x0` go to the first row whose last item ends
 * at least `gap` px before them. Returns the row of each item, by input position. Never overlaps.
 */
export function assignRows(items: readonly RowItem[], gap = 8): number[] {
  const order = items.map((_, i) => i).sort((a, b) => (items[a]?.x0 ?? 0) - (items[b]?.x0 ?? 0));
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const i of order) {
    const item = items[i];
    if (!item) continue;
    let row = rowEnds.findIndex((end) => end + gap <= item.x0);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(item.x1);
    } else {
      rowEnds[row] = item.x1;
    }
    rows[i] = row;
  }
  return rows;
}

/** A group of events shown together in the timeline. */
export interface Lane {
  key: string;
  label: string;
  events: IndexedEvent[];
}

function laneKeys(entry: IndexedEvent, mode: LaneMode): string[] {
  const { event } = entry;
  switch (mode) {
    case 'none':
      return ['all'];
    case 'actor':
      return event.actors.map((a) => a.actor);
    case 'location':
      return event.locations;
    case 'category':
      return event.categories;
  }
}

function laneLabel(key: string, mode: LaneMode, index: DatasetIndex): string {
  switch (mode) {
    case 'none':
      return t('timeline.lanes.all');
    case 'actor':
      return index.actorsById.get(key)?.name ?? key;
    case 'location':
      return index.locationsById.get(key)?.name ?? key;
    case 'category':
      return isCategory(key) ? categoryLabel(key) : key;
  }
}

/** The last lane's name: the events that belong to no group of the mode. */
function ungroupedLabel(mode: LaneMode): string {
  return mode === 'none' ? t('timeline.lanes.all') : t(`timeline.lanes.ungrouped.${mode}`);
}

/**
 * Groups events into lanes. An event belonging to several groups appears in each of them, so a
 * lane shows everything its actor, place or category was part of. Lanes are ordered by their first
 * event; events that belong to no group go to a last lane.
 */
export function groupIntoLanes(
  events: readonly IndexedEvent[],
  mode: LaneMode,
  index: DatasetIndex,
): Lane[] {
  const lanes = new Map<string, Lane>();
  const ungrouped: IndexedEvent[] = [];
  for (const entry of events) {
    const keys = laneKeys(entry, mode);
    if (keys.length === 0) ungrouped.push(entry);
    for (const key of new Set(keys)) {
      let lane = lanes.get(key);
      if (!lane) {
        lane = { key, label: laneLabel(key, mode, index), events: [] };
        lanes.set(key, lane);
      }
      lane.events.push(entry);
    }
  }
  const result = [...lanes.values()];
  if (ungrouped.length > 0) {
    result.push({ key: '(none)', label: ungroupedLabel(mode), events: ungrouped });
  }
  return result;
}
