import { describe, expect, it } from 'vitest';
import { decodeViewState, encodeViewState } from './url';
import { isValidViewState } from './validViewState';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...changes });
const HOUR = 3_600_000;
const YEAR = 365.2425 * 24 * HOUR;

/** Decodes `search`, checking that the result is valid, and returns it. */
function decode(search: string) {
  const decoded = decodeViewState(search);
  expect(isValidViewState(decoded.state)).toBe(true);
  return decoded;
}

describe('encodeViewState', () => {
  it('writes the default view as the empty string', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes every key in a fixed order, readably', () => {
    const state = view({
      map: false,
      window: { start: Date.UTC(2022, 0, 2, 6), end: Date.UTC(2022, 0, 6, 18) },
      lanes: 'actor',
      to: '2022-01-06',
      from: '2022-01-04',
      query: 'almaty airport',
      categories: ['protest', 'violence'],
      locations: ['almaty'],
      actors: ['tokayev', 'csto'],
      event: 'city-hall-stormed',
    });
    expect(encodeViewState(state)).toBe(
      'event=city-hall-stormed&actor=tokayev,csto&location=almaty&category=protest,violence' +
        '&q=almaty+airport&from=2022-01-04&to=2022-01-06&lanes=actor' +
        '&window=2022-01-02T06:00Z~2022-01-06T18:00Z&map=0',
    );
  });

  it('leaves out each default value', () => {
    expect(encodeViewState(view({ lanes: 'none', map: true, query: '' }))).toBe('');
    expect(encodeViewState(view({ lanes: 'category' }))).toBe('lanes=category');
  });

  it('escapes the search text so that it reads back exactly', () => {
    const query = 'a&b=c #d +e 100% f,g';
    expect(encodeViewState(view({ query }))).toBe('q=a%26b%3Dc+%23d+%2Be+100%25+f,g');
    expect(decode(encodeViewState(view({ query }))).state.query).toBe(query);
  });

  it('keeps the window to the millisecond, writing seconds only when needed', () => {
    const window = { start: Date.UTC(2022, 0, 2, 6, 0, 0, 1), end: Date.UTC(2022, 0, 2, 6, 1, 30) };
    expect(encodeViewState(view({ window }))).toBe(
      'window=2022-01-02T06:00:00.001Z~2022-01-02T06:01:30Z',
    );
  });

  it('leaves out a window that a link could not carry', () => {
    expect(encodeViewState(view({ window: { start: 0, end: 1 } }))).toBe('');
    expect(encodeViewState(view({ window: { start: Number.NaN, end: 0 } }))).toBe('');
  });
});

