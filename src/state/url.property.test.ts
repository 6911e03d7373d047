import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DIRECTIONS, LANGUAGES } from '../i18n/languages';
import { ACCOUNTS, CATEGORIES } from '../model/schema';
import { URL_KEYS, decodeViewState, encodeViewState, eventQueries } from './url';
import {
  MAX_QUERY_LENGTH,
  MAX_WINDOW_MS,
  MIN_WINDOW_MS,
  codePointLength,
  isValidViewState,
} from './validViewState';
import { LANE_MODES, MAP_SIZINGS, THEMES, type ViewState } from './viewState';
import { formatWindow } from './windowText';

const YEAR_MS = 365.2425 * 86_400_000;

/** Slugs: 1–4 runs of letters and digits joined by single hyphens. */
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,12}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

/** Any well-formed text, weighted towards the characters that mean something in a URL. */
const queryText = fc.oneof(
  fc.string({ unit: fc.constantFrom('&', '=', '#', '+', '%', ',', ' ', '?', '~', ':', '/', 'a') }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .string({ unit: 'binary', minLength: MAX_QUERY_LENGTH - 10, maxLength: MAX_QUERY_LENGTH })
    .filter((text) => codePointLength(text) <= MAX_QUERY_LENGTH),
);

const day = fc
  .date({
    min: new Date('0000-01-01T00:00Z'),
    max: new Date('9999-12-31T00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

/** Windows of whole milliseconds, starting within 10,000 years of 1970, of any allowed size. */
const timeWindow = fc
  .record({
    start: fc.bigInt({ min: BigInt(-10_000 * YEAR_MS), max: BigInt(10_000 * YEAR_MS) }),
    size: fc.oneof(
      fc.bigInt({ min: BigInt(MIN_WINDOW_MS), max: BigInt(MAX_WINDOW_MS) }),
      fc.bigInt({ min: BigInt(MIN_WINDOW_MS), max: BigInt(MIN_WINDOW_MS + 10_000) }),
    ),
  })
  .map(({ start, size }) => ({ start: Number(start), end: Number(start + size) }));

/** Every ViewState that a link can carry. */
const validViewState: fc.Arbitrary<ViewState> = fc
  .record({
    event: fc.option(slug, { nil: null }),
    actors: fc.uniqueArray(slug, { maxLength: 8 }),
    locations: fc.uniqueArray(slug, { maxLength: 8 }),
    categories: fc.uniqueArray(fc.constantFrom(...CATEGORIES)),
    sources: fc.uniqueArray(slug, { maxLength: 8 }),
    query: fc.oneof(fc.constant(''), queryText),
    days: fc.tuple(fc.option(day, { nil: null }), fc.option(day, { nil: null })),
    lanes: fc.constantFrom(...LANE_MODES),
    window: fc.option(timeWindow, { nil: null }),
    includePossible: fc.boolean(),
    map: fc.boolean(),
    mapSize: fc.constantFrom(...MAP_SIZINGS),
    account: fc.constantFrom(...ACCOUNTS),
    knownOn: fc.option(day, { nil: null }),
    sourceList: fc.boolean(),
    figureTable: fc.boolean(),
    embed: fc.boolean(),
    theme: fc.constantFrom(...THEMES),
    language: fc.option(fc.constantFrom(...LANGUAGES), { nil: null }),
    direction: fc.constantFrom(...DIRECTIONS),
  })
  .map(({ days: [first, second], ...rest }) => {
    const inOrder = first !== null && second !== null && first > second;
    return { ...rest, from: inOrder ? second : first, to: inOrder ? first : second };
  });

describe('eventQueries', () => {
  it('writes the same query as encodeViewState with the event set', () => {
    fc.assert(
      fc.property(validViewState, slug, (state, eventId) => {
        expect(eventQueries(state)(eventId)).toBe(encodeViewState({ ...state, event: eventId }));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('encodeViewState then decodeViewState', () => {
  it('gives back every valid state exactly, with no notices', () => {
    fc.assert(
      fc.property(validViewState, (state) => {
        expect(isValidViewState(state)).toBe(true);
        expect(decodeViewState(encodeViewState(state))).toEqual({ state, notices: [] });
        expect(decodeViewState(`?${encodeViewState(state)}`)).toEqual({ state, notices: [] });
      }),
      { numRuns: 2000 },
    );
  });

  it('writes links that URLSearchParams reads the same way', () => {
    fc.assert(
      fc.property(validViewState, (state) => {
        const params = new URLSearchParams(encodeViewState(state));
        expect(params.get('q') ?? '').toBe(state.query);
        expect(params.get('event')).toBe(state.event);
      }),
      { numRuns: 500 },
    );
  });
});

/** Windows of any order and size, written as a link would write them. */
const anyWindowText = fc
  .tuple(
    fc.bigInt({ min: BigInt(-8.64e15), max: BigInt(8.64e15) }),
    fc.oneof(
      fc.bigInt({ min: -BigInt(MIN_WINDOW_MS * 2), max: BigInt(MIN_WINDOW_MS * 2) }),
      fc.bigInt({ min: -BigInt(MAX_WINDOW_MS * 2), max: BigInt(MAX_WINDOW_MS * 2) }),
    ),
  )
  .filter(([start, size]) => Math.abs(Number(start + size)) <= 8.64e15)
  .map(([start, size]) => formatWindow({ start: Number(start), end: Number(start + size) }));

/** Values for the real keys: garbage, near misses and valid ones. */
const anyValue = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom('%', '2', 'E', 'F', 'a', '0', '+', ',', '~', ':', '-', 'T', 'Z'),
  }),
  fc.stringMatching(/^[a-z0-9,-]{0,30}$/),
  fc.stringMatching(/^-?\d{1,16}~-?\d{1,16}$/),
  fc.stringMatching(
    /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?Z)?(~\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z)?$/,
  ),
  fc.constantFrom('', '0', '1', 'none', 'actor', 'NaN~NaN', 'Infinity', '%', '%E0%A4%A', '%ZZ'),
  fc.string({ unit: 'binary' }).map(encodeURIComponent),
  fc.array(slug, { maxLength: 300 }).map((ids) => ids.join(',')),
  fc.array(fc.constantFrom(...CATEGORIES, 'riots'), { maxLength: 12 }).map((c) => c.join(',')),
  day,
  anyWindowText,
);

/** Strings of code units, lone surrogates included (which a real URL never holds). */
const anyCodeUnits = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit)),
});

const queryStringLike = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...URL_KEYS), fc.constantFrom('', 'Q', 'foo', 'event%3D')),
      anyValue,
      fc.constantFrom('=', '', '=='),
    ),
    { maxLength: 14 },
  )
  .chain((pairs) =>
    fc
      .constantFrom('', '?', '??')
      .map((prefix) => prefix + pairs.map(([key, value, eq]) => `${key}${eq}${value}`).join('&')),
  );

describe('decodeViewState on any input', () => {
  it.each([
    ['query strings made of the real keys', queryStringLike],
    ['any text', fc.string({ unit: 'binary' })],
    ['any code units', anyCodeUnits],
  ])('never throws and always gives a valid state, for %s', (_, input) => {
    fc.assert(
      fc.property(input, (search) => {
        const { state, notices } = decodeViewState(search);
        expect(isValidViewState(state)).toBe(true);
        expect(notices.every((notice) => typeof notice === 'string' && notice !== '')).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('gives states whose own links read back cleanly', () => {
    fc.assert(
      fc.property(queryStringLike, (search) => {
        const { state } = decodeViewState(search);
        expect(decodeViewState(encodeViewState(state))).toEqual({ state, notices: [] });
      }),
      { numRuns: 2000 },
    );
  });
});
