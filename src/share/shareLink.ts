import { encodeViewState } from '../state/url';
import { viewStateHref } from '../state/useViewState';
import type { ViewState } from '../state/viewState';
import { sharePagePath } from './sharePaths';

/**
 * The full-view link of a view, absolute: exactly what the reader sees, but never the embed
 * (a frame's "Open in full view" and "Share" give this, not the frame's own address).
 */
export function fullViewUrl(state: ViewState): string {
  return new URL(viewStateHref({ ...state, embed: false }), window.location.href).href;
}

/**
 * The link to share for an open event. For the bundled story it is the event's share page, which
 * link previews read without JavaScript and which opens the app at the same view (the rest of the
 * view rides along in its query: `share/<id>.html?lanes=category`). Other datasets have no share
 * pages, so theirs is the full-view link.
 */
export function eventShareUrl(state: ViewState & { event: string }, bundled: boolean): string {
  if (!bundled) return fullViewUrl(state);
  const rest = encodeViewState({ ...state, event: null, embed: false });
  const page = `${sharePagePath(state.event)}${rest === '' ? '' : `?${rest}`}`;
  return new URL(page, window.location.href).href;
}
