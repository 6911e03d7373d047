/**
 * What a well-formed ViewState is: the limits a link may set and the check that a state keeps
 * them. `decodeViewState` only ever returns states that pass `isValidViewState`, and
 * `encodeViewState` round-trips every state that passes it.
 */
import { isRealCalendarValue } from '../model/calendar';
import { ACCOUNTS, CATEGORIES, ID_PATTERN, MAX_ID_LENGTH } from '../model/vocabulary';
import { DIRECTIONS, isLanguage } from '../i18n/languages';
import { LANE_MODES, MAP_SIZINGS, THEMES, type TimeWindow, type ViewState } from './viewState';

/** The longest id (event, actor, place) accepted, as in the data format. */
/** The most ids one filter may list. */
export const MAX_IDS_PER_FILTER = 200;
/** The longest search text, in characters (code points). */
export const MAX_QUERY_LENGTH = 500;
/** The narrowest zoom window: one minute. */
export const MIN_WINDOW_MS = 60_000;
/** The widest zoom window: 10,000 average Gregorian years. */
export const MAX_WINDOW_MS = 10_000 * 365.2425 * 86_400_000;
/** The farthest instant from 1970 that a JavaScript Date can hold (±273,790 years). */
export const MAX_INSTANT_MS = 8.64e15;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const LONE_SURROGATE = /\p{Cs}/u;

/** True for a slug id of at most MAX_ID_LENGTH characters: "almaty-city-hall". */
export function isValidId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && ID_PATTERN.test(value);
}

/** True for a real calendar day written "YYYY-MM-DD". */
export function isValidDay(value: string): boolean {
  return ISO_DAY.test(value) && isRealCalendarValue(value);
}

/** True for whole-millisecond instants a Date can hold, between a minute and 10,000 years apart. */
export function isValidWindow(window: TimeWindow): boolean {
  const { start, end } = window;
  const size = end - start;
  return (
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    Math.abs(start) <= MAX_INSTANT_MS &&
    Math.abs(end) <= MAX_INSTANT_MS &&
    size >= MIN_WINDOW_MS &&
    size <= MAX_WINDOW_MS
  );
}

/** The number of characters (code points, so an emoji counts once) in `text`. */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/** True when `text` has no lone surrogate, so it can be written as UTF-8 and read back. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * True when every field of `state` keeps the rules a link can express: ids are slugs of at most
 * MAX_ID_LENGTH, filters list distinct ids (at most MAX_IDS_PER_FILTER) and known categories, the
 * query is well-formed text of at most MAX_QUERY_LENGTH characters, dates (the reporting date too)
 * are real days with `from` not after `to`, lanes, the map's mark sizing, the account, the theme,
 * the language and the direction are known, and the window (if any) passes `isValidWindow`.
 */
export function isValidViewState(state: ViewState): boolean {
  const {
    event,
    actors,
    locations,
    categories,
    sources,
    query,
    from,
    to,
    includePossible,
    lanes,
    window,
    map,
    mapSize,
    account,
    knownOn,
    sourceList,
    figureTable,
    embed,
    theme,
    language,
    direction,
  } = state;
  return (
    (event === null || isValidId(event)) &&
    isValidIdList(actors) &&
    isValidIdList(locations) &&
    isValidIdList(sources) &&
    isDistinct(categories) &&
    categories.every((category) => (CATEGORIES as readonly string[]).includes(category)) &&
    typeof query === 'string' &&
    isWellFormedText(query) &&
    codePointLength(query) <= MAX_QUERY_LENGTH &&
    (from === null || isValidDay(from)) &&
    (to === null || isValidDay(to)) &&
    (from === null || to === null || from <= to) &&
    (LANE_MODES as readonly string[]).includes(lanes) &&
    (window === null || isValidWindow(window)) &&
    typeof includePossible === 'boolean' &&
    typeof map === 'boolean' &&
    (MAP_SIZINGS as readonly string[]).includes(mapSize) &&
    (ACCOUNTS as readonly string[]).includes(account) &&
    (knownOn === null || isValidDay(knownOn)) &&
    typeof sourceList === 'boolean' &&
    typeof figureTable === 'boolean' &&
    typeof embed === 'boolean' &&
    (THEMES as readonly string[]).includes(theme) &&
    (language === null || isLanguage(language)) &&
    (DIRECTIONS as readonly string[]).includes(direction)
  );
}

function isValidIdList(ids: readonly string[]): boolean {
  return ids.length <= MAX_IDS_PER_FILTER && isDistinct(ids) && ids.every(isValidId);
}

function isDistinct(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}
