import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useStableHeight } from './useStableHeight';

/** A stand-in for the browser's ResizeObserver: the test reports each height itself. */
class FakeResizeObserver {
  static live: FakeResizeObserver[] = [];
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe() {
    FakeResizeObserver.live.push(this);
  }
  disconnect() {
    FakeResizeObserver.live = FakeResizeObserver.live.filter((o) => o !== this);
  }
  unobserve() {}
  static report(height: number) {
    const entry = { borderBoxSize: [{ blockSize: height, inlineSize: 100 }] };
    for (const observer of FakeResizeObserver.live) {
      act(() =>
        observer.callback([entry as unknown as ResizeObserverEntry], observer as ResizeObserver),
      );
    }
  }
}

const element = document.createElement('div');
const ref = { current: element };

afterEach(() => {
  vi.unstubAllGlobals();
  FakeResizeObserver.live = [];
});

describe('useStableHeight', () => {
  it('keeps the tallest reported height for a key, and lets a new key shrink', () => {
    vi.stubGlobal('ResizeObserver', FakeResizeObserver);
    const { result, rerender } = renderHook(({ key }) => useStableHeight(ref, key), {
      initialProps: { key: 'a' },
    });
    expect(result.current).toBeUndefined();
    FakeResizeObserver.report(300.5);
    expect(result.current).toBe(300.5);
    FakeResizeObserver.report(200);
    expect(result.current).toBe(300.5);
    rerender({ key: 'b' });
    expect(result.current).toBeUndefined();
    expect(FakeResizeObserver.live).toHaveLength(1);
    FakeResizeObserver.report(200);
    expect(result.current).toBe(200);
  });

  it('sets no height where nothing observes sizes', () => {
    const { result } = renderHook(() => useStableHeight(ref, 'a'));
    expect(result.current).toBeUndefined();
  });
});
