/**
 * The page's one breakpoint: from this width the detail is a side panel beside the timeline, the
 * map sits in that column, and lists scroll in their own panels; below it the page is one column
 * and the detail is a sheet. The stylesheets use the same width (`@media (min-width: 960px)` and
 * `(max-width: 959px)`); `breakpoints.test.ts` fails if any of them uses another.
 */
import { useSyncExternalStore } from 'react';

/** The width, in CSS px, from which the page has two columns. */
export const WIDE_MIN_WIDTH = 960;

/** The media query of the two-column page. */
export const WIDE_QUERY = `(min-width: ${WIDE_MIN_WIDTH}px)`;

/** The query's live list, where the environment has one that can be listened to. */
function wideQuery(): MediaQueryList | null {
  const query =
    typeof globalThis.matchMedia === 'function' ? globalThis.matchMedia(WIDE_QUERY) : null;
  return query && typeof query.addEventListener === 'function' ? query : null;
}

function subscribe(onChange: () => void): () => void {
  const query = wideQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True when the page is wide enough for two columns; follows resizes and rotations. */
export function useIsWide(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => wideQuery()?.matches ?? true,
    () => true,
  );
}
