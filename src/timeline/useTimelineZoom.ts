import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { scaleLinear, select, zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3';
import type { TimeWindow } from '../state/viewState';
import { MAX_WINDOW_MS, MIN_WINDOW_MS, roundWindow } from './timeWindow';

/** How long a gesture must pause before its window is written to the URL. */
const COMMIT_DELAY_MS = 180;

function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/**
 * Mouse wheel, trackpad, drag and touch zoom and pan through d3-zoom, which only listens to
 * gestures here and computes transforms; React draws. The window follows the gesture live and is
 * committed (a replaced history entry) once the gesture pauses.
 *
 * `reference` is the window the zoom transform is relative to (the whole extent).
 */
export function useTimelineZoom(
  target: RefObject<HTMLElement | null>,
  width: number,
  reference: TimeWindow,
  window: TimeWindow,
  onCommit: (window: TimeWindow) => void,
): TimeWindow {
  const [live, setLive] = useState<TimeWindow | null>(null);
  const committed = useRef<TimeWindow | null>(null);
  const onCommitRef = useRef(onCommit);
  useEffect(() => {
    onCommitRef.current = onCommit;
  }, [onCommit]);

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
      .filter((event: Event) => {
        // Secondary buttons and controls are not gestures. A drag may start on a mark; a press
        // without movement still reaches the mark as a click.
        if (event instanceof MouseEvent && event.type === 'mousedown' && event.button !== 0)
          return false;
        return !(event.target instanceof Element && event.target.closest('button, select, input'));
      });
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
    selection.on('dblclick.zoom', null);
    return () => {
      clearTimeout(timer);
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
