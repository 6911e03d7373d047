/**
 * Free-text search that ignores case, accents and spacing: "ALMATY" finds "Almaty", "cafe" finds
 * "Café", "алматы" finds "Алматы".
 */

/**
 * The combining diacritical marks (accents, breves, cedillas...) that decomposition splits off
 * letters, in the Unicode blocks made for them. Listed as ranges rather than \p{M}, which is
 * several times slower and would also strip vowel signs that change meaning in Indic scripts.
 */
const DIACRITICS =
  /(?:[\u0300-\u036f]|[\u0483-\u0489]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f])+/g;
/** Text of printable ASCII and ordinary white space only (anything else takes the long way). */
const ASCII = /^[\t\n\v\f\r -~]*$/;
/** Whitespace that is not already a single space: runs of two or more, and lone tabs, newlines... */
const WHITESPACE_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

/**
 * The form in which text is compared: lower-cased, compatibility-decomposed (NFKD, so "ﬁ" is "fi"
 * and full-width letters are plain), with diacritical marks removed ("é" is "e", "й" is "и"),
 * whitespace runs collapsed to one space and the ends trimmed.
 */
export function normalizeSearchText(text: string): string {
  const lower = text.toLowerCase();
  // Plain ASCII decomposes to itself and has no marks: skipping NFKD for it makes the search
  // index of 100,000 generated events twice as fast to build.
  const folded = ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(DIACRITICS, '');
  return folded.replace(WHITESPACE_TO_COLLAPSE, ' ').trim();
}

/** The normalised, whitespace-separated terms of a search query; none for a blank query. */
export function searchTerms(query: string): string[] {
  const normalized = normalizeSearchText(query);
  return normalized === '' ? [] : normalized.split(' ');
}

/** True when every term occurs somewhere in `normalizedText` (already normalised). */
export function matchesAllTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}