describe('decodeViewState', () => {
  it('reads the empty string, and a lone "?", as the default view', () => {
    expect(decode('')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(decode('?')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
  });

  it('reads every key, with or without "?"', () => {
    const search =
      'event=city-hall-stormed&actor=tokayev,csto&location=almaty&category=protest,violence' +
      '&q=almaty+airport&from=2022-01-04&to=2022-01-06&lanes=actor' +
      '&window=2022-01-02T06:00Z~2022-01-06T18:00Z&map=0';
    const expected = view({
      event: 'city-hall-stormed',
      actors: ['tokayev', 'csto'],
      locations: ['almaty'],
      categories: ['protest', 'violence'],
      query: 'almaty airport',
      from: '2022-01-04',
      to: '2022-01-06',
      lanes: 'actor',
      window: { start: Date.UTC(2022, 0, 2, 6), end: Date.UTC(2022, 0, 6, 18) },
      map: false,
    });
    expect(decode(search)).toEqual({ state: expected, notices: [] });
    expect(decode(`?${search}`)).toEqual({ state: expected, notices: [] });
  });

  it('reads keys in any order and accepts explicit defaults', () => {
    expect(decode('map=1&lanes=none&actor=csto')).toEqual({
      state: view({ actors: ['csto'] }),
      notices: [],
    });
  });

  it('ignores unknown keys', () => {
    expect(decode('utm_source=mail&fbclid=x&Actor=csto&actor=tokayev')).toEqual({
      state: view({ actors: ['tokayev'] }),
      notices: [],
    });
  });

  it('treats a key without a value as absent', () => {
    expect(decode('event=&actor=&q=&from&window=&map=')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [],
    });
  });

  it('keeps the first of a repeated key, with one notice', () => {
    expect(decode('actor=csto&actor=tokayev&actor=protesters')).toEqual({
      state: view({ actors: ['csto'] }),
      notices: ['This link sets the actor filter more than once; only the first was used.'],
    });
  });

  it('says nothing when a repeated key repeats the same value', () => {
    expect(decode('q=fire&q=fire')).toEqual({ state: view({ query: 'fire' }), notices: [] });
  });

  describe('ids', () => {
    it('drops ids that are not slugs, naming them', () => {
      expect(decode('actor=tokayev,Nazarbayev,csto')).toEqual({
        state: view({ actors: ['tokayev', 'csto'] }),
        notices: [
          'This link’s actor filter has an id that cannot exist: “Nazarbayev”; it was ignored.',
        ],
      });
      expect(decode('location=almaty--city,-almaty,almaty_,alm%20aty').notices).toEqual([
        'This link’s place filter has ids that cannot exist: “almaty--city”, “-almaty”, “almaty_” and 1 more; they were ignored.',
      ]);
    });

    it('drops ids longer than 120 characters', () => {
      const long = 'a'.repeat(121);
      const { state, notices } = decode(`actor=${'b'.repeat(120)},${long}`);
      expect(state.actors).toEqual(['b'.repeat(120)]);
      expect(notices).toEqual([
        `This link’s actor filter has an id that cannot exist: “${'a'.repeat(39)}…”; it was ignored.`,
      ]);
    });

    it('keeps at most 200 ids per filter', () => {
      const ids = Array.from({ length: 250 }, (_, i) => `place-${i}`);
      const { state, notices } = decode(`location=${ids.join(',')}`);
      expect(state.locations).toEqual(ids.slice(0, 200));
      expect(notices).toEqual([
        'This link’s place filter lists more than 200 places; only the first 200 were used.',
      ]);
    });

    it('ignores empty items, spaces around items and repeats', () => {
      expect(decode('actor=,tokayev,,+csto+,tokayev,')).toEqual({
        state: view({ actors: ['tokayev', 'csto'] }),
        notices: [],
      });
    });

    it('selects no event when the event id is not a slug', () => {
      expect(decode('event=City%20Hall')).toEqual({
        state: DEFAULT_VIEW_STATE,
        notices: [
          'The selected event in this link (“City Hall”) is not a valid event id, so no event is selected.',
        ],
      });
    });
  });

  it('drops unknown categories, naming them', () => {
    expect(decode('category=protest,riots,Violence')).toEqual({
      state: view({ categories: ['protest'] }),
      notices: [
        'This link’s category filter names categories Chronicle does not know: “riots”, “Violence”; they were ignored.',
      ],
    });
  });

  describe('search text', () => {
    it('keeps the text exactly, spaces included', () => {
      expect(decode('q=++Caf%C3%A9++').state.query).toBe('  Café  ');
    });

    it('cuts text longer than 500 characters, never splitting a character', () => {
      const { state, notices } = decode(`q=${encodeURIComponent('😀'.repeat(600))}`);
      expect(state.query).toBe('😀'.repeat(500));
      expect(notices).toEqual([
        'The search text in this link is longer than 500 characters, so only its first 500 were used.',
      ]);
    });

    it('reads broken %-escapes as well as it can, and says so', () => {
      expect(decode('q=100%&q2=%zz')).toEqual({
        state: view({ query: '100%' }),
        notices: [
          'The search text in this link has a broken %-escape, so it may not read as intended.',
        ],
      });
      const { state } = decode('q=%E0%A4%A');
      expect(state.query).toBe('\uFFFD%A');
    });

    it('reads a "+" as a space and "%2B" as a plus', () => {
      expect(decode('q=a+b%2Bc').state.query).toBe('a b+c');
    });
  });

  describe('dates', () => {
    it.each(['2022-13-45', '2022-02-30', '2022-1-5', '2022-01', '05.01.2022', '2022-01-05T00:00Z'])(
      'ignores the start date %j',
      (from) => {
        expect(decode(`from=${from}&to=2022-01-06`)).toEqual({
          state: view({ to: '2022-01-06' }),
          notices: [
            `The start date in this link (“${from}”) is not a real day written YYYY-MM-DD, so it was ignored.`,
          ],
        });
      },
    );

    it('ignores an end date that is not a real day', () => {
      expect(decode('to=2023-02-29').notices).toEqual([
        'The end date in this link (“2023-02-29”) is not a real day written YYYY-MM-DD, so it was ignored.',
      ]);
    });

    it('swaps dates in reverse order', () => {
      expect(decode('from=2022-01-10&to=2022-01-05')).toEqual({
        state: view({ from: '2022-01-05', to: '2022-01-10' }),
        notices: [
          'The start date in this link (2022-01-10) is after its end date (2022-01-05), so the two were swapped.',
        ],
      });
    });

    it('accepts a single day', () => {
      expect(decode('from=2022-01-05&to=2022-01-05')).toEqual({
        state: view({ from: '2022-01-05', to: '2022-01-05' }),
        notices: [],
      });
    });
  });

  it('shows no lanes for an unknown lanes setting', () => {
    expect(decode('lanes=people')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [
        'The lanes setting in this link (“people”) is not one Chronicle knows, so the timeline is shown without lanes.',
      ],
    });
  });

  it('shows the map for a map setting other than 0 or 1', () => {
    expect(decode('map=false')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: ['The map setting in this link (“false”) is neither 0 nor 1, so the map is shown.'],
    });
  });

  it('reads the map’s mark sizing, and sizes by events for one it does not know', () => {
    expect(decode('mapSize=casualties')).toEqual({
      state: view({ mapSize: 'casualties' }),
      notices: [],
    });
    expect(encodeViewState(view({ map: false, mapSize: 'casualties' }))).toBe(
      'map=0&mapSize=casualties',
    );
    expect(encodeViewState(view({ mapSize: 'events' }))).toBe('');
    expect(decode('mapSize=deaths')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [
        'The map’s mark size setting in this link (“deaths”) is not one Chronicle knows, so marks are sized by the number of events.',
      ],
    });
  });

  it('reads the embed view, and shows the full view for a value other than 0 or 1', () => {
    expect(decode('event=nazarbayev-removed&embed=1')).toEqual({
      state: view({ event: 'nazarbayev-removed', embed: true }),
      notices: [],
    });
    expect(encodeViewState(view({ embed: true, map: false }))).toBe('map=0&embed=1');
    expect(encodeViewState(view({ embed: false }))).toBe('');
    expect(decode('embed=yes')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [
        'The embed setting in this link (“yes”) is neither 0 nor 1, so the full view is shown.',
      ],
    });
  });

  it('reads the colour theme, leaving out auto, and follows the system for one it does not know', () => {
    expect(decode('theme=dark')).toEqual({ state: view({ theme: 'dark' }), notices: [] });
    expect(decode('theme=light').state.theme).toBe('light');
    expect(decode('theme=auto')).toEqual({ state: DEFAULT_VIEW_STATE, notices: [] });
    expect(encodeViewState(view({ embed: true, theme: 'light' }))).toBe('embed=1&theme=light');
    expect(encodeViewState(view({ theme: 'auto' }))).toBe('');
    expect(decode('theme=sepia')).toEqual({
      state: DEFAULT_VIEW_STATE,
      notices: [
        'The colour theme in this link (“sepia”) is none of light, dark or auto, so the colours follow your system’s setting.',
      ],
    });
  });

  describe('window', () => {
    const windowNotice = (problem: string) =>
      `The time window in this link ${problem}, so the whole timeline is shown.`;

    it.each([
      'NaN~NaN',
      '1641103200000~1641492000000',
      '2022-01-02T06:00Z',
      '2022-01-02T06:00Z~',
      '2022-01-02T06:00Z~2022-01-06T18:00Z~2022-01-07T00:00Z',
      '2022-13-45T06:00Z~2022-01-06T18:00Z',
      '2022-01-02T06:00+06:00~2022-01-06T18:00Z',
      '-2022-01-02T06:00Z~2022-01-06T18:00Z',
      '%2B999999-01-01T00:00Z~%2B999999-01-02T00:00Z',
      '+012000-01-01T00:00Z~+012000-01-02T00:00Z',
    ])('ignores the unreadable window %j', (window) => {
      expect(decode(`window=${window}`)).toEqual({
        state: DEFAULT_VIEW_STATE,
        notices: [windowNotice('could not be read')],
      });
    });

    it('ignores an inverted window', () => {
      expect(decode('window=2022-01-06T18:00Z~2022-01-02T06:00Z').notices).toEqual([
        windowNotice('ends before it begins'),
      ]);
    });

    it('ignores an empty window', () => {
      expect(decode('window=2022-01-06T18:00Z~2022-01-06T18:00Z').notices).toEqual([
        windowNotice('is empty'),
      ]);
    });

    it('ignores a window narrower than a minute, and accepts one of exactly a minute', () => {
      expect(decode('window=2022-01-06T18:00Z~2022-01-06T18:00:59.999Z').notices).toEqual([
        windowNotice('is narrower than a minute'),
      ]);
      expect(decode('window=2022-01-06T18:00Z~2022-01-06T18:01Z').state.window).toEqual({
        start: Date.UTC(2022, 0, 6, 18),
        end: Date.UTC(2022, 0, 6, 18, 1),
      });
    });

    it('ignores a window wider than 10,000 years, and accepts one of exactly that', () => {
      expect(decode('window=0001-01-01T00:00Z~%2B012000-01-01T00:00Z').notices).toEqual([
        windowNotice('is wider than 10,000 years'),
      ]);
      const start = Date.UTC(2000, 0, 1);
      const exactly = encodeViewState(view({ window: { start, end: start + 10_000 * YEAR } }));
      expect(decode(exactly).state.window).toEqual({ start, end: start + 10_000 * YEAR });
    });

    it('reads years before 1970 and before the common era', () => {
      expect(decode('window=-000050-01-01T00:00Z~0050-01-01T00:00Z').state.window).toEqual({
        start: new Date('-000050-01-01T00:00:00Z').getTime(),
        end: new Date('0050-01-01T00:00:00Z').getTime(),
      });
    });
  });

  it('reports every problem of a badly broken link, in table order', () => {
    const { state, notices } = decode(
      '?window=x&map=maybe&lanes=x&to=x&from=x&q=%&category=x&location=X&actor=X&event=X&event=y',
    );
    expect(state).toEqual(view({ query: '%' }));
    expect(notices).toHaveLength(11);
    expect(notices.map((notice) => notice.slice(0, 40))).toEqual([
      'This link sets the selected event more t',
      'The selected event in this link (“X”) is',
      'This link’s actor filter has an id that ',
      'This link’s place filter has an id that ',
      'This link’s category filter names a cate',
      'The search text in this link has a broke',
      'The start date in this link (“x”) is not',
      'The end date in this link (“x”) is not a',
      'The lanes setting in this link (“x”) is ',
      'The time window in this link could not b',
      'The map setting in this link (“maybe”) i',
    ]);
  });

  it('copes with enormous links', () => {
    const { state, notices } = decode(`q=${'x'.repeat(1_000_000)}&actor=${'a,'.repeat(500_000)}`);
    expect(codePoints(state.query)).toBe(500);
    expect(state.actors).toEqual(['a']);
    expect(notices).toHaveLength(1);
  });
});

