/** Small edits of a filter's list of ids, shared by the detail, the map and the facets. */

/** `ids` with `id` added at the end, or the same list when it is already there. */
export function withId<T extends string>(ids: readonly T[], id: T): T[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

/** `ids` without `id`. */
export function withoutId<T extends string>(ids: readonly T[], id: T): T[] {
  return ids.filter((other) => other !== id);
}

/** `ids` with `id` added, or removed when it was there (a toggle). */
export function toggleId<T extends string>(ids: readonly T[], id: T): T[] {
  return ids.includes(id) ? withoutId(ids, id) : [...ids, id];
}
