/**
 * Previous and Next in the detail: the events either side of the open one among those shown, in the
 * story's order. When the filters hide the open event, its neighbours are the nearest shown events
 * before and after it in the story.
 */
import type { IndexedEvent } from './datasetIndex';

/** The open event's place among the shown events (0 when hidden) and its neighbours. */
export interface Neighbours {
  /** 1-based position among the shown events, or 0 when the filters hide the open event. */
  position: number;
  previous: IndexedEvent | null;
  next: IndexedEvent | null;
}

/** The neighbours of `selected` among `shown` (in the story's order). */
export function neighbours(shown: readonly IndexedEvent[], selected: IndexedEvent): Neighbours {
  const at = shown.indexOf(selected);
  if (at >= 0) {
    return { position: at + 1, previous: shown[at - 1] ?? null, next: shown[at + 1] ?? null };
  }
  return {
    position: 0,
    previous: shown.filter((e) => e.order < selected.order).at(-1) ?? null,
    next: shown.find((e) => e.order > selected.order) ?? null,
  };
}
