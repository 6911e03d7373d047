/**
 * The one way components read and change the view: the state lives in the URL query string, is
 * read with `decodeViewState` and written with `encodeViewState`. Changes the reader would step
 * back through are pushed onto the history; zoom and pan replace the current entry. Back and
 * forward (popstate) update every reader.
 */
import { activeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
import { withDatasetParam } from './datasetParam';
import { useSyncExternalStore } from 'react';
import { decodeViewState, encodeViewState, eventQueries, type DecodedViewState } from './url';
import type { ViewState } from './viewState';

/** A change to the view: fields to set, or a function from the current view to the next. */
export type ViewStateUpdate = Partial<ViewState> | ((state: ViewState) => ViewState);

/** How a change is recorded in the browser history. */
export interface ViewStateUpdateOptions {
  /** Replace the current history entry instead of adding one (for zoom and pan). */
  replace?: boolean;
}

/** Changes the view; see `updateViewState`. */
export type SetViewState = (update: ViewStateUpdate, options?: ViewStateUpdateOptions) => void;

/** Dispatched on `window` after this module changes the URL, since pushState fires no event. */
const VIEW_STATE_CHANGE = 'chronicle:viewstatechange';

/** The current view and the function that changes it. The state object is the same for the same URL. */
export function useViewState(): [ViewState, SetViewState] {
  return [useDecodedLocation().state, updateViewState];
}

/** Sentences about what the current URL asked for that could not be used (see `decodeViewState`). */
export function useViewStateNotices(): string[] {
  return useDecodedLocation().notices;
}

/**
 * Changes the view from outside React, exactly as the setter of `useViewState` does: computes the
 * next state from the current URL, and pushes it as a new history entry (or replaces the current
 * one with `{ replace: true }`), keeping the path and the hash. Nothing is recorded when the
 * view would not change.
 */
export function updateViewState(update: ViewStateUpdate, options: ViewStateUpdateOptions = {}) {
  const current = decodeSearch(window.location.search).state;
  const next = typeof update === 'function' ? update(current) : { ...current, ...update };
  const viewSearch = encodeViewState(next);
  if (viewSearch === encodeViewState(current)) return;
  const { pathname, hash } = window.location;
  const search = withDatasetParam(viewSearch, window.location.search);
  const url = `${pathname}${search === '' ? '' : `?${search}`}${hash}`;
  if (options.replace) window.history.replaceState(window.history.state, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(VIEW_STATE_CHANGE));
}

/**
 * The link to `state` for an `<a href>`: "?" and the query string, or the current path when the
 * state is the default view (an empty href would keep the current query).
 */
export function viewStateHref(state: ViewState): string {
  const search = withDatasetParam(encodeViewState(state), window.location.search);
  return search === '' ? window.location.pathname : `?${search}`;
}

/**
 * `viewStateHref({ ...state, event: eventId })` for any event id, made once per state (see
 * `eventQueries`): the links of every mark and list row, with the current `data` parameter.
 */
export function eventHrefs(state: ViewState): (eventId: string) => string {
  const query = eventQueries(state);
  const data = withDatasetParam('', window.location.search);
  return (eventId) => (data === '' ? `?${query(eventId)}` : `?${data}&${query(eventId)}`);
}

/** The page's current query string ("?…" or ""), kept up to date through history changes. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, currentSearch);
}

function useDecodedLocation(): DecodedViewState {
  return decodeSearch(useSyncExternalStore(subscribe, currentSearch));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(VIEW_STATE_CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(VIEW_STATE_CHANGE, onChange);
  };
}

function currentSearch(): string {
  return window.location.search;
}

let lastDecoded: { search: string; language: Language; decoded: DecodedViewState } | null = null;

/** `decodeViewState`, remembered for the last search string, so every reader shares one object. */
function decodeSearch(search: string): DecodedViewState {
  // Notices are sentences in the active language: a change of language reads the link again.
  const language = activeLanguage();
  if (lastDecoded?.search !== search || lastDecoded.language !== language) {
    lastDecoded = { search, language, decoded: decodeViewState(search) };
  }
  return lastDecoded.decoded;
}

/** The reader's own settings, which hold for any dataset: the language, its direction, the theme. */
const READER_SETTINGS = ['lang', 'dir', 'theme'] as const;

/**
 * Opens another dataset: a new history entry whose query is only `data=…` (or nothing, for the
 * bundled story), since the old view's ids mean nothing in the new dataset, and the reader's own
 * settings (a file opened with `lang=nb` is read, and its import reported, in Norwegian).
 */
export function navigateToDataset(dataUrl: string | null): void {
  const current = new URLSearchParams(window.location.search);
  const pairs: [string, string][] = dataUrl === null ? [] : [['data', dataUrl]];
  for (const key of READER_SETTINGS) {
    const value = current.get(key);
    if (value !== null) pairs.push([key, value]);
  }
  const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  window.history.pushState(
    null,
    '',
    `${window.location.pathname}${search === '' ? '' : `?${search}`}`,
  );
  window.dispatchEvent(new Event(VIEW_STATE_CHANGE));
}
