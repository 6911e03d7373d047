/**
 * share/open.js, the one script of the share pages (built on its own by
 * scripts/vite-plugin-publish.ts): a reader with JavaScript goes straight on to the app at the
 * same view, and the share page leaves the history. Link previews and readers without
 * JavaScript stay on the page and read the event there.
 */
import { appLinkFromSharePage } from './appLink';

const link = document.getElementById('open-app');
if (link instanceof HTMLAnchorElement) {
  window.location.replace(
    appLinkFromSharePage(link.href, window.location.search, window.location.hash),
  );
}
