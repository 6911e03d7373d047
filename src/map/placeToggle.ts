/** `ids` with `id` added at the end, or removed when it is already there. */
export function togglePlace(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id];
}
