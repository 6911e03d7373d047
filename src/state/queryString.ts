/**
 * Reading and writing the raw query string, with the same rules as URLSearchParams
 * ("application/x-www-form-urlencoded": "&" between pairs, "+" for a space, %-escapes as UTF-8),
 * but also telling when a %-escape was broken and writing values readably.
 */

const LONE_SURROGATES = /\p{Cs}/gu;

/** One key=value pair of a query string, decoded. */
export interface QueryParameter {
  key: string;
  value: string;
  /** True when a %-escape in the key or value could not be decoded and was read as is. */
  malformed: boolean;
}

/**
 * The pairs of `search` (with or without its leading "?"), in order; empty pairs are skipped.
 * Lone surrogates in `search` are read as U+FFFD, as the URL standard does.
 */
export function parseQueryString(search: string): QueryParameter[] {
  const wellFormed = search.replace(LONE_SURROGATES, '\uFFFD');
  const query = wellFormed.startsWith('?') ? wellFormed.slice(1) : wellFormed;
  const parameters: QueryParameter[] = [];
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const separator = pair.indexOf('=');
    const key = decodeComponent(separator === -1 ? pair : pair.slice(0, separator));
    const value = decodeComponent(separator === -1 ? '' : pair.slice(separator + 1));
    parameters.push({
      key: key.text,
      value: value.text,
      malformed: key.malformed || value.malformed,
    });
  }
  return parameters;
}

/**
 * `value` escaped for a query string: like encodeURIComponent, but a space is written "+" and
 * "," and ":" stay as they are, so lists of ids and times read plainly. Lone surrogates (which
 * cannot be written as UTF-8) become U+FFFD rather than throwing.
 */
export function escapeQueryValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATES, '\uFFFD'))
    .replace(/%20/g, '+')
    .replace(/%2C/g, ',')
    .replace(/%3A/g, ':');
}

function decodeComponent(raw: string): { text: string; malformed: boolean } {
  try {
    return { text: decodeURIComponent(raw.replace(/\+/g, ' ')), malformed: false };
  } catch {
    // The standard parser never fails: it keeps a broken escape as text and puts U+FFFD for
    // bytes that are not UTF-8. `raw` holds no "&", so it is read as exactly one value.
    return { text: new URLSearchParams(`x=${raw}`).get('x') ?? '', malformed: true };
  }
}
