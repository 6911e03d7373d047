import { activeLanguage } from '../i18n/i18n';
import type { Language } from '../i18n/languages';
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
 * pages, so theirs is the full-view link. The share page is in the page's language where there is
 * one in it (SHARE_LANGUAGES), in English otherwise.
 */
export function eventShareUrl(
  state: ViewState & { event: string },
  bundled: boolean,
  pageLanguage: Language = activeLanguage(),
): string {
  if (!bundled) return fullViewUrl(state);
  // A page read in Norwegian shares the Norwegian share page, which previews in Norwegian and
  // opens the app in it (its own link carries `lang=nb`, so the rest of the view need not).
  const language = pageLanguage === 'nb' ? 'nb' : 'en';
  const rest = encodeViewState({
    ...state,
    event: null,
    embed: false,
    language: language === 'nb' ? null : state.language,
  });
  const page = `${sharePagePath(state.event, language)}${rest === '' ? '' : `?${rest}`}`;
  return new URL(page, window.location.href).href;
}
