/**
 * Equal small parts of a batch of items made one object, before the worker posts the batch. A
 * structured clone keeps an object that a message holds twice as one object on the other side,
 * so each category list, actor entry, empty figure list or citation that recurs within a part of
 * events arrives once instead of once per event. At 100,000 generated events, parts of 1,000,
 * that is 166,000 actor entries arriving as 26,000 objects and 100,000 category lists as 13,000
 * (counted on the generator's output), and the page has fewer objects to make and to keep.
 *
 * An object or array is shared when it is equal, value for value and key for key in the same
 * order, to one seen before in the same batch, and small: its description (`MAX_KEY_LENGTH`)
 * short enough to be cheap to compare. Its parts are shared first, so a list of shared entries can
 * be shared in turn; an object too big to share (an event, with its id and title) still has its
 * small parts shared. Shared values must not be changed afterwards: nothing changes a dataset once
 * it is loaded.
 */

/** The longest description of a value that is looked up; longer ones are not shared. */
export const MAX_KEY_LENGTH = 240;

/**
 * Shares, in place, the equal small objects and arrays within the items (plain JSON values:
 * objects, arrays, strings, numbers, booleans and null), and returns `items`, each item still its
 * own object. `onShared` is told how many parts were replaced by an equal one (for tests).
 */
export function shareEqualParts<T>(items: T[], onShared?: (count: number) => void): T[] {
  /** The first of each distinct small value seen, by its description. */
  const firsts = new Map<string, object>();
  /** A short name for each first (an object's description in its parent's is its name). */
  const names = new WeakMap<object, string>();
  let shared = 0;

  /** The description of `value`, or null when it is too big to share. */
  const describe = (value: unknown): string | null => {
    switch (typeof value) {
      case 'string':
        return value.length > MAX_KEY_LENGTH ? null : `${value.length}:${value}`;
      case 'number':
        return Object.is(value, -0) ? 'n-0' : `n${value}`;
      case 'boolean':
        return value ? 't' : 'f';
      case 'object':
        return value === null ? 'z' : (names.get(value) ?? null);
      default:
        return null;
    }
  };

  /** Shares the parts of `value`, then gives the value or the equal one seen first. */
  const share = (value: object): object => {
    const key = shareParts(value);
    if (key === null) return value;
    const first = firsts.get(key);
    if (first !== undefined) {
      shared += 1;
      return first;
    }
    firsts.set(key, value);
    names.set(value, `#${firsts.size}`);
    return value;
  };

  /** Shares the parts of `value` in place; gives its description, or null when too big. */
  const shareParts = (value: object): string | null => {
    let key: string | null;
    if (Array.isArray(value)) {
      key = '[';
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) value[i] = share(item);
        key = extend(key, describe(value[i]));
      }
    } else {
      key = '{';
      const record = value as Record<string, unknown>;
      for (const name in record) {
        const item = record[name];
        if (typeof item === 'object' && item !== null) record[name] = share(item);
        key = extend(key, name.length > MAX_KEY_LENGTH ? null : `${name.length}:${name}`);
        key = extend(key, describe(record[name]));
      }
    }
    return key;
  };

  // The items themselves stay apart (two events are never one), only their parts are shared.
  for (const item of items) {
    if (typeof item === 'object' && item !== null) shareParts(item);
  }
  onShared?.(shared);
  return items;
}

/** The description so far with one more part, or null once it cannot be shared. */
function extend(key: string | null, part: string | null): string | null {
  if (key === null || part === null) return null;
  const longer = `${key}${part},`;
  return longer.length > MAX_KEY_LENGTH ? null : longer;
}
