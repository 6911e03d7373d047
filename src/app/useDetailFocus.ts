import { useCallback, useEffect, useRef, type RefObject } from 'react';

/** The id of the timeline's chart region: where focus goes when a detail opened from a link closes. */
export const TIMELINE_CHART_ID = 'timeline-chart';

/**
 * Focus around the event detail: opening an event from the page moves focus to the detail's
 * heading (remembering where it came from); closing puts it back there, or — for an event opened
 * from a shared link, which came from nowhere on the page — on the event's mark on the timeline (or
 * the chart), without scrolling, so a reader on a phone is back at the top of the story.
 */
export function useDetailFocus(openId: string | null) {
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const focusDetail = useRef(false);
  const headingRef: RefObject<HTMLHeadingElement | null> = useRef<HTMLHeadingElement>(null);

  /** Call before opening an event from the page. */
  const willOpen = useCallback(() => {
    const active = document.activeElement;
    // Timeline marks are SVG links: they take focus back too.
    if (
      (active instanceof HTMLElement || active instanceof SVGElement) &&
      active !== document.body
    ) {
      returnFocus.current = active;
    }
    focusDetail.current = true;
  }, []);

  /** Call after closing the detail of event `closedId`. */
  const didClose = useCallback((closedId: string | null) => {
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) {
        target.focus({ preventScroll: true });
        return;
      }
      // Opened from a link: back to the event's mark on the timeline, or the chart itself.
      const chart = document.getElementById(TIMELINE_CHART_ID);
      const mark =
        closedId === null
          ? null
          : chart?.querySelector<SVGElement | HTMLElement>(
              `[data-event-id="${CSS.escape(closedId)}"]`,
            );
      (mark ?? chart)?.focus({ preventScroll: true });
    });
  }, []);

  // Move focus into the detail after a selection from the page.
  useEffect(() => {
    if (openId === null || !focusDetail.current) return;
    focusDetail.current = false;
    // The detail is a sticky side panel or a sheet fixed to the screen: focusing it must not
    // scroll the page away from what the reader was looking at.
    headingRef.current?.focus({ preventScroll: true });
  }, [openId]);

  return { headingRef, willOpen, didClose };
}