function codePoints(text: string): number {
  return Array.from(text).length;
}

describe('the account, the reporting date, the source filter and the source list', () => {
  it('writes them after the other keys, and leaves out their defaults', () => {
    const state = view({
      account: 'later-reporting',
      knownOn: '2022-01-10',
      sources: ['tass-1384189', 'interfax'],
      sourceList: true,
      categories: ['violence'],
    });
    const search = encodeViewState(state);
    expect(search).toBe(
      'category=violence&source=tass-1384189,interfax&account=later-reporting&known=2022-01-10&sourceList=1',
    );
    expect(decode(search)).toEqual({ state, notices: [] });
    expect(encodeViewState(view({ account: 'article', knownOn: null, sourceList: false }))).toBe(
      '',
    );
  });

  it('writes the figure table after the source list, and reads a bad value as hidden', () => {
    const state = view({ sourceList: true, figureTable: true });
    expect(encodeViewState(state)).toBe('sourceList=1&figureTable=1');
    expect(decode('figureTable=1')).toEqual({ state: view({ figureTable: true }), notices: [] });
    const bad = decode('figureTable=maybe');
    expect(bad.state).toEqual(DEFAULT_VIEW_STATE);
    expect(bad.notices).toEqual([
      'The figure table setting in this link (“maybe”) is neither 0 nor 1, so the table of casualty figures is hidden.',
    ]);
  });

  it('says so and falls back when they cannot be read', () => {
    const { state, notices } = decode(
      'account=later&known=2022-02-30&sourceList=yes&source=Bad_Id',
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(notices).toEqual([
      'This link’s source filter has an id that cannot exist: “Bad_Id”; it was ignored.',
      'The account in this link (“later”) is neither "article" nor "later-reporting", so the article’s account is shown.',
      'The reporting date in this link (“2022-02-30”) is not a real day written YYYY-MM-DD, so everything reported is shown.',
      'The source list setting in this link (“yes”) is neither 0 nor 1, so the list of sources is hidden.',
    ]);
  });
});
