/**
 * The view state in the URL query string, as one table: per key, how it is written (encode) and
 * how it is read back (decode).
 *
 *   event=city-hall-stormed            the selected event
 *   actor=tokayev,csto                 actor filter (ids, comma-separated)
 *   location=almaty                    place filter
 *   category=protest,violence          category filter
 *   source=tass-1384189,interfax        source filter
 *   q=almaty+airport                   search text
 *   from=2022-01-04&to=2022-01-06      date filter, days included
 *   possible=1                         date filter also shows events that only may fall in it
 *   lanes=actor                        timeline lanes (left out for "none")
 *   window=2022-01-02T06:00Z~2022-01-06T18:00Z   zoom window (UTC, to the millisecond)
 *   map=0                              map hidden (left out when shown)
 *   mapSize=casualties                 map marks sized by casualty figures (left out for events)
 *   account=later-reporting            the story with later reporting (left out for the article's)
 *   known=2022-01-10                   what had been reported by the end of that day
 *   sourceList=1                       the list of every source shown
 *   figureTable=1                      the table of every casualty figure in view shown
 *   embed=1                            the compact view for an iframe in an article
 *   theme=dark                         light or dark, whatever the system says (left out for auto)
 *   lang=nb                            the interface's language (left out to follow the browser)
 *   dir=rtl                            the writing direction, forced (left out for the language's own)
 *
 * Writing leaves out every key whose value is the default, in this fixed order, so the default
 * view is the empty string and each view has exactly one link. Reading never throws and always
 * yields a valid state (`isValidViewState`): unknown keys are ignored; a key without a value is as
 * if absent; a repeated key keeps its first value; and whatever cannot be used is dropped, cut to
 * its limit or corrected, each time with a notice saying so in words the reader understands
 * (notices follow the table's order).
 */
import { t } from '../i18n/i18n';
import { DIRECTIONS, LANGUAGES, isLanguage, type Direction } from '../i18n/languages';
import { ACCOUNTS, CATEGORIES, type Account, type Category } from '../model/vocabulary';
import { listForNotice, quoteForNotice } from './noticeText';
import { escapeQueryValue, parseQueryString } from './queryString';
import {
  MAX_IDS_PER_FILTER,
  MAX_QUERY_LENGTH,
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
  codePointLength,
  isValidDay,
  isValidId,
  isValidWindow,
} from './validViewState';
import {
  DEFAULT_VIEW_STATE,
  LANE_MODES,
  MAP_SIZINGS,
  THEMES,
  type LaneMode,
  type MapSizing,
  type Theme,
  type TimeWindow,
  type ViewState,
} from './viewState';
import { formatWindow, parseWindow } from './windowText';

/** A state read from a link, and what could not be read as written. */
export interface DecodedViewState {
  state: ViewState;
  /** One sentence per problem, for the reader; empty for a clean link. */
  notices: string[];
}

/** What reading one key's value gives: the fields it sets and any notices. */
interface FieldReading {
  patch: Partial<ViewState>;
  notices: string[];
}

/** One row of the table. */
interface UrlField {
  key: string;
  /** What the key sets, in the reader's words, for notices: "the place filter". */
  label: () => string;
  /** The value to write, unescaped, or null to leave the key out (the state has the default). */
  encode: (state: ViewState) => string | null;
  /** Reads a non-empty value. */
  decode: (value: string) => FieldReading;
}

