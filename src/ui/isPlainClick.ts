import type { MouseEvent } from 'react';

/**
 * True for a plain left click: the app handles it (opening an event in place). A click with a
 * modifier or another button is left to the browser, so the link opens in a new tab or window.
 */
export function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}
