import { fireEvent, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DatasetIndex } from '../state/datasetIndex';
import { QUIET_AFTER_INPUT_MS } from '../state/mainThreadSteps';
import { useSearchWarmUp } from './useSearchWarmUp';

beforeEach(() => {
  vi.useFakeTimers({
    toFake: [
      'setTimeout',
      'clearTimeout',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'performance',
    ],
  });
});

afterEach(() => {
  vi.useRealTimers();
});

/** An index whose search index takes `steps` steps to build. */
function indexBuiltIn(steps: number) {
  let done = 0;
  const prepareSearch = vi.fn(() => {
    done += 1;
    return done >= steps;
  });
  const searchIndex = vi.fn();
  return { index: { prepareSearch, searchIndex } as unknown as DatasetIndex, prepareSearch };
}

describe('useSearchWarmUp', () => {
  it('builds the search index in steps after the first frame, then marks it ready', () => {
    const mark = vi.spyOn(performance, 'mark');
    const { index, prepareSearch } = indexBuiltIn(3);
    renderHook(() => useSearchWarmUp(index));
    expect(prepareSearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(prepareSearch).toHaveBeenCalledTimes(3);
    expect(mark).toHaveBeenCalledWith('chronicle:search-ready');
  });

  it('waits while the reader clicks or types, and goes on once they stop', () => {
    const { index, prepareSearch } = indexBuiltIn(5);
    renderHook(() => useSearchWarmUp(index));
    fireEvent.pointerDown(document.body);
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS / 2);
    expect(prepareSearch).not.toHaveBeenCalled();
    fireEvent.keyDown(document.body, { key: 'a' });
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS - 10);
    expect(prepareSearch).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(prepareSearch).toHaveBeenCalledTimes(5);
  });

  it('stops when the page lets go of the index', () => {
    const { index, prepareSearch } = indexBuiltIn(5);
    const { unmount } = renderHook(() => useSearchWarmUp(index));
    unmount();
    vi.advanceTimersByTime(QUIET_AFTER_INPUT_MS * 2);
    expect(prepareSearch).not.toHaveBeenCalled();
  });
});
