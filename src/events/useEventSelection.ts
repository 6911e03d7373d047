import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { DatasetIndex } from '../state/datasetIndex';
import type { SetViewState } from '../state/useViewState';
import type { TimeWindow } from '../state/viewState';
import { revealSpan, roundWindow } from '../timeline/timeWindow';

/** What a view needs to open and close events the way the reader expects. */
export interface EventSelectionOptions {
  index: DatasetIndex;
  /** The window shown when the link names none. */
  story: TimeWindow;
  /** The open event's id (from the view state). */
  openId: string | null;
  setViewState: SetViewState;
  /** Where focus goes on close when the element that opened the event is gone. */
  fallbackFocus: (closedId: string) => HTMLElement | SVGElement | null;
  /** True when moving focus into the detail should not scroll (a side panel already in view). */
  keepScroll?: () => boolean;
}

/** Opening and closing events, with focus that follows: into the detail, and back on close. */
export interface EventSelection {
  /** Opens an event, widening the window to show it; focus moves to the detail unless told not to. */
  select: (eventId: string, options?: { moveFocus?: boolean }) => void;
  /** Closes the detail and gives focus back to what opened it. */
  close: () => void;
  /** For the detail's heading, which takes focus when an event opens. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * Selection as the embed view does it (and as ChroniclePage does it inline): a selection
 * remembers the focused element, reveals the event in the window, and moves focus to the detail's
 * heading once it shows; closing returns focus to the remembered element, or `fallbackFocus`.
 * An event opened by the link itself takes no focus, so a page never jumps to an embed on load.
 */
export function useEventSelection(options: EventSelectionOptions): EventSelection {
  const { index, story, openId, setViewState, fallbackFocus, keepScroll } = options;
  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);

  const select = useCallback(
    (eventId: string, { moveFocus = true }: { moveFocus?: boolean } = {}) => {
      const entry = index.byId.get(eventId);
      if (!entry) return;
      if (moveFocus) {
        const active = document.activeElement;
        // Timeline marks are SVG links: they take focus back too.
        if (
          (active instanceof HTMLElement || active instanceof SVGElement) &&
          active !== document.body
        ) {
          returnFocus.current = active;
        }
        focusDetail.current = true;
      }
      setViewState((s) => {
        const current = s.window ?? story;
        const revealed = revealSpan(current, entry.start, entry.end);
        return {
          ...s,
          event: eventId,
          window: revealed === current ? s.window : roundWindow(revealed),
        };
      });
    },
    [index, setViewState, story],
  );

  const close = useCallback(() => {
    const closedId = openId;
    setViewState({ event: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus();
      else if (closedId) fallbackFocus(closedId)?.focus();
    });
  }, [setViewState, openId, fallbackFocus]);

  useEffect(() => {
    if (openId === null || !focusDetail.current) return;
    focusDetail.current = false;
    headingRef.current?.focus({ preventScroll: keepScroll?.() ?? false });
  }, [openId, keepScroll]);

  return { select, close, headingRef };
}
