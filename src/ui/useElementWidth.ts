import { useLayoutEffect, useState, type RefObject } from 'react';

/** The content width of an element, kept up to date as it resizes. */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  return useMeasuredWidth(ref, fallback).width;
}

/**
 * The content width of an element, kept up to date as it resizes, and whether it has been
 * measured yet: the first render, before the layout effect measures, has `fallback`, and is
 * rendered again at the real width before the browser paints. A component whose drawing is
 * costly draws nothing in that first render (the map's first drawing of thousands of places was
 * made twice, at the fallback width and then at its own).
 */
export function useMeasuredWidth(
  ref: RefObject<HTMLElement | null>,
  fallback: number,
): { width: number; measured: boolean } {
  const [measure, setMeasure] = useState({ width: fallback, measured: false });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setMeasure({ width: element.clientWidth || fallback, measured: true });
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      if (!entry) return;
      const width = Math.round(entry.contentRect.width) || fallback;
      setMeasure((known) => (known.width === width ? known : { width, measured: true }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, fallback]);
  return measure;
}
