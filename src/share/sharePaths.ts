/**
 * Where the build writes what link previews need (scripts/vite-plugin-publish.ts), relative to the
 * app's folder: a page and a preview image per event of the bundled story, the story's own image,
 * the oEmbed document, and the embed script. The app links to them from the same names.
 */

/** The folder of the share pages and their images. */
export const SHARE_FOLDER = 'share';

/**
 * The languages the share pages are written in: English, the story's own and the one crawlers
 * default to, at `share/<id>.html`, and Norwegian at `share/nb/<id>.html`, so a link shared from a
 * Norwegian page previews in Norwegian.
 */
export const SHARE_LANGUAGES = ['en', 'nb'] as const;
/** A language of the share pages. */
export type ShareLanguage = (typeof SHARE_LANGUAGES)[number];

/** The folder of the share pages of `language`. */
function folderOf(language: ShareLanguage): string {
  return language === 'en' ? SHARE_FOLDER : `${SHARE_FOLDER}/${language}`;
}

/** An event's share page. */
export function sharePagePath(eventId: string, language: ShareLanguage = 'en'): string {
  return `${folderOf(language)}/${eventId}.html`;
}

/** An event's preview image (PREVIEW_IMAGE_SIZE, PNG). */
export function previewImagePath(eventId: string, language: ShareLanguage = 'en'): string {
  return `${folderOf(language)}/${eventId}.png`;
}

/** The story's preview image, for the app's own page. */
export const STORY_IMAGE_PATH = `${SHARE_FOLDER}/story.png`;
/** The share pages' stylesheet and their one script (it opens the app at the same view). */
export const SHARE_STYLESHEET_PATH = `${SHARE_FOLDER}/share.css`;
export const SHARE_SCRIPT_PATH = `${SHARE_FOLDER}/open.js`;
/** The story's oEmbed document (type "rich"). */
export const OEMBED_PATH = 'oembed.json';
/** The script a host page loads beside its Chronicle iframes (src/embed/hostScript.ts). */
export const EMBED_SCRIPT_PATH = 'embed.js';

/** The size of every preview image, the one Open Graph and Twitter's large card expect (1.91:1). */
export const PREVIEW_IMAGE_SIZE = { width: 1200, height: 630 } as const;
