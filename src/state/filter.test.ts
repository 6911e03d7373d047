import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { CATEGORIES, type Category } from '../model/vocabulary';
import { createDatasetIndex, type DatasetIndex } from './datasetIndex';
import { clearFilters, filterCounts, filterEvents, isFiltering, timeFilterCounts } from './filter';
import { makeTestDataset } from '../model/testDataset';
import { orderMask } from './orderMask';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

const index = createDatasetIndex(makeTestDataset());
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...changes });
const visibleIds = (state: Partial<ViewState>, on: DatasetIndex = index) =>
  filterEvents(on, view(state)).map(({ event }) => event.id);

describe('filterEvents', () => {
  it('shows every event, in time order, when nothing filters', () => {
    expect(filterEvents(index, DEFAULT_VIEW_STATE)).toBe(index.events);
  });

  it("gives its list with the list's order mask, as orderMask makes it from the entries", () => {
    const states: Partial<ViewState>[] = [
      { actors: ['csto', 'security-forces'] },
      { categories: ['protest'] },
    ];
    for (const state of states) {
      const shown = filterEvents(index, view(state));
      const fromEntries = new Uint8Array(index.events.length);
      for (const entry of shown) fromEntries[entry.order] = 1;
      expect(shown.length).toBeGreaterThan(0);
      expect(orderMask(shown, index.events.length)).toEqual(fromEntries);
    }
  });

  it('keeps events involving any selected actor', () => {
    expect(visibleIds({ actors: ['csto'] })).toEqual(['csto-help-requested']);
    expect(visibleIds({ actors: ['csto', 'security-forces'] })).toEqual([
      'city-hall-stormed',
      'csto-help-requested',
      'shoot-without-warning',
    ]);
  });

  it('keeps events at a selected place or at a place within it', () => {
    expect(visibleIds({ locations: ['almaty'] })).toEqual([
      'square-protest',
      'protests-reach-almaty',
      'city-hall-stormed',
      'square-cleared',
      'airport-seized',
      'station-attacked',
    ]);
    expect(visibleIds({ locations: ['almaty-airport', 'zhanaozen'] })).toEqual([
      'zhanaozen-protest-begins',
      'airport-seized',
    ]);
    expect(visibleIds({ locations: ['kazakhstan'] })).toHaveLength(index.events.length);
  });

  it('keeps events in any selected category', () => {
    expect(visibleIds({ categories: ['violence', 'international'] })).toEqual([
      'city-hall-stormed',
      'square-cleared',
      'airport-seized',
      'csto-help-requested',
      'station-attacked',
    ]);
  });

  it('combines different kinds of filter with AND', () => {
    expect(visibleIds({ actors: ['protesters'], categories: ['violence'] })).toEqual([
      'city-hall-stormed',
      'square-cleared',
      'airport-seized',
      'station-attacked',
    ]);
    expect(
      visibleIds({
        actors: ['protesters'],
        categories: ['violence'],
        locations: ['almaty-airport'],
      }),
    ).toEqual(['airport-seized']);
    expect(visibleIds({ actors: ['csto'], categories: ['protest'] })).toEqual([]);
  });

  describe('search', () => {
    it('ignores case and accents', () => {
      expect(visibleIds({ query: 'CAFE' })).toEqual(['city-hall-stormed']);
      expect(visibleIds({ query: 'café' })).toEqual(['city-hall-stormed']);
    });

    it('needs every term, in any order', () => {
      expect(visibleIds({ query: 'man   old' })).toEqual(['protests-reach-almaty']);
      expect(visibleIds({ query: 'old airport' })).toEqual([]);
    });

    it('looks in summaries, quotes, translations, actor names and place names', () => {
      expect(visibleIds({ query: 'bandits' })).toEqual(['shoot-without-warning']);
      expect(visibleIds({ query: 'отставку' })).toEqual(['government-resigns']);
      expect(visibleIds({ query: 'resignation' })).toEqual(['government-resigns']);
      expect(visibleIds({ query: 'collective security' })).toEqual(['csto-help-requested']);
      expect(visibleIds({ query: 'Жаңаөзен' })).toEqual(['zhanaozen-protest-begins']);
    });

    it('finds events at places within a searched place', () => {
      expect(visibleIds({ query: 'алматы' })).toEqual([
        'square-protest',
        'protests-reach-almaty',
        'city-hall-stormed',
        'square-cleared',
        'airport-seized',
        'station-attacked',
      ]);
    });

    it('does not filter on a blank query', () => {
      expect(visibleIds({ query: '   ' })).toHaveLength(index.events.length);
    });
  });

  describe('dates', () => {
    it('keeps the events that certainly fall in the included days, in the dataset time zone', () => {
      expect(visibleIds({ from: '2022-01-05', to: '2022-01-05' })).toEqual([
        'city-hall-stormed',
        'square-cleared',
        'government-resigns',
        'airport-seized',
        'csto-help-requested',
      ]);
    });

    it('adds the events that only may fall in them when asked, and counts both', () => {
      // The state of emergency and the fuel price are known only to the month, and the station
      // attack only within 4–6 January: each may or may not fall on 5 January.
      expect(visibleIds({ from: '2022-01-05', to: '2022-01-05', includePossible: true })).toEqual([
        'state-of-emergency',
        'fuel-price-cap-lifted',
        'city-hall-stormed',
        'square-cleared',
        'government-resigns',
        'airport-seized',
        'csto-help-requested',
        'station-attacked',
      ]);
      expect(
        timeFilterCounts(index, { ...DEFAULT_VIEW_STATE, from: '2022-01-05', to: '2022-01-05' }),
      ).toEqual({ certain: 5, possible: 3 });
      expect(timeFilterCounts(index, DEFAULT_VIEW_STATE)).toBeNull();
    });

    it('counts the time filter under the other filters only', () => {
      const state = { ...DEFAULT_VIEW_STATE, from: '2022-01-05', to: '2022-01-05' };
      expect(timeFilterCounts(index, { ...state, actors: ['csto'] })).toEqual({
        certain: 1,
        possible: 0,
      });
    });

    it('keeps a duration on every day it was surely going on', () => {
      expect(visibleIds({ from: '2022-01-06', to: '2022-01-06' })).toEqual(['airport-seized']);
    });

    it('leaves either end open when it is null', () => {
      expect(visibleIds({ from: '2022-01-06' })).toEqual([
        'airport-seized',
        'shoot-without-warning',
      ]);
      expect(visibleIds({ to: '2022-01-02' })).toEqual(['zhanaozen-protest-begins']);
    });

    it('takes a whole month that lies inside the range as certain', () => {
      expect(visibleIds({ from: '2021-12-31', to: '2022-02-01' })).toContain(
        'fuel-price-cap-lifted',
      );
    });

    it('uses the dataset time zone, not UTC, for day boundaries', () => {
      const dataset = makeTestDataset();
      // 00:30 in Almaty on 5 January is still 4 January in UTC.
      const event = dataset.events.find(({ id }) => id === 'csto-help-requested');
      if (!event) throw new Error('fixture has csto-help-requested');
      event.time = { at: '2022-01-05T00:30+06:00' };
      const shifted = createDatasetIndex(dataset);
      expect(visibleIds({ from: '2022-01-05', actors: ['csto'] }, shifted)).toEqual([
        'csto-help-requested',
      ]);
      expect(visibleIds({ to: '2022-01-04', actors: ['csto'] }, shifted)).toEqual([]);
    });

    it('shows nothing outside the dataset', () => {
      expect(visibleIds({ from: '2023-01-01' })).toEqual([]);
    });
  });

  it('does not filter by the zoom window', () => {
    const window = { start: Date.UTC(2022, 0, 6), end: Date.UTC(2022, 0, 7) };
    expect(visibleIds({ window })).toHaveLength(index.events.length);
  });

  it('matches nothing for ids that are not in the dataset', () => {
    expect(visibleIds({ actors: ['tokaev'] })).toEqual([]);
    expect(visibleIds({ actors: ['tokaev', 'csto'] })).toEqual(['csto-help-requested']);
  });
});

