import { useEffect, useMemo, useState, type RefObject } from 'react';
import {
  select,
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type Selection,
  type ZoomTransform,
} from 'd3';
import type { Size } from './base/projection';
import { wheelZoomDelta } from '../ui/zoomKey';

/** How far the map zooms in: enough to tell apart places a few hundred metres apart. */
export const MAX_MAP_ZOOM = 40;
/** How long the "hold Ctrl to zoom" hint stays after a plain scroll over the map. */
const WHEEL_HINT_MS = 1600;

/** The map's zoom: the current transform and the actions of its buttons. */
export interface MapZoom {
  /** True for a moment after a plain wheel scrolled the page over the map: say how to zoom. */
  wheelHint: boolean;
  transform: ZoomTransform;
  /** Zooms by factor `k` about the centre. */
  zoomBy: (k: number) => void;
  /** Back to the whole map. */
  reset: () => void;
  /** Zooms by `k` and centres on a point of the unzoomed map. */
  zoomTo: (x: number, y: number, k: number) => void;
  /** Pans (keeping the zoom) so that a point of the unzoomed map is centred. */
  centreOn: (x: number, y: number) => void;
}

/**
 * Ctrl/⌘ + wheel, trackpad pinch, double-click, drag and two-finger touch zoom and pan through
 * d3-zoom, which only listens and computes; React draws from the transform. A plain wheel scrolls
 * the page and shows a hint. The map never zooms out past the whole view or pans beyond it. On
 * touch screens one finger scrolls the page and two fingers zoom the map. The zoom is a passing
 * view, not part of the URL; a new size resets it.
 */
export function useMapZoom(target: RefObject<SVGSVGElement | null>, size: Size): MapZoom {
  const { width, height } = size;
  const [state, setState] = useState<{ transform: ZoomTransform; size: string }>({
    transform: zoomIdentity,
    size: '',
  });
  const sizeKey = `${width}x${height}`;
  const [wheelHint, setWheelHint] = useState(false);

  const behaviour = useMemo(
    () =>
      zoom<SVGSVGElement, unknown>()
        .scaleExtent([1, MAX_MAP_ZOOM])
        .wheelDelta(wheelZoomDelta)
        .extent([
          [0, 0],
          [width, height],
        ])
        .translateExtent([
          [0, 0],
          [width, height],
        ])
        .filter((event: Event) => {
          // A plain wheel or trackpad scroll scrolls the page; Ctrl or ⌘ with it (and a pinch) zooms.
          if (event.type === 'wheel') {
            return event instanceof WheelEvent && (event.ctrlKey || event.metaKey);
          }
          // A double-click zooms on the map itself, not on a place (a click there filters by it).
          if (event.type === 'dblclick') {
            return !(
              event.target instanceof Element && event.target.closest('[role="button"], button')
            );
          }
          if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
            return event.touches.length > 1;
          }
          if (event instanceof MouseEvent && event.type === 'mousedown' && event.button !== 0) {
            return false;
          }
          return !(event.target instanceof Element && event.target.closest('button'));
        }),
    [width, height],
  );

  useEffect(() => {
    const element = target.current;
    if (!element) return;
    behaviour.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      setState({ transform: event.transform, size: sizeKey });
    });
    const selection = select(element);
    selection.call(behaviour);
    behaviour.transform(selection, zoomIdentity);
    let hintTimer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || event.metaKey) return;
      setWheelHint(true);
      clearTimeout(hintTimer);
      hintTimer = setTimeout(() => setWheelHint(false), WHEEL_HINT_MS);
    };
    element.addEventListener('wheel', onWheel, { passive: true });
    return () => {
      clearTimeout(hintTimer);
      element.removeEventListener('wheel', onWheel);
      behaviour.on('zoom', null);
      selection.on('.zoom', null);
    };
  }, [target, behaviour, sizeKey]);

  function withSelection(
    act: (selection: Selection<SVGSVGElement, unknown, null, undefined>) => void,
  ) {
    const element = target.current;
    if (element) act(select(element));
  }

  return {
    wheelHint,
    transform: state.size === sizeKey ? state.transform : zoomIdentity,
    zoomBy: (k) => withSelection((s) => behaviour.scaleBy(s, k)),
    reset: () => withSelection((s) => behaviour.transform(s, zoomIdentity)),
    zoomTo: (x, y, k) =>
      withSelection((s) => {
        const current = state.size === sizeKey ? state.transform : zoomIdentity;
        const scale = Math.min(MAX_MAP_ZOOM, current.k * k);
        behaviour.transform(
          s,
          zoomIdentity
            .translate(width / 2, height / 2)
            .scale(scale)
            .translate(-x, -y),
        );
      }),
    centreOn: (x, y) => withSelection((s) => behaviour.translateTo(s, x, y)),
  };
}
