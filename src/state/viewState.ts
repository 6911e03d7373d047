/**
 * Everything about what the reader sees, and nothing else. It lives in the URL query string
 * (see `url.ts`); components read it through `useViewState` and never keep a private copy.
 */
import type { Direction, Language } from '../i18n/languages';
import type { Account, Category } from '../model/schema';

export const LANE_MODES = ['none', 'actor', 'location', 'category'] as const;
/** How the timeline groups its rows. */
export type LaneMode = (typeof LANE_MODES)[number];

export const MAP_SIZINGS = ['events', 'casualties'] as const;
/** What the map's marks are sized by: the number of events, or the casualty figures reported. */
export type MapSizing = (typeof MAP_SIZINGS)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
/** The colour scheme: the reader's system setting (auto), or one chosen by the link (an embed follows its host). */
export type Theme = (typeof THEMES)[number];

/** A visible time range in epoch milliseconds, half-open. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** The whole view: selection, filters, zoom and panels. */
export interface ViewState {
  /** The selected event's id, or null. May name an unknown event (a bad link): the page says so. */
  event: string | null;
  /** Filter: events involving any of these actors (OR within the kind). */
  actors: string[];
  /** Filter: events at any of these locations (a place also matches the places within it). */
  locations: string[];
  /** Filter: events in any of these categories. */
  categories: Category[];
  /** Filter: events resting on any of these sources (cited, relayed through, or counting a figure). */
  sources: string[];
  /** Free-text search, case- and accent-insensitive. Empty string: no text filter. */
  query: string;
  /** Time filter: first day included, ISO "YYYY-MM-DD", or null for open. */
  from: string | null;
  /** Time filter: last day included, ISO "YYYY-MM-DD", or null for open. */
  to: string | null;
  /**
   * Time filter: also show the events that only may fall in the chosen days (their time is known
   * only within bounds that reach into them). False: only those that certainly do.
   */
  includePossible: boolean;
  lanes: LaneMode;
  /** The timeline's zoom window, or null for "fit all". */
  window: TimeWindow | null;
  /** Whether the map is shown. */
  map: boolean;
  /** What the map's marks are sized by. */
  mapSize: MapSizing;
  /** Whose account is shown: the article's as published, or the story with later reporting. */
  account: Account;
  /**
   * The reporting day ("YYYY-MM-DD"): the story with later reporting shows what had been reported
   * by its end; null shows everything. The article's account is as published and ignores it.
   */
  knownOn: string | null;
  /** Whether the list of every source is shown. */
  sourceList: boolean;
  /** Whether the table of every casualty figure in view is shown. */
  figureTable: boolean;
  /** The compact view for an `<iframe>` in an article (src/embed/EmbedPage.tsx). */
  embed: boolean;
  theme: Theme;
  /** The interface's language chosen by the link, or null to follow the browser (src/i18n/languages.ts). */
  language: Language | null;
  /** The interface's writing direction. */
  direction: Direction;
}

/** The view of a fresh visit: nothing selected, no filter, everything in view. */
export const DEFAULT_VIEW_STATE: ViewState = {
  event: null,
  actors: [],
  locations: [],
  categories: [],
  sources: [],
  query: '',
  from: null,
  to: null,
  includePossible: false,
  lanes: 'none',
  window: null,
  map: true,
  mapSize: 'events',
  account: 'article',
  knownOn: null,
  sourceList: false,
  figureTable: false,
  embed: false,
  theme: 'auto',
  language: null,
  direction: 'auto',
};
