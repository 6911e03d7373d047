/**
 * Counts the times the reader opens a dataset by its address ("Open a dataset" → Open), so that
 * opening the same address again loads it again (the file on the server may have changed) even
 * though the link does not change. `useDataset` keys its loading on this count.
 */
import { navigateToDataset } from '../state/useViewState';
import { allowDataOrigin } from './allowedDataHosts';

let openings = 0;
const listeners = new Set<() => void>();

/** How many addresses the reader has opened on this page. */
export function addressOpenings(): number {
  return openings;
}

/** Calls `listener` after each opening; returns the unsubscribe function. */
export function subscribeToOpenings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Opens the dataset at `address`, typed by the reader: a new history entry with `data=`. Typing
 * an address is the reader's own choice, so its site is remembered as allowed (no question).
 */
export function openDatasetAddress(address: string): void {
  try {
    const url = new URL(address, window.location.href);
    if (url.origin !== window.location.origin) allowDataOrigin(url.origin);
  } catch {
    // Not an address: the loader says so.
  }
  openings += 1;
  navigateToDataset(address);
  listeners.forEach((listener) => listener());
}
