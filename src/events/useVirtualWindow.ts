import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The pitch of one row of a virtualized list, in px: a compact card and the gap below it. The
 * list sets it as the CSS custom property --virtual-row-pitch, from which events.css sizes the card.
 */
export const VIRTUAL_ROW_PITCH = 78;
const OVERSCAN = 6;

/** The rows [first, last] to render for a scroll position: those in view and a few either side. */
export function visibleRows(
  scrollTop: number,
  viewHeight: number,
  count: number,
  rowHeight = VIRTUAL_ROW_PITCH,
) {
  if (count === 0) return { first: 0, last: -1 };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);
  return { first, last };
}

/**
 * Scrolls `element` so that row `i` is in view, centred when it was out of view. Rows are at
 * fixed offsets when `virtual`, otherwise measured. Returns true when the position changed.
 */
function scrollRowIntoView(element: HTMLElement, i: number, virtual: boolean): boolean {
  const item = virtual ? null : element.querySelector<HTMLElement>(`li[data-index="${i}"]`);
  if (!virtual && !item) return false;
  const top = item
    ? item.getBoundingClientRect().top - element.getBoundingClientRect().top + element.scrollTop
    : i * VIRTUAL_ROW_PITCH;
  const height = item ? item.offsetHeight : VIRTUAL_ROW_PITCH;
  if (element.scrollHeight <= element.clientHeight + 1) {
    // The list does not scroll by itself here (phones): leave the page where the reader is. An
    // event opened from a shared link must not scroll the page deep into the list behind the sheet;
    // the keyboard's walk through the list moves focus, which brings the row into view by itself.
    return false;
  }
  if (top >= element.scrollTop && top + height <= element.scrollTop + element.clientHeight)
    return false;
  element.scrollTop = top - (element.clientHeight - height) / 2;
  return true;
}

/**
 * A scroll container (attach `scroller` to it) whose position and size say which rows to render. `scrollTo(i)`
 * brings row i into view (centred when it was out of view). When `virtual` is false every row is
 * rendered and `scrollTo` uses the rendered items.
 */
export function useVirtualWindow(count: number, virtual: boolean) {
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !virtual) return;
    const read = () => {
      setView({ top: element.scrollTop, height: element.clientHeight || 600 });
    };
    // Rendered before the browser paints the scrolled list, so it never shows an empty stretch.
    const onScroll = () => flushSync(read);
    read();
    element.addEventListener('scroll', onScroll, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(read);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', onScroll);
      observer?.disconnect();
    };
  }, [scroller, virtual]);

  const scrollTo = useCallback(
    (i: number) => {
      const element = scroller.current;
      if (element && scrollRowIntoView(element, i, virtual)) {
        setView({ top: element.scrollTop, height: element.clientHeight });
      }
    },
    [scroller, virtual],
  );

  const { first, last } = virtual
    ? visibleRows(view.top, view.height, count)
    : { first: 0, last: count - 1 };
  return { scroller, first, last, scrollTo };
}
