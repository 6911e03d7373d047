/**
 * An inverted index of the words in every event's search text, which answers exactly what a scan
 * of the texts with `matchesAllTerms` answers (every term occurs somewhere in the text, as a
 * substring: "port" finds "airport"), in time proportional to the vocabulary and the matches
 * rather than to all the text.
 *
 * Why it is exact: the text is cut into words at separators (white space and punctuation,
 * `SEPARATORS`). A term without separators occurs in a text exactly when it occurs inside one of
 * its words, so its events are the union of the posting lists of the vocabulary's words that
 * contain it (found by scanning the vocabulary, thousands of words, not the texts). A term with
 * separators ("city-hall") can only occur where each of its pieces occurs inside a word; those
 * events are candidates, and each candidate's text is checked with `includes`, as the scan does.
 * A term that is all separators ("-") is checked against every text.
 *
 * Built in steps (`SearchIndexBuilder.step`), so the page can build it after its first paint in
 * short tasks; the texts themselves are not kept (`textOf` makes one again for a check).
 */
import { matchesAllTerms } from './searchText';

/** The characters words are cut at (any choice is exact, see above; this one is cheap to test). */
const SEPARATORS =
  /[\s\u0021-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u007e\u00a0-\u00bf\u2000-\u206f]+/;

/** Per event order, which events match: 1 where every term occurs. */
export type SearchMask = Uint8Array;

/** A built index over the search texts of `size` events. */
export interface SearchIndex {
  /** The number of events indexed (their orders are 0 … size − 1). */
  size: number;
  /** The distinct words of every text. */
  words: readonly string[];
  /** The bytes its posting lists and bitsets take. */
  bytes: number;
  /** The events that contain every term (normalised, as `searchTerms` gives them). */
  match: (terms: readonly string[]) => SearchMask;
}

/** Builds a `SearchIndex` a slice of events at a time. */
export interface SearchIndexBuilder {
  /** Indexes events until `budgetMs` have passed; true when every event is indexed. */
  step: (budgetMs: number) => boolean;
  /** Indexes what is left and returns the index (at once when it is built). */
  finish: () => SearchIndex;
}

/**
 * The builder of an index over `size` events whose normalised search text `textOf` gives (the
 * same function checks the candidates of terms with separators later).
 */
export function searchIndexBuilder(
  size: number,
  textOf: (order: number) => string,
): SearchIndexBuilder {
  const wordIds = new Map<string, number>();
  const words: string[] = [];
  const lists: number[][] = [];
  let next = 0;
  let built: SearchIndex | null = null;

  const indexOne = (order: number) => {
    for (const word of textOf(order).split(SEPARATORS)) {
      if (word === '') continue;
      let id = wordIds.get(word);
      if (id === undefined) {
        id = words.length;
        wordIds.set(word, id);
        words.push(word);
        lists.push([]);
      }
      const list = lists[id];
      // Orders come in ascending, so a repeat of a word in one text is the list's last entry.
      if (list && list[list.length - 1] !== order) list.push(order);
    }
  };

  const step = (budgetMs: number) => {
    if (built) return true;
    const until = performance.now() + budgetMs;
    while (next < size) {
      const end = Math.min(size, next + 64);
      for (; next < end; next += 1) indexOne(next);
      if (performance.now() >= until) break;
    }
    return next >= size;
  };

  const finish = () => {
    if (built) return built;
    step(Infinity);
    built = compact(size, words, lists, textOf);
    lists.length = 0;
    wordIds.clear();
    return built;
  };
  return { step, finish };
}

/** The index over texts given at once (tests, and the benchmark's comparison). */
export function createSearchIndex(texts: readonly string[]): SearchIndex {
  return searchIndexBuilder(texts.length, (order) => texts[order] ?? '').finish();
}

/**
 * A word in more than this share of the events keeps its events as a bitset (one bit per event)
 * rather than a list (four bytes per event that has it): past 1 in 32 the bitset is the smaller.
 * At 100,000 generated events, 283 of the 1,088 words are past it, and keeping them as bitsets
 * makes the index 5.5 MB instead of 13.5 MB (`npm run bench:search`, 3 December 2026).
 */
export const DENSE_SHARE = 1 / 32;

/**
 * The posting lists packed into typed arrays. A sparse word w's events are
 * `orders[starts[w] … ends[w])`; a dense word's are the set bits of
 * `bits[starts[w] … starts[w] + wordsPerSet)`, event order i at bit i % 32 of its (i >> 5)th word.
 */
function compact(
  size: number,
  words: string[],
  lists: readonly number[][],
  textOf: (order: number) => string,
): SearchIndex {
  const wordsPerSet = Math.ceil(size / 32);
  const dense = new Uint8Array(words.length);
  let listed = 0;
  let sets = 0;
  lists.forEach((list, w) => {
    if (list.length > size * DENSE_SHARE) {
      dense[w] = 1;
      sets += 1;
    } else listed += list.length;
  });
  const starts = new Uint32Array(words.length);
  const ends = new Uint32Array(words.length);
  const orders = new Uint32Array(listed);
  const bits = new Uint32Array(sets * wordsPerSet);
  listed = 0;
  sets = 0;
  lists.forEach((list, w) => {
    if (dense[w] === 1) {
      const from = sets * wordsPerSet;
      for (const order of list) {
        const at = from + (order >> 5);
        bits[at] = (bits[at] ?? 0) | (1 << (order & 31));
      }
      starts[w] = from;
      sets += 1;
    } else {
      orders.set(list, listed);
      starts[w] = listed;
      listed += list.length;
      ends[w] = listed;
    }
  });

  /** The events with a word that contains `piece`. */
  const eventsWith = (piece: string): Uint8Array => {
    const mask = new Uint8Array(size);
    words.forEach((word, w) => {
      if (!word.includes(piece)) return;
      const from = starts[w] ?? 0;
      if (dense[w] === 1) {
        for (let j = 0; j < wordsPerSet; j += 1) {
          let set = bits[from + j] ?? 0;
          while (set !== 0) {
            const low = set & -set;
            mask[j * 32 + 31 - Math.clz32(low)] = 1;
            set ^= low;
          }
        }
        return;
      }
      const to = ends[w] ?? 0;
      for (let at = from; at < to; at += 1) mask[orders[at] ?? 0] = 1;
    });
    return mask;
  };

  const match = (terms: readonly string[]): SearchMask => {
    let result: Uint8Array | null = null;
    const toCheck: string[] = [];
    for (const term of terms) {
      const pieces = term.split(SEPARATORS).filter((piece) => piece !== '');
      if (pieces.length !== 1 || pieces[0] !== term) toCheck.push(term);
      for (const piece of pieces) result = intersect(result, eventsWith(piece));
    }
    const mask = result ?? new Uint8Array(size).fill(1);
    if (toCheck.length > 0) {
      for (let order = 0; order < size; order += 1) {
        if (mask[order] === 1 && !matchesAllTerms(textOf(order), toCheck)) mask[order] = 0;
      }
    }
    return mask;
  };
  const bytes = dense.byteLength + starts.byteLength + ends.byteLength + orders.byteLength;
  return { size, words, match, bytes: bytes + bits.byteLength };
}

function intersect(into: Uint8Array | null, mask: Uint8Array): Uint8Array {
  if (into === null) return mask;
  for (let i = 0; i < into.length; i += 1) into[i] = (into[i] ?? 0) & (mask[i] ?? 0);
  return into;
}
