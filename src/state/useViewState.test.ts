import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  navigateToDataset,
  updateViewState,
  useViewState,
  useViewStateNotices,
  viewStateHref,
  eventHrefs,
} from './useViewState';
import { goBack } from './testHistory';
import { DEFAULT_VIEW_STATE } from './viewState';

beforeEach(() => {
  window.history.pushState(null, '', '/chronicle/');
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('useViewState', () => {
  it('reads the view from the URL', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=tokayev&map=0');
    const { result } = renderHook(() => useViewState());
    expect(result.current[0]).toEqual({ ...DEFAULT_VIEW_STATE, actors: ['tokayev'], map: false });
  });

  it('gives the same state object and setter on every render of the same URL', () => {
    window.history.replaceState(null, '', '/chronicle/?q=fire');
    const { result, rerender } = renderHook(() => useViewState());
    const [state, setState] = result.current;
    rerender();
    expect(result.current[0]).toBe(state);
    expect(result.current[1]).toBe(setState);
  });

  it('pushes a change as a new history entry', () => {
    const { result } = renderHook(() => useViewState());
    const length = window.history.length;
    act(() => result.current[1]({ actors: ['csto'] }));
    expect(window.location.search).toBe('?actor=csto');
    expect(window.history.length).toBe(length + 1);
    expect(result.current[0].actors).toEqual(['csto']);
  });

  it('applies a function of the current state', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=csto');
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]((state) => ({ ...state, actors: [...state.actors, 'tokayev'] })));
    expect(window.location.search).toBe('?actor=csto,tokayev');
  });

  it('builds on the latest URL, not on the state of the last render', () => {
    const { result } = renderHook(() => useViewState());
    const [, setState] = result.current;
    act(() => {
      setState({ actors: ['csto'] });
      setState((state) => ({ ...state, categories: ['protest'] }));
    });
    expect(window.location.search).toBe('?actor=csto&category=protest');
  });

  it('replaces the current entry when asked, for zoom and pan', () => {
    const { result } = renderHook(() => useViewState());
    const length = window.history.length;
    const window_ = { start: Date.UTC(2022, 0, 2, 6), end: Date.UTC(2022, 0, 6, 18) };
    act(() => result.current[1]({ window: window_ }, { replace: true }));
    expect(window.location.search).toBe('?window=2022-01-02T06:00Z~2022-01-06T18:00Z');
    expect(window.history.length).toBe(length);
    expect(result.current[0].window).toEqual(window_);
  });

  it('adds no entry when the view would not change', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=csto');
    const { result } = renderHook(() => useViewState());
    const length = window.history.length;
    const state = result.current[0];
    act(() => result.current[1]({ actors: ['csto'] }));
    act(() => result.current[1]({}));
    act(() => result.current[1]((current) => ({ ...current })));
    expect(window.history.length).toBe(length);
    expect(result.current[0]).toBe(state);
  });

  it('adds one entry for the same change made twice', () => {
    const { result } = renderHook(() => useViewState());
    const length = window.history.length;
    act(() => result.current[1]({ query: 'fire' }));
    act(() => result.current[1]({ query: 'fire' }));
    expect(window.history.length).toBe(length + 1);
  });

  it('keeps the path and the hash', () => {
    window.history.replaceState(null, '', '/chronicle/#main');
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ lanes: 'actor' }));
    expect(window.location.pathname).toBe('/chronicle/');
    expect(window.location.search).toBe('?lanes=actor');
    expect(window.location.hash).toBe('#main');
  });

  it('leaves no "?" when the view returns to the default', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=csto');
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ actors: [] }));
    expect(window.location.href).toBe(`${window.location.origin}/chronicle/`);
  });

  it('follows the back button', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ event: 'airport-seized' }));
    act(() => result.current[1]({ event: 'city-hall-stormed' }));
    expect(result.current[0].event).toBe('city-hall-stormed');

    await goBack();
    expect(window.location.search).toBe('?event=airport-seized');
    expect(result.current[0].event).toBe('airport-seized');

    await goBack();
    expect(result.current[0].event).toBeNull();
  });

  it('skips replaced entries when going back', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => result.current[1]({ event: 'airport-seized' }));
    act(() => result.current[1]({ lanes: 'actor' }, { replace: true }));
    act(() => result.current[1]({ lanes: 'location' }, { replace: true }));
    await goBack();
    expect(result.current[0]).toEqual(DEFAULT_VIEW_STATE);
  });

  it('keeps every reader in step', () => {
    const first = renderHook(() => useViewState());
    const second = renderHook(() => useViewState());
    act(() => first.result.current[1]({ categories: ['violence'] }));
    expect(second.result.current[0].categories).toEqual(['violence']);
    expect(second.result.current[0]).toBe(first.result.current[0]);
  });

  it('follows changes made with updateViewState outside React', async () => {
    const { result } = renderHook(() => useViewState());
    act(() => updateViewState({ from: '2022-01-05' }));
    await waitFor(() => expect(result.current[0].from).toBe('2022-01-05'));
  });
});

describe('useViewStateNotices', () => {
  it('says what the URL asked for that could not be used', () => {
    window.history.replaceState(null, '', '/chronicle/?lanes=people&actor=csto');
    const { result, rerender } = renderHook(() => useViewStateNotices());
    expect(result.current).toEqual([
      'The lanes setting in this link (“people”) is not one Chronicle knows, so the timeline is shown without lanes.',
    ]);
    const notices = result.current;
    rerender();
    expect(result.current).toBe(notices);
  });

  it('is empty for a clean URL', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=csto');
    expect(renderHook(() => useViewStateNotices()).result.current).toEqual([]);
  });
});

describe('eventHrefs', () => {
  it('links each event as viewStateHref does, keeping the data parameter', () => {
    const state = { ...DEFAULT_VIEW_STATE, actors: ['csto'], query: 'a&b' };
    expect(eventHrefs(state)('airport-seized')).toBe(
      viewStateHref({ ...state, event: 'airport-seized' }),
    );
    window.history.replaceState(null, '', '/chronicle/?data=https://example.org/d.json');
    expect(eventHrefs(DEFAULT_VIEW_STATE)('x')).toBe(
      viewStateHref({ ...DEFAULT_VIEW_STATE, event: 'x' }),
    );
    expect(eventHrefs(DEFAULT_VIEW_STATE)('x')).toMatch(
      /^\?data=https:\/\/example\.org\/d\.json&event=x$/,
    );
  });
});

describe('viewStateHref', () => {
  it('links to "?" and the query string', () => {
    expect(viewStateHref({ ...DEFAULT_VIEW_STATE, event: 'airport-seized' })).toBe(
      '?event=airport-seized',
    );
  });

  it('links to the current path for the default view', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=csto');
    expect(viewStateHref(DEFAULT_VIEW_STATE)).toBe('/chronicle/');
  });
});

describe('navigateToDataset', () => {
  it('drops the old view but keeps the reader’s language, direction and theme', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=tokayev&lang=nb&dir=rtl&theme=dark');
    navigateToDataset('https://example.org/a b.csv');
    expect(window.location.search).toBe(
      `?data=${encodeURIComponent('https://example.org/a b.csv')}&lang=nb&dir=rtl&theme=dark`,
    );
    navigateToDataset(null);
    expect(window.location.search).toBe('?lang=nb&dir=rtl&theme=dark');
  });

  it('leaves no query when the old link had none of the reader’s settings', () => {
    window.history.replaceState(null, '', '/chronicle/?actor=tokayev&map=0');
    navigateToDataset(null);
    expect(window.location.search).toBe('');
    expect(window.location.pathname).toBe('/chronicle/');
  });
});