const URL_FIELDS: readonly UrlField[] = [
  {
    key: 'event',
    label: () => t('url.field.event'),
    encode: ({ event }) => event,
    decode: (value) =>
      isValidId(value)
        ? accept({ event: value })
        : reject(t('url.eventInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'actor',
    label: () => t('url.field.actor'),
    encode: ({ actors }) => encodeList(actors),
    decode: (value) => {
      const { ids, notices } = decodeIdList(value, 'actor');
      return { patch: { actors: ids }, notices };
    },
  },
  {
    key: 'location',
    label: () => t('url.field.location'),
    encode: ({ locations }) => encodeList(locations),
    decode: (value) => {
      const { ids, notices } = decodeIdList(value, 'place');
      return { patch: { locations: ids }, notices };
    },
  },
  {
    key: 'category',
    label: () => t('url.field.category'),
    encode: ({ categories }) => encodeList(categories),
    decode: decodeCategories,
  },
  {
    key: 'source',
    label: () => t('url.field.source'),
    encode: ({ sources }) => encodeList(sources),
    decode: (value) => {
      const { ids, notices } = decodeIdList(value, 'source');
      return { patch: { sources: ids }, notices };
    },
  },
  {
    key: 'q',
    label: () => t('url.field.q'),
    encode: ({ query }) => (query === '' ? null : query),
    decode: (value) =>
      codePointLength(value) <= MAX_QUERY_LENGTH
        ? accept({ query: value })
        : {
            patch: { query: Array.from(value).slice(0, MAX_QUERY_LENGTH).join('') },
            notices: [t('url.queryTooLong', { max: MAX_QUERY_LENGTH })],
          },
  },
  {
    key: 'from',
    label: () => t('url.field.from'),
    encode: ({ from }) => from,
    decode: (value) => decodeDay(value, 'from'),
  },
  {
    key: 'to',
    label: () => t('url.field.to'),
    encode: ({ to }) => to,
    decode: (value) => decodeDay(value, 'to'),
  },
  {
    key: 'possible',
    label: () => t('url.field.possible'),
    encode: ({ includePossible }) => (includePossible ? '1' : null),
    decode: decodeFlag(
      (includePossible) => ({ includePossible }),
      (quoted) => t('url.possibleInvalid', { value: quoted }),
    ),
  },
  {
    key: 'lanes',
    label: () => t('url.field.lanes'),
    encode: ({ lanes }) => (lanes === DEFAULT_VIEW_STATE.lanes ? null : lanes),
    decode: (value) =>
      isLaneMode(value)
        ? accept({ lanes: value })
        : reject(t('url.lanesInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'window',
    label: () => t('url.field.window'),
    encode: ({ window }) =>
      window !== null && isValidWindow(window) ? formatWindow(window) : null,
    decode: decodeWindow,
  },
  {
    key: 'map',
    label: () => t('url.field.map'),
    encode: ({ map }) => (map ? null : '0'),
    decode: decodeFlag(
      (map) => ({ map }),
      (quoted) => t('url.mapInvalid', { value: quoted }),
    ),
  },
  {
    key: 'mapSize',
    label: () => t('url.field.mapSize'),
    encode: ({ mapSize }) => (mapSize === DEFAULT_VIEW_STATE.mapSize ? null : mapSize),
    decode: (value) =>
      isMapSizing(value)
        ? accept({ mapSize: value })
        : reject(t('url.mapSizeInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'account',
    label: () => t('url.field.account'),
    encode: ({ account }) => (account === DEFAULT_VIEW_STATE.account ? null : account),
    decode: (value) =>
      isAccount(value)
        ? accept({ account: value })
        : reject(t('url.accountInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'known',
    label: () => t('url.field.known'),
    encode: ({ knownOn }) => knownOn,
    decode: (value) =>
      isValidDay(value)
        ? accept({ knownOn: value })
        : reject(t('url.knownInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'sourceList',
    label: () => t('url.field.sourceList'),
    encode: ({ sourceList }) => (sourceList ? '1' : null),
    decode: decodeFlag(
      (sourceList) => ({ sourceList }),
      (quoted) => t('url.sourceListInvalid', { value: quoted }),
    ),
  },
  {
    key: 'figureTable',
    label: () => t('url.field.figureTable'),
    encode: ({ figureTable }) => (figureTable ? '1' : null),
    decode: decodeFlag(
      (figureTable) => ({ figureTable }),
      (quoted) => t('url.figureTableInvalid', { value: quoted }),
    ),
  },
  {
    key: 'embed',
    label: () => t('url.field.embed'),
    encode: ({ embed }) => (embed ? '1' : null),
    decode: decodeFlag(
      (embed) => ({ embed }),
      (quoted) => t('url.embedInvalid', { value: quoted }),
    ),
  },
  {
    key: 'theme',
    label: () => t('url.field.theme'),
    encode: ({ theme }) => (theme === DEFAULT_VIEW_STATE.theme ? null : theme),
    decode: (value) =>
      isTheme(value)
        ? accept({ theme: value })
        : reject(t('url.themeInvalid', { value: quoteForNotice(value) })),
  },
  {
    key: 'lang',
    label: () => t('url.field.lang'),
    encode: ({ language }) => language,
    decode: (value) =>
      isLanguage(value)
        ? accept({ language: value })
        : reject(
            t('url.languageInvalid', {
              value: quoteForNotice(value),
              languages: listForNotice([...LANGUAGES]),
            }),
          ),
  },
  {
    key: 'dir',
    label: () => t('url.field.dir'),
    encode: ({ direction }) => (direction === DEFAULT_VIEW_STATE.direction ? null : direction),
    decode: (value) =>
      isDirection(value)
        ? accept({ direction: value })
        : reject(t('url.directionInvalid', { value: quoteForNotice(value) })),
  },
];

/** The keys of the table, for the property tests and anyone who needs to know them. */
export const URL_KEYS: readonly string[] = URL_FIELDS.map((field) => field.key);

/** The first value a link gives a key, and whether later ones tried to change it. */
interface FirstValue {
  value: string;
  malformed: boolean;
  overridden: boolean;
}

/**
 * The query string (without "?") for `state`: keys in table order, defaults left out, values
 * escaped but readable. DEFAULT_VIEW_STATE gives "".
 */
export function encodeViewState(state: ViewState): string {
  return URL_FIELDS.flatMap(({ key, encode }) => {
    const value = encode(state);
    return value === null ? [] : [`${key}=${escapeQueryValue(value)}`];
  }).join('&');
}

/**
 * `encodeViewState({ ...state, event: eventId })` for every event of a view, the other fields
 * encoded once: every mark and list row links to its event, and encoding the whole state per link
 * was 20 ms of a filter click at 1,000 events (profiled). The event is the first field of the
 * query, so each link is its own `event=` followed by the rest.
 */
export function eventQueries(state: ViewState): (eventId: string) => string {
  const rest = encodeViewState({ ...state, event: null });
  return (eventId) => {
    const own = `event=${escapeQueryValue(eventId)}`;
    return rest === '' ? own : `${own}&${rest}`;
  };
}

/**
 * The state a query string (with or without "?") describes, and a notice for each thing in it
 * that could not be used as written. Never throws; the state always passes `isValidViewState`.
 */
export function decodeViewState(search: string): DecodedViewState {
  const firstValues = new Map<string, FirstValue>();
  for (const { key, value, malformed } of parseQueryString(search)) {
    if (!URL_KEYS.includes(key)) continue;
    const first = firstValues.get(key);
    if (first === undefined) firstValues.set(key, { value, malformed, overridden: false });
    else if (first.value !== value) first.overridden = true;
  }

  const notices: string[] = [];
  let state: ViewState = { ...DEFAULT_VIEW_STATE };
  for (const field of URL_FIELDS) {
    const first = firstValues.get(field.key);
    if (first === undefined) continue;
    if (first.overridden) {
      notices.push(t('url.overridden', { field: field.label() }));
    }
    if (first.malformed) {
      notices.push(t('url.malformed', { field: capitalize(field.label()) }));
    }
    if (first.value === '') continue;
    const reading = field.decode(first.value);
    state = { ...state, ...reading.patch };
    notices.push(...reading.notices);
  }

  if (state.from !== null && state.to !== null && state.from > state.to) {
    notices.push(t('url.datesSwapped', { from: state.from, to: state.to }));
    state = { ...state, from: state.to, to: state.from };
  }
  return { state, notices };
}

function accept(patch: Partial<ViewState>): FieldReading {
  return { patch, notices: [] };
}

function reject(notice: string): FieldReading {
  return { patch: {}, notices: [notice] };
}

/** Reads a 0/1 setting: `set` gives the fields for it; anything else gets `notice` (with the value quoted). */
function decodeFlag(
  set: (on: boolean) => Partial<ViewState>,
  notice: (quoted: string) => string,
): (value: string) => FieldReading {
  return (value) =>
    value === '0' || value === '1'
      ? accept(set(value === '1'))
      : reject(notice(quoteForNotice(value)));
}

function encodeList(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join(',');
}

/** The non-empty, trimmed items of a comma-separated list, each once, in order. */
function splitList(value: string): string[] {
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

function decodeIdList(
  value: string,
  kind: 'actor' | 'place' | 'source',
): { ids: string[]; notices: string[] } {
  const items = splitList(value);
  const ids = items.filter(isValidId);
  const invalid = items.filter((item) => !isValidId(item));
  const notices: string[] = [];
  if (invalid.length > 0) {
    notices.push(
      t('url.idsInvalid', { kind, count: invalid.length, list: listForNotice(invalid) }),
    );
  }
  if (ids.length > MAX_IDS_PER_FILTER) {
    notices.push(t('url.tooManyIds', { kind, max: MAX_IDS_PER_FILTER }));
  }
  return { ids: ids.slice(0, MAX_IDS_PER_FILTER), notices };
}

function decodeCategories(value: string): FieldReading {
  const items = splitList(value);
  const categories = items.filter(isCategory);
  const unknown = items.filter((item) => !isCategory(item));
  if (unknown.length === 0) return accept({ categories });
  return {
    patch: { categories },
    notices: [t('url.categoriesUnknown', { count: unknown.length, list: listForNotice(unknown) })],
  };
}

function decodeDay(value: string, field: 'from' | 'to'): FieldReading {
  if (isValidDay(value)) return accept({ [field]: value });
  return reject(t('url.dayInvalid', { field, value: quoteForNotice(value) }));
}

function decodeWindow(value: string): FieldReading {
  const window = parseWindow(value);
  const problem = window === null ? 'unreadable' : windowSizeProblem(window);
  if (window !== null && problem === null) return accept({ window });
  return reject(t('url.windowInvalid', { problem: problem ?? 'unreadable' }));
}

/** What is wrong with the window's size (a word of the notice's select), or null when it is between the limits. */
function windowSizeProblem({
  start,
  end,
}: TimeWindow): 'backwards' | 'empty' | 'narrow' | 'wide' | null {
  if (end < start) return 'backwards';
  if (end === start) return 'empty';
  if (end - start < MIN_WINDOW_MS) return 'narrow';
  if (end - start > MAX_WINDOW_MS) return 'wide';
  return null;
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function isLaneMode(value: string): value is LaneMode {
  return (LANE_MODES as readonly string[]).includes(value);
}

function isAccount(value: string): value is Account {
  return (ACCOUNTS as readonly string[]).includes(value);
}

function isMapSizing(value: string): value is MapSizing {
  return (MAP_SIZINGS as readonly string[]).includes(value);
}

function isDirection(value: string): value is Direction {
  return (DIRECTIONS as readonly string[]).includes(value);
}

function isTheme(value: string): value is Theme {
  return (THEMES as readonly string[]).includes(value);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
