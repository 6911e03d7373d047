/**
 * The static oEmbed documents (oembed.com, type "rich"): what a publishing system that supports
 * oEmbed (WordPress, Medium, Ghost, Embedly…) embeds from a Chronicle link it finds through the
 * page's discovery link. The html is the same embed code the Embed dialog gives, with a height
 * that follows the content.
 */
import { AUTO_INITIAL_HEIGHT, embedSnippet } from '../../src/embed/embedSnippet.ts';
import { EMBED_SCRIPT_PATH, PREVIEW_IMAGE_SIZE } from '../../src/share/sharePaths.ts';
import type { PublishLinks } from './publishLinks.ts';

/** The width oEmbed consumers are told the embed wants: an article column. */
const OEMBED_WIDTH = 640;

/** What one oEmbed document describes. */
export interface OembedSubject {
  /** The document's own path, relative to the app's folder (addresses inside are relative to it). */
  path: string;
  title: string;
  /** The embed view's query ("embed=1" or "event=…&embed=1"). */
  embedQuery: string;
  /** The preview image's path. */
  image: string;
  /** Who the story is built from, when known. */
  author: string | null;
}

/** The oEmbed document as JSON text. */
export function oembedDocument(subject: OembedSubject, links: PublishLinks): string {
  const at = (target: string) => links.from(subject.path, target);
  return `${JSON.stringify(
    {
      version: '1.0',
      type: 'rich',
      provider_name: 'Chronicle',
      ...(links.site ? { provider_url: links.site } : {}),
      title: subject.title,
      ...(subject.author ? { author_name: subject.author } : {}),
      html: embedSnippet({
        src: at(`?${subject.embedQuery}`),
        scriptSrc: at(EMBED_SCRIPT_PATH),
        title: subject.title,
        height: { kind: 'auto', initial: AUTO_INITIAL_HEIGHT },
      }),
      width: OEMBED_WIDTH,
      height: AUTO_INITIAL_HEIGHT,
      thumbnail_url: at(subject.image),
      thumbnail_width: PREVIEW_IMAGE_SIZE.width,
      thumbnail_height: PREVIEW_IMAGE_SIZE.height,
      cache_age: 86_400,
    },
    null,
    2,
  )}\n`;
}
