/**
 * An event's share page (share/<id>.html): what a link preview reads without JavaScript (title,
 * description, canonical address, og:image…), and a readable text of the event with its sources
 * (EventText, the same component as the print view) for readers and crawlers without JavaScript.
 * Its one script, share/open.js, takes a reader with JavaScript straight on to the app at the
 * same view. Under its own strict Content-Security-Policy: no inline script or style.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { formatEventTime } from '../../src/model/formatTime.ts';
import type { ChronicleEvent } from '../../src/model/schema.ts';
import { EventText } from '../../src/print/EventText.tsx';
import type { DatasetIndex, IndexedEvent } from '../../src/state/datasetIndex.ts';
import { encodeViewState } from '../../src/state/url.ts';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState.ts';
import { t } from '../../src/i18n/i18n.ts';
import { INTL_LOCALES, LANGUAGE_TAGS } from '../../src/i18n/languages.ts';
import {
  SHARE_SCRIPT_PATH,
  SHARE_STYLESHEET_PATH,
  previewImagePath,
  sharePagePath,
  type ShareLanguage,
} from '../../src/share/sharePaths.ts';
import { escapeHtml } from './html.ts';
import { previewMetaTags } from './previewMeta.ts';
import type { PublishLinks } from './publishLinks.ts';

/** The share pages' policy: their own stylesheet and script, their own images, nothing else. */
export const SHARE_PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * The app's query for one event (`event=<id>`), and the embed view's; a Norwegian share page's
 * opens the app in Norwegian (`lang=nb`).
 */
export function eventQuery(eventId: string, embed = false, language: ShareLanguage = 'en'): string {
  return encodeViewState({
    ...DEFAULT_VIEW_STATE,
    event: eventId,
    embed,
    language: language === 'en' ? null : language,
  });
}

/** The oEmbed document of an event (share/<id>.oembed.json, share/nb/<id>.oembed.json). */
export function eventOembedPath(eventId: string, language: ShareLanguage = 'en'): string {
  return sharePagePath(eventId, language).replace(/\.html$/, '.oembed.json');
}

/** The line a preview shows under the title: when, then what ("Sunday 2 January 2022: …"). */
export function eventDescription(event: ChronicleEvent, timeZone: string, places: string): string {
  const when = formatEventTime(event.time, timeZone, 'long');
  const what = event.summary ?? places;
  return what === '' ? when : `${when.charAt(0).toUpperCase()}${when.slice(1)}: ${what}`;
}

/** The places of an event by name, for previews. */
export function eventPlaces(event: ChronicleEvent, index: DatasetIndex): string {
  return event.locations.map((id) => index.locationsById.get(id)?.name ?? id).join(', ');
}

/**
 * The share page of one event, as HTML text, in `language`: the active language of the app's
 * words (activateLanguageInNode), and of `index`, the dataset localised to it.
 */
export function sharePageHtml(
  entry: IndexedEvent,
  index: DatasetIndex,
  links: PublishLinks,
  language: ShareLanguage = 'en',
): string {
  const { event } = entry;
  const { dataset } = index;
  const page = sharePagePath(event.id, language);
  const at = (target: string) => links.from(page, target);
  const description = eventDescription(event, dataset.timeZone, eventPlaces(event, index));
  const head = previewMetaTags({
    title: event.title,
    description,
    siteName: `${dataset.title} · Chronicle`,
    type: 'article',
    url: links.absolute(page),
    image: at(previewImagePath(event.id, language)),
    imageAlt: `${event.title}. ${formatEventTime(event.time, dataset.timeZone, 'long')}. ${dataset.title}.`,
    oembed: at(eventOembedPath(event.id, language)),
    locale: INTL_LOCALES[language].replace('-', '_'),
  });
  const body = renderToStaticMarkup(createElement(EventText, { event, index, headingLevel: 1 }));
  return `<!doctype html>
<html lang="${LANGUAGE_TAGS[language]}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${SHARE_PAGE_POLICY}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <title>${escapeHtml(`${event.title} — ${dataset.title} · Chronicle`)}</title>
    ${head}
    <link rel="stylesheet" href="${escapeHtml(at(SHARE_STYLESHEET_PATH))}" />
    <script src="${escapeHtml(at(SHARE_SCRIPT_PATH))}" defer></script>
  </head>
  <body>
    <main class="share-page">
      <p class="share-page__story">${escapeHtml(t('share.story'))}: <a href="${escapeHtml(at(''))}">${escapeHtml(dataset.title)}</a></p>
      ${body}
      <p class="share-page__open"><a id="open-app" href="${escapeHtml(at(`?${eventQuery(event.id, false, language)}`))}">${escapeHtml(t('share.open'))}</a></p>
      <p class="share-page__credit">${escapeHtml(t('share.builtWith'))}</p>
    </main>
  </body>
</html>
`;
}
