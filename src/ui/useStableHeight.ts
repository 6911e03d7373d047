import { useEffect, useState, type RefObject } from 'react';

/**
 * Keeps an element at the tallest height it has had while `key` stays the same, so that content
 * which re-flows as the reader zooms (rows, the casualty strip) never makes the page below jump.
 * A new key (other events, other lanes) lets it shrink again. Returns the min-height to apply.
 *
 * The height comes from a ResizeObserver, which reports it after the browser's own layout, not
 * from a measure during React's commit: at 1,000 events that measure forced a layout of the page
 * (34–61 ms of a filter click, profiled) and a second, synchronous render of the timeline. A new
 * key reconnects the observer, whose first report gives the new content's height; until it comes
 * the element has no min-height, which is what a new key asks for anyway.
 */
export function useStableHeight(
  ref: RefObject<HTMLElement | null>,
  key: string,
): number | undefined {
  const [tallest, setTallest] = useState({ key, height: 0 });
  const current = tallest.key === key ? tallest.height : 0;
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries.at(-1);
      // The border box, unrounded: a min-height a fraction short still lets the page move.
      const height = entry?.borderBoxSize[0]?.blockSize ?? element.getBoundingClientRect().height;
      setTallest((t) => (t.key !== key || height > t.height ? { key, height } : t));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, key]);
  return current > 0 ? current : undefined;
}
