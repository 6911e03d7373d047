/**
 * The tags link previews read without running JavaScript: the description, Open Graph (`og:*`,
 * Facebook, LinkedIn, Slack, iMessage, WhatsApp…), Twitter's large-image card, the canonical
 * address and the oEmbed discovery link. Written into index.html and every share page.
 */
import { PREVIEW_IMAGE_SIZE } from '../../src/share/sharePaths.ts';
import { escapeHtml } from './html.ts';

/** What a page says about itself. */
export interface PreviewMeta {
  title: string;
  description: string;
  /** The story's title and Chronicle, as the site's name. */
  siteName: string;
  type: 'website' | 'article';
  /** The page's own absolute address, or null when the site is not known. */
  url: string | null;
  /** The preview image's address (PREVIEW_IMAGE_SIZE, PNG). */
  image: string;
  imageAlt: string;
  /** The page's oEmbed document. */
  oembed: string;
  /** The page's language for Open Graph (`en_GB`, `nb_NO`), or none. */
  locale?: string;
}

/** The tags, one per line, values escaped. */
export function previewMetaTags(meta: PreviewMeta): string {
  const tag = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  return [
    tag('name', 'description', meta.description),
    meta.url && `<link rel="canonical" href="${escapeHtml(meta.url)}" />`,
    tag('property', 'og:type', meta.type),
    meta.locale && tag('property', 'og:locale', meta.locale),
    tag('property', 'og:site_name', meta.siteName),
    tag('property', 'og:title', meta.title),
    tag('property', 'og:description', meta.description),
    meta.url && tag('property', 'og:url', meta.url),
    tag('property', 'og:image', meta.image),
    tag('property', 'og:image:type', 'image/png'),
    tag('property', 'og:image:width', String(PREVIEW_IMAGE_SIZE.width)),
    tag('property', 'og:image:height', String(PREVIEW_IMAGE_SIZE.height)),
    tag('property', 'og:image:alt', meta.imageAlt),
    tag('name', 'twitter:card', 'summary_large_image'),
    tag('name', 'twitter:title', meta.title),
    tag('name', 'twitter:description', meta.description),
    tag('name', 'twitter:image', meta.image),
    tag('name', 'twitter:image:alt', meta.imageAlt),
    `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(meta.oembed)}" title="${escapeHtml(meta.title)}" />`,
  ]
    .filter((line): line is string => typeof line === 'string')
    .join('\n    ');
}
