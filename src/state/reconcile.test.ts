import { describe, expect, it } from 'vitest';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { createDatasetIndex } from './datasetIndex';
import { reconcileViewState, suggestEvent } from './reconcile';
import { makeTestDataset } from '../model/testDataset';
import { DEFAULT_VIEW_STATE, type ViewState } from './viewState';

const index = createDatasetIndex(makeTestDataset());
const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...changes });

describe('reconcileViewState', () => {
  it('returns the very same state when everything is in the dataset', () => {
    const state = view({
      event: 'airport-seized',
      actors: ['tokayev'],
      locations: ['almaty'],
      categories: ['casualties'],
    });
    expect(reconcileViewState(state, index)).toEqual({ state, notices: [], missingEvent: null });
    expect(reconcileViewState(state, index).state).toBe(state);
  });

  it('drops an actor the timeline does not have, naming it', () => {
    const result = reconcileViewState(view({ actors: ['tokaev', 'csto'] }), index);
    expect(result.state).toEqual(view({ actors: ['csto'] }));
    expect(result.notices).toEqual([
      'This link filters by an actor that is not in this timeline: “tokaev”; it was ignored.',
    ]);
  });

  it('drops a source the timeline does not have, naming it', () => {
    const sourced = createDatasetIndex(makeLaterReportingDataset());
    const result = reconcileViewState(view({ sources: ['evening-wire', 'tass'] }), sourced);
    expect(result.state).toEqual(view({ sources: ['evening-wire'] }));
    expect(result.notices).toEqual([
      'This link filters by a source that is not in this timeline: “tass”; it was ignored.',
    ]);
  });

  it('drops places the timeline does not have, naming them', () => {
    const result = reconcileViewState(view({ locations: ['astana', 'almaty', 'aktau'] }), index);
    expect(result.state).toEqual(view({ locations: ['almaty'] }));
    expect(result.notices).toEqual([
      'This link filters by places that are not in this timeline: “astana”, “aktau”; they were ignored.',
    ]);
  });

  it('gives one notice per kind', () => {
    const result = reconcileViewState(view({ actors: ['nobody'], locations: ['nowhere'] }), index);
    expect(result.state).toEqual(DEFAULT_VIEW_STATE);
    expect(result.notices).toHaveLength(2);
  });

  it('keeps every other field', () => {
    const state = view({
      actors: ['nobody'],
      categories: ['protest'],
      query: 'fire',
      from: '2022-01-04',
      to: '2022-01-06',
      lanes: 'location',
      window: { start: 0, end: 86_400_000 },
      map: false,
    });
    expect(reconcileViewState(state, index).state).toEqual({ ...state, actors: [] });
  });

  it('unselects an event the timeline does not have, suggesting the nearest', () => {
    const result = reconcileViewState(view({ event: 'airport-seizd', actors: ['csto'] }), index);
    expect(result.state).toEqual(view({ actors: ['csto'] }));
    expect(result.notices).toEqual([]);
    expect(result.missingEvent).toEqual({
      id: 'airport-seizd',
      suggestion: index.byId.get('airport-seized'),
    });
  });

  it('suggests nothing when no event id is close', () => {
    const result = reconcileViewState(view({ event: 'moon-landing' }), index);
    expect(result.missingEvent).toEqual({ id: 'moon-landing', suggestion: null });
    expect(result.state.event).toBeNull();
  });

  it('searches for the suggestion once per missing id and dataset, not on every view change', () => {
    let scans = 0;
    const counted = {
      ...index,
      get events() {
        scans += 1;
        return index.events;
      },
    };
    const zoomed = [null, { start: 0, end: 1 }, { start: 0, end: 2 }];
    const results = zoomed.map((window) =>
      reconcileViewState(view({ event: 'airport-seizd', window }), counted),
    );
    expect(scans).toBe(1);
    expect(results[2]?.missingEvent).toBe(results[0]?.missingEvent);
    reconcileViewState(view({ event: 'airport-seizx' }), counted);
    expect(scans).toBe(2);
  });
});

describe('suggestEvent', () => {
  const suggested = (id: string) => suggestEvent(id, index)?.event.id ?? null;

  it('suggests an id within a distance of 3', () => {
    expect(suggested('goverment-resign')).toBe('government-resigns');
    expect(suggested('city-hall-stromed')).toBe('city-hall-stormed');
  });

  it('allows more edits for a long id: up to 30% of its length', () => {
    // 26 characters: 7 edits allowed.
    expect(suggested('shoot-without-a-warning-xx')).toBe('shoot-without-warning');
    expect(suggested('shout-withuot-warnin')).toBe('shoot-without-warning');
  });

  it('suggests an id that contains the missing one, or that it contains, however far apart', () => {
    expect(suggested('csto')).toBe('csto-help-requested');
    expect(suggested('zhanaozen-protest-begins-on-2-january')).toBe('zhanaozen-protest-begins');
  });

  it('prefers the nearest', () => {
    // Three contain "protest"; the shortest is nearest.
    expect(suggested('protest')).toBe('square-protest');
  });

  it('prefers the earliest of equally near events', () => {
    const dataset = makeTestDataset();
    const rename = (from: string, to: string) => {
      const event = dataset.events.find(({ id }) => id === from);
      if (event) event.id = to;
    };
    rename('shoot-without-warning', 'riot-a');
    rename('zhanaozen-protest-begins', 'riot-b');
    expect(suggestEvent('riot-c', createDatasetIndex(dataset))?.event.id).toBe('riot-b');
  });

  it('suggests nothing when every id is far', () => {
    expect(suggested('moon-landing')).toBeNull();
    expect(suggested('airport-closed-for-a-week')).toBeNull();
  });

  it('suggests nothing in an empty timeline', () => {
    const empty = createDatasetIndex({ ...makeTestDataset(), events: [] });
    expect(suggestEvent('airport-seized', empty)).toBeNull();
  });
});
