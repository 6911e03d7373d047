/**
 * Equal small parts of a batch of items made one object, before the worker posts the batch. A
 * structured clone keeps an object that a message holds twice as one object on the other side,
 * so each category list, actor entry, empty figure list or citation that recurs within a part of
 * events arrives once instead of once per event. At 100,000 generated events, parts of 1,000,
 * that is 166,000 actor entries arriving as 26,000 objects and 100,000 category lists as 13,000
 * (counted on the generator's output), and the page has fewer objects to make and to keep.
 *
 * An object or array is shared when it is equal, value for value and key for key in the same
 * order, to one seen before in the same batch, and small: at most `MAX_ENTRIES` entries, and no
 * string longer than `MAX_STRING_LENGTH`. Its parts are shared first, so a list of shared entries
 * can be shared in turn; an object too big to share (an event, with its id and title) still has
 * its small parts shared. Shared values must not be changed afterwards: nothing changes a dataset
 * once it is loaded (the page's string pool only puts equal strings in place of equal strings).
 */

/** The longest string a shared value holds: longer ones (titles, quotes) seldom recur. */
export const MAX_STRING_LENGTH = 64;
/** The most entries a shared object or array has. */
export const MAX_ENTRIES = 16;

/** Not shareable: the hash of a value too big to share. */
const BIG = -1;

/**
 * Shares, in place, the equal small objects and arrays within the items (plain JSON values:
 * objects, arrays, strings, numbers, booleans and null), and returns `items`, each item still its
 * own object. `onShared` is told how many parts were replaced by an equal one (for tests).
 *
 * Hash-consing: each part's parts are shared first, so two parts are equal exactly when they have
 * the same keys in the same order and identical values; a part's hash is made of its keys' and
 * values' hashes (a shared part's is remembered), and only parts of the same hash are compared.
 */
export function shareEqualParts<T>(items: T[], onShared?: (count: number) => void): T[] {
  /** The first of each distinct small part seen, by hash. */
  const firsts = new Map<number, object[]>();
  let shared = 0;
  /** The hash of the part `share` last gave back, or BIG. */
  let lastHash = BIG;

  /** Shares the parts of `value`, then gives the value or the equal one seen first. */
  const share = (value: object): object => {
    const hash = shareParts(value);
    lastHash = hash;
    if (hash === BIG) return value;
    const candidates = firsts.get(hash);
    if (candidates === undefined) {
      firsts.set(hash, [value]);
      return value;
    }
    for (const candidate of candidates) {
      if (sameParts(candidate, value)) {
        shared += 1;
        return candidate;
      }
    }
    candidates.push(value);
    return value;
  };

  /** Shares the parts of `value` in place; gives its hash, or BIG when it is too big to share. */
  const shareParts = (value: object): number => {
    let hash: number;
    let entries = 0;
    if (Array.isArray(value)) {
      hash = 0x5bd1e995;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        let part: number;
        if (typeof item === 'object' && item !== null) {
          value[i] = share(item);
          part = lastHash;
        } else part = primitiveHash(item);
        hash = part === BIG || hash === BIG ? BIG : mix(hash, part);
        entries += 1;
      }
    } else {
      hash = 0x27d4eb2f;
      const record = value as Record<string, unknown>;
      for (const name in record) {
        const item = record[name];
        let part: number;
        if (typeof item === 'object' && item !== null) {
          record[name] = share(item);
          part = lastHash;
        } else part = primitiveHash(item);
        const named = stringHash(name);
        hash = part === BIG || hash === BIG || named === BIG ? BIG : mix(mix(hash, named), part);
        entries += 1;
      }
    }
    return entries > MAX_ENTRIES ? BIG : hash;
  };

  // The items themselves stay apart (two events are never one), only their parts are shared.
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const record = item as Record<string, unknown>;
    for (const name in record) {
      const part = record[name];
      if (typeof part === 'object' && part !== null) record[name] = share(part);
    }
  }
  onShared?.(shared);
  return items;
}

/** One more part's hash into a hash (FNV-1a's step on 32-bit words), kept non-negative. */
function mix(hash: number, part: number): number {
  return Math.imul(hash ^ part, 0x01000193) >>> 1;
}

/** A string's hash (FNV-1a over its UTF-16 units), or BIG past `MAX_STRING_LENGTH`. */
function stringHash(text: string): number {
  if (text.length > MAX_STRING_LENGTH) return BIG;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 1;
}

/** A value's hash that is not an object: strings, numbers, booleans and null told apart. */
function primitiveHash(value: unknown): number {
  switch (typeof value) {
    case 'string':
      return stringHash(value);
    case 'number':
      return mix(0x3c6ef372, stringHash(Object.is(value, -0) ? '-0' : String(value)));
    case 'boolean':
      return value ? 0x1b873593 : 0x0e6546b6;
    default:
      return value === null ? 0x2545f491 : BIG;
  }
}

/** True when two parts, whose own parts are shared, have the same keys in order and values. */
function sameParts(a: object, b: object): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return true;
  }
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  const first = a as Record<string, unknown>;
  const second = b as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? '';
    if (key !== others[i] || !Object.is(first[key], second[key])) return false;
  }
  return true;
}
