/**
 * Fitting a state read from a link to the dataset on the page: filters by actors or places the
 * timeline does not have are dropped (with a notice), and a selected event that is not in it is
 * unselected, with the nearest event id offered as a suggestion. A former id of an event (`aliases`,
 * kept when events are merged or renamed) selects that event.
 */
import leven from 'leven';
import type { DatasetIndex, IndexedEvent } from './datasetIndex';
import { listForNotice } from './noticeText';
import type { ViewState } from './viewState';

/** A link's selected event that the dataset does not have, and perhaps the one it meant. */
export interface MissingEvent {
  id: string;
  /** The event whose id is nearest (see `suggestEvent`), or null when none is close. */
  suggestion: IndexedEvent | null;
}

/** A state fitted to a dataset, and what had to change. */
export interface ReconciledViewState {
  /** The same object as the input when nothing had to change. */
  state: ViewState;
  /** One sentence per dropped filter kind. The missing event has no notice: see `missingEvent`. */
  notices: string[];
  missingEvent: MissingEvent | null;
}

/**
 * `state` with every actor and place id the dataset lacks dropped from the filters (one notice
 * per kind, naming them), and with `event` set to null when the dataset lacks it (reported in
 * `missingEvent` with a suggestion, for "This event is not in this timeline — did you mean …?").
 * Categories are fixed by the data format, so they always stay.
 */
export function reconcileViewState(state: ViewState, index: DatasetIndex): ReconciledViewState {
  const notices: string[] = [];
  const actors = knownIds(state.actors, index.actorsById, notices, 'an actor', 'actors');
  const locations = knownIds(state.locations, index.locationsById, notices, 'a place', 'places');
  const event = state.event === null ? null : (index.idsByAlias.get(state.event) ?? state.event);
  const missingEvent =
    event === null || index.byId.has(event) ? null : missingEventFor(event, index);
  const unchanged =
    actors === state.actors &&
    locations === state.locations &&
    !missingEvent &&
    event === state.event;
  return {
    state: unchanged ? state : { ...state, actors, locations, event: missingEvent ? null : event },
    notices,
    missingEvent,
  };
}

/** The last missing event reported, so a zoom or a filter change does not search again. */
let lastMissing: { index: DatasetIndex; missing: MissingEvent } | null = null;

/**
 * The missing event and its suggestion, searched once per (event id, dataset): while a bad
 * `event=` stays in the address, every other change of the view reuses the same answer.
 */
function missingEventFor(id: string, index: DatasetIndex): MissingEvent {
  if (lastMissing?.index !== index || lastMissing.missing.id !== id) {
    lastMissing = { index, missing: { id, suggestion: suggestEvent(id, index) } };
  }
  return lastMissing.missing;
}

/**
 * The event whose id is nearest to `id` when one is close: within an edit distance of
 * max(3, 30% of the length of `id`), or one id containing the other. The nearest wins; among
 * equals, the earliest. Null when none is close.
 */
export function suggestEvent(id: string, index: DatasetIndex): IndexedEvent | null {
  const closeEnough = Math.max(3, Math.floor(id.length * 0.3));
  let best: IndexedEvent | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of index.events) {
    const other = candidate.event.id;
    const contains = other.includes(id) || id.includes(other);
    // To replace the best so far a candidate must be strictly nearer, so ties keep the earliest.
    const limit = Math.min(contains ? Number.POSITIVE_INFINITY : closeEnough, bestDistance - 1);
    // When one id contains the other, the distance is just the difference in length.
    // leven stops at `maxDistance` and returns it, so limit + 1 means "too far" (it works only up
    // to the limit, which bounds the work for a long id).
    const distance = contains
      ? Math.abs(other.length - id.length)
      : leven(id, other, { maxDistance: limit + 1 });
    if (distance <= limit) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `ids` without those `known` lacks (the same array when none is missing), noting the missing. */
function knownIds(
  ids: string[],
  known: ReadonlyMap<string, unknown>,
  notices: string[],
  oneKind: string,
  manyKinds: string,
): string[] {
  const missing = ids.filter((id) => !known.has(id));
  if (missing.length === 0) return ids;
  notices.push(
    missing.length === 1
      ? `This link filters by ${oneKind} that is not in this timeline: ${listForNotice(missing)}; it was ignored.`
      : `This link filters by ${manyKinds} that are not in this timeline: ${listForNotice(missing)}; they were ignored.`,
  );
  return ids.filter((id) => known.has(id));
}