describe('filterCounts', () => {
  it('counts every option’s events when nothing filters', () => {
    const counts = filterCounts(index, DEFAULT_VIEW_STATE);
    expect([...counts.actors]).toEqual([
      ['government', 1],
      ['police', 1],
      ['protesters', 7],
      ['tokayev', 3],
      ['security-forces', 2],
      ['csto', 1],
    ]);
    expect(counts.locations.get('kazakhstan')).toBe(index.events.length);
    expect(counts.locations.get('almaty')).toBe(6);
    expect(counts.locations.get('almaty-city-hall')).toBe(1);
    expect([...counts.categories.keys()]).toEqual([...CATEGORIES]);
    expect(counts.categories.get('protest')).toBe(4);
    expect(counts.categories.get('casualties')).toBe(1);
    expect(counts.categories.get('communications')).toBe(0);
  });

  it('ignores an option’s own kind of filter, so choosing more of a kind can be previewed', () => {
    const counts = filterCounts(index, view({ actors: ['csto'] }));
    expect(counts.actors.get('protesters')).toBe(7);
    expect(counts.actors.get('tokayev')).toBe(3);
  });

  it('applies the filters of the other kinds', () => {
    const counts = filterCounts(index, view({ actors: ['tokayev'], categories: ['violence'] }));
    // Categories: counted among Tokayev's events.
    expect(counts.categories.get('security-operation')).toBe(2);
    expect(counts.categories.get('violence')).toBe(0);
    // Actors: counted among violent events.
    expect(counts.actors.get('protesters')).toBe(4);
    expect(counts.actors.get('tokayev')).toBe(0);
    // Places: counted among events passing both.
    expect(counts.locations.get('kazakhstan')).toBe(0);
  });

  it('applies the search and the dates', () => {
    const counts = filterCounts(index, view({ query: 'almaty', from: '2022-01-05' }));
    expect(counts.actors.get('protesters')).toBe(3);
    expect(counts.locations.get('almaty-airport')).toBe(1);
  });

  it('agrees with filtering by each option alone in its kind', () => {
    const dataset = makeTestDataset();
    const actorIds = dataset.actors.map(({ id }) => id);
    const placeIds = dataset.locations.map(({ id }) => id);
    const stateArbitrary = fc.record({
      actors: fc.subarray(actorIds),
      locations: fc.subarray(placeIds),
      categories: fc.subarray<Category>([...CATEGORIES]),
      query: fc.constantFrom('', 'almaty', 'the', 'cafe old', 'tokayev'),
      from: fc.constantFrom(null, '2022-01-04', '2022-01-06'),
      to: fc.constantFrom(null, '2022-01-05', '2022-01-07'),
    });
    fc.assert(
      fc.property(stateArbitrary, (changes) => {
        const state = view(changes);
        const counts = filterCounts(index, state);
        const alone = (change: Partial<ViewState>) =>
          filterEvents(index, { ...state, ...change }).length;
        for (const id of actorIds) expect(counts.actors.get(id)).toBe(alone({ actors: [id] }));
        for (const id of placeIds)
          expect(counts.locations.get(id)).toBe(alone({ locations: [id] }));
        for (const category of CATEGORIES) {
          expect(counts.categories.get(category)).toBe(alone({ categories: [category] }));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('isFiltering', () => {
  it('is false for the default view and for view-only changes', () => {
    expect(isFiltering(DEFAULT_VIEW_STATE)).toBe(false);
    expect(
      isFiltering(
        view({
          event: 'airport-seized',
          lanes: 'actor',
          map: false,
          window: { start: 0, end: 86_400_000 },
          query: '  ',
        }),
      ),
    ).toBe(false);
  });

  it.each<Partial<ViewState>>([
    { actors: ['tokayev'] },
    { locations: ['almaty'] },
    { categories: ['protest'] },
    { query: 'almaty' },
    { from: '2022-01-05' },
    { to: '2022-01-05' },
  ])('is true with %o', (changes) => {
    expect(isFiltering(view(changes))).toBe(true);
  });
});

describe('clearFilters', () => {
  it('removes every filter and keeps the selection, lanes, zoom and map', () => {
    const window = { start: 0, end: 86_400_000 };
    const state = view({
      event: 'airport-seized',
      actors: ['tokayev'],
      locations: ['almaty'],
      categories: ['protest'],
      query: 'fire',
      from: '2022-01-04',
      to: '2022-01-06',
      lanes: 'actor',
      window,
      map: false,
    });
    expect(clearFilters(state)).toEqual(
      view({ event: 'airport-seized', lanes: 'actor', window, map: false }),
    );
    expect(isFiltering(clearFilters(state))).toBe(false);
  });
});

describe('the source filter', () => {
  const later = createDatasetIndex(makeLaterReportingDataset());

  it('keeps events that cite, relay through or count by a selected source, or whose claims do', () => {
    expect(visibleIds({ sources: ['ministry'] }, later)).toEqual([
      'square-cleared',
      'station-attacked',
    ]);
    expect(visibleIds({ sources: ['second-agency'] }, later)).toEqual(['station-attacked']);
    expect(visibleIds({ sources: ['evening-wire', 'late-report'] }, later)).toEqual([
      'square-cleared',
      'toll-revised',
    ]);
    expect(visibleIds({ sources: ['agency-copy'] }, later)).toEqual([
      'square-protest',
      'square-cleared',
      'toll-revised',
    ]);
  });

  it('counts each source’s events under the other filters', () => {
    const counts = filterCounts(later, view({ categories: ['casualties'] })).sources;
    expect(counts.get('agency-copy')).toBe(2);
    expect(counts.get('daily-paper')).toBe(1);
    expect(counts.get('undated-post')).toBe(0);
    expect([...counts.keys()]).toEqual(later.dataset.sources.map((s) => s.id));
  });

  it('is a filter that clearing removes', () => {
    expect(isFiltering(view({ sources: ['wire'] }))).toBe(true);
    expect(clearFilters(view({ sources: ['wire'] })).sources).toEqual([]);
  });
});
