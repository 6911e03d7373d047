/**
 * The timeline's keyboard, as a pure function: which window a key asks for. Arrow up and down (the
 * walk through events) and Enter are the component's, since they move a cursor, not the window.
 */
import type { TimeWindow } from '../state/viewState';
import { panWindow, zoomWindow } from './timeWindow';

/** How much one step of the zoom buttons and keys zooms. */
export const ZOOM_STEP = 1.6;

/** What the keys see: the window, the "fit all" window, and the instant to zoom about. */
export interface KeyContext {
  window: TimeWindow;
  fitAll: TimeWindow;
  /** Zoom keeps this instant in place (the open event), or the window's centre when undefined. */
  anchor?: number | undefined;
}

/** The window `key` asks for: + and = zoom in, - and _ out, ← → pan, 0 fits all; null for others. */
export function timelineKeyAction(
  key: string,
  { window, fitAll, anchor }: KeyContext,
): TimeWindow | null {
  switch (key) {
    case '+':
    case '=':
      return zoomWindow(window, ZOOM_STEP, anchor);
    case '-':
    case '_':
      return zoomWindow(window, 1 / ZOOM_STEP, anchor);
    case 'ArrowLeft':
      return panWindow(window, -0.2);
    case 'ArrowRight':
      return panWindow(window, 0.2);
    case '0':
      return fitAll;
    default:
      return null;
  }
}

/** The instant to zoom about: the open event's best estimate while it is in view, else nothing. */
export function zoomAnchor(window: TimeWindow, body: TimeWindow | null): number | undefined {
  if (!body) return undefined;
  const centre = (body.start + body.end) / 2;
  return centre > window.start && centre < window.end ? centre : undefined;
}
