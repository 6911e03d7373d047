/**
 * One copy of each string across the parts of a dataset the page receives from its worker. A
 * structured clone copies every string it carries, so an id, a category, a role, a language tag or
 * a recurring note arrives as a copy of its own in every event that names it: at 100,000
 * generated events those copies were 54 MB of a 200 MB heap (a heap snapshot, 3 December 2026).
 * The pool keeps the first of each and puts it in place of the rest.
 *
 * Looking a string up costs a pass over it (its hash), and keeping it costs an entry: for the
 * strings of a field that never recur (an event's id, title or quote) both are waste, and at
 * 500,000 events they were most of the pool's 2 s on the page (a CPU profile of the load). So
 * each field (by its key: an array's strings count under the array's key) is sampled first,
 * and a field whose strings were seldom seen before is no longer pooled.
 */
import { isRecord } from './isRecord';
import { sameLists } from './sameLists';

/**
 * A list of at most this many strings, all pooled, is kept once too: the first equal list seen
 * (an event's places, a figure's sources). Within a part of 1,000 events the worker has already
 * made equal lists one (shareEqualParts.ts); this makes them one across parts.
 */
export const SHARED_LIST_MAX = 8;

/** Strings longer than this are left as they are: titles and summaries seldom recur. */
export const POOLED_MAX_LENGTH = 256;

/**
 * How many strings of a field are pooled before the pool decides whether to go on pooling that
 * field, and the share of them it must have seen before to go on.
 */
export const FIELD_SAMPLE = { strings: 1_000, seenBefore: 0.2 } as const;

/** What the pool knows of one field's strings. */
interface FieldRecord {
  key: string;
  strings: number;
  seenBefore: number;
  pooled: boolean;
}

/** Shares the strings of a tree (see `createStringPool`). */
export interface StringPool {
  <T>(tree: T): T;
  /** The fields whose strings it has stopped pooling, in the order it stopped. */
  fieldsLeftAlone(): string[];
}

/**
 * A function that replaces, in place, every string (up to `POOLED_MAX_LENGTH` characters) in a
 * tree of plain arrays and objects with the first equal string it has seen, and every list of at
 * most `SHARED_LIST_MAX` pooled strings with the first equal list, and gives the tree back (a
 * tree that is itself such a list: the first equal one); in a field that its first
 * `FIELD_SAMPLE.strings` strings show seldom recurs, strings are left as they are from then on.
 * Keep one per load; it holds every string and list it has pooled.
 */
export function createStringPool(): StringPool {
  const pool = new Map<string, string>();
  const fields = new Map<string, FieldRecord>();
  const leftAlone: string[] = [];
  const fieldOf = (key: string): FieldRecord => {
    let field = fields.get(key);
    if (field === undefined) {
      field = { key, strings: 0, seenBefore: 0, pooled: true };
      fields.set(key, field);
    }
    return field;
  };
  const shared = (text: string, field: FieldRecord): string => {
    if (!field.pooled || text.length > POOLED_MAX_LENGTH) return text;
    field.strings += 1;
    const first = pool.get(text);
    if (first !== undefined) field.seenBefore += 1;
    else pool.set(text, text);
    if (
      field.strings === FIELD_SAMPLE.strings &&
      field.seenBefore < field.strings * FIELD_SAMPLE.seenBefore
    ) {
      field.pooled = false;
      leftAlone.push(field.key);
    }
    return first ?? text;
  };
  const sameStrings = sameLists<string>();
  /** The value with its strings shared, or the first equal list of strings seen. */
  const visit = (value: object, field: FieldRecord): object => {
    if (Array.isArray(value)) {
      let strings = value.length <= SHARED_LIST_MAX;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string') value[i] = shared(item, field);
        else {
          strings = false;
          if (typeof item === 'object' && item !== null) value[i] = visit(item, field);
        }
      }
      return strings && field.pooled ? sameStrings(value as string[]) : value;
    }
    if (isRecord(value)) {
      for (const key in value) {
        const item = value[key];
        if (typeof item === 'string') value[key] = shared(item, fieldOf(key));
        else if (typeof item === 'object' && item !== null) value[key] = visit(item, fieldOf(key));
      }
    }
    return value;
  };
  const top = fieldOf('');
  const share = <T>(tree: T): T => {
    if (typeof tree === 'object' && tree !== null) return visit(tree, top) as T;
    return tree;
  };
  return Object.assign(share, { fieldsLeftAlone: () => [...leftAlone] });
}
