/**
 * Which of a dataset's events a list holds, as 1 at each one's order: the time index, the
 * casualty strip, the figures in view and the map each ask it of the events a filter leaves, so
 * it is made once per list (kept by the array's identity) rather than once per asker.
 */
import type { IndexedEvent } from './datasetIndex';

const masks = new WeakMap<readonly IndexedEvent[], Uint8Array>();

/**
 * 1 at the order of each of `events` (entries of one index with `size` events), 0 elsewhere.
 * Shared between callers: read it, never write to it.
 */
export function orderMask(events: readonly IndexedEvent[], size: number): Uint8Array {
  const kept = masks.get(events);
  if (kept?.length === size) return kept;
  const mask = new Uint8Array(size);
  for (const entry of events) mask[entry.order] = 1;
  masks.set(events, mask);
  return mask;
}

/**
 * Keeps `mask` (1 at each order `events` holds, of an index with `mask.length` events) as the
 * mask of `events`, for a list made from a mask already at hand (the filter's): `orderMask` then
 * gives it without a pass over the list's entries.
 */
export function rememberOrderMask(events: readonly IndexedEvent[], mask: Uint8Array): void {
  masks.set(events, mask);
}
