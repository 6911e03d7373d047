/**
 * The other sites whose datasets the reader has agreed to load from a link, kept in localStorage
 * per origin, so the question "This link loads a timeline from … Load it?" is asked once per site.
 * Where storage is unavailable (private modes, blocked storage), the question is asked each time.
 */

const KEY = 'chronicle:data-hosts';

/** Agreed on this page, for when storage does not keep it. */
const thisPage = new Set<string>();

function read(): string[] {
  try {
    const value: unknown = JSON.parse(window.localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** True when the reader has agreed to load datasets from `origin` before. */
export function isDataOriginAllowed(origin: string): boolean {
  return thisPage.has(origin) || read().includes(origin);
}

/** Remembers that the reader agreed to load datasets from `origin`. */
export function allowDataOrigin(origin: string): void {
  thisPage.add(origin);
  const origins = read();
  if (origins.includes(origin)) return;
  try {
    window.localStorage.setItem(KEY, JSON.stringify([...origins, origin]));
  } catch {
    // Storage is full or blocked: the reader is asked again next time.
  }
}
