import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { scaleLinear, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3';
import type { TimeWindow } from '../state/viewState';
import { MAX_WINDOW_MS, MIN_WINDOW_MS } from '../state/validViewState';
import { roundWindow } from './timeWindow';
import { wheelZoomDelta } from '../ui/zoomKey';

/** How long a gesture must pause before its window is written to the URL. */
const COMMIT_DELAY_MS = 180;
/** How long the "hold Ctrl to zoom" hint stays after a plain scroll over the chart. */
const WHEEL_HINT_MS = 1600;

/** What the zoom reports back. */
export interface TimelineZoomCallbacks {
  /** A gesture paused: write its window (the caller replaces the history entry). */
  onCommit: (window: TimeWindow) => void;
  /** A plain wheel scrolled the page over the chart (true), or its hint should go (false). */
  onPlainWheel?: (shown: boolean) => void;
}

/**
 * Which input d3-zoom may take as a gesture. A plain wheel or trackpad scroll is the page's: it
 * scrolls, and only Ctrl or ⌘ with the wheel (which is also how trackpads report a pinch) zooms.
 * Secondary buttons and controls are not gestures. A drag may start on a mark; a press without
 * movement still reaches the mark as a click.
 */
export function isZoomGesture(event: Event): boolean {
  if (event.type === 'wheel') {
    return event instanceof WheelEvent && (event.ctrlKey || event.metaKey);
  }
  if (event instanceof MouseEvent && event.type === 'mousedown' && event.button !== 0) return false;
  return !(
    event.target instanceof Element &&
    event.target.closest('button, select, input, a.timeline-edges__event')
  );
}

function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/**
 * Ctrl/⌘ + wheel, trackpad pinch, double-click, drag and two-finger touch zoom and pan through
 * d3-zoom, which only listens to gestures here and computes transforms; React draws. A plain wheel
 * scrolls the page (see `isZoomGesture`) and shows a hint. The window follows the gesture live and
 * is committed (a replaced history entry) once the gesture pauses.
 *
 * `reference` is the window the zoom transform is relative to (the whole extent).
 */
export function useTimelineZoom(
  target: RefObject<HTMLElement | null>,
  width: number,
  reference: TimeWindow,
  window: TimeWindow,
  { onCommit, onPlainWheel }: TimelineZoomCallbacks,
): TimeWindow {
  const [live, setLive] = useState<TimeWindow | null>(null);
  const committed = useRef<TimeWindow | null>(null);
  const onCommitRef = useRef(onCommit);
  const onPlainWheelRef = useRef(onPlainWheel);
  useEffect(() => {
    onCommitRef.current = onCommit;
    onPlainWheelRef.current = onPlainWheel;
  }, [onCommit, onPlainWheel]);

  const base = useMemo(
    () => scaleLinear().domain([reference.start, reference.end]).range([0, width]),
    [reference.start, reference.end, width],
  );

  const behaviour = useMemo(() => {
    const span = reference.end - reference.start;
    return zoom<HTMLElement, unknown>()
      .scaleExtent([span / MAX_WINDOW_MS, span / MIN_WINDOW_MS])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .filter(isZoomGesture)
      .wheelDelta(wheelZoomDelta);
  }, [reference.start, reference.end, width]);

  // Gestures: follow live, commit when they pause.
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    behaviour.on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (event.sourceEvent === null) return; // our own sync below
      const [start = 0, end = 0] = event.transform.rescaleX(base).domain().map(Number);
      const next = roundWindow({ start, end });
      setLive(next);
      clearTimeout(timer);
      timer = setTimeout(() => {
        committed.current = next;
        onCommitRef.current(next);
      }, COMMIT_DELAY_MS);
    });
    const selection = select(element);
    selection.call(behaviour);
    // A plain wheel scrolls the page; say once, briefly, how to zoom instead.
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey || Math.abs(event.deltaY) <= Math.abs(event.deltaX))
        return;
      onPlainWheelRef.current?.(true);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => onPlainWheelRef.current?.(false), WHEEL_HINT_MS);
    };
    element.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(timer);
      clearTimeout(hintTimer);
      element.removeEventListener('wheel', onWheel);
      selection.on('.zoom', null);
    };
  }, [target, behaviour, base]);

  // An outside change (buttons, keyboard, back button, a link) moves d3's transform to match.
  const shown = live ?? window;
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    if (!sameWindow(committed.current, window)) {
      committed.current = null;
      setLive(null);
    }
    const span = reference.end - reference.start;
    const k = span / (window.end - window.start);
    const transform: ZoomTransform = zoomIdentity.scale(k).translate(-base(window.start), 0);
    behaviour.transform(select(element), transform);
  }, [target, behaviour, base, window, reference.start, reference.end]);

  return shown;
}
