import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * Keeps an element at the tallest height it has had while `key` stays the same, so that content
 * which re-flows as the reader zooms (rows, the casualty strip) never makes the page below jump.
 * A new key (other events, other lanes) lets it shrink again. Returns the min-height to apply.
 */
export function useStableHeight(
  ref: RefObject<HTMLElement | null>,
  key: string,
): number | undefined {
  const [tallest, setTallest] = useState({ key, height: 0 });
  const current = tallest.key === key ? tallest.height : 0;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      // Not offsetHeight: it rounds, and a min-height a fraction short still lets the page move.
      const height = element.getBoundingClientRect().height;
      setTallest((t) =>
        t.key !== key ? { key, height } : height > t.height ? { key, height } : t,
      );
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, key]);
  return current > 0 ? current : undefined;
}
