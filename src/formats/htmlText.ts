/**
 * Text that arrives as HTML (TimelineJS headlines and text) as Chronicle's plain text, with
 * htmlparser2 (it needs no DOM, so it runs in the dataset worker): paragraphs and line breaks are
 * kept as blank lines and line ends, http(s) links are kept (their words stay in the text, their
 * addresses are handed back to become citations), everything else is reduced to its text, and
 * scripts, styles and embedded frames are dropped with their content. Nothing of the markup
 * survives, and the result is only ever rendered as text.
 */
import { Parser } from 'htmlparser2';

/** A link found in the HTML: its address (http or https only) and its words. */
export interface TextLink {
  url: string;
  text: string;
}

/** HTML reduced to text, and its links. */
export interface PlainText {
  text: string;
  links: TextLink[];
}

const PARAGRAPH_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'figure',
  'figcaption',
  'hr',
]);
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
]);

/** An http(s) address as written, or null for anything else (javascript:, data:, relative). */
export function httpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Spaces within each paragraph collapsed; paragraphs apart by one blank line, lines by one line end. */
function tidy(raw: string): string {
  return raw
    .split(/\n{2,}/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n'),
    )
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

/** True when the text has no markup or character references to read. */
const isPlain = (text: string) => !/[<&]/.test(text);

/** `html` as plain text with its paragraphs, and the http(s) links in it. */
export function htmlToText(html: string): PlainText {
  if (isPlain(html)) return { text: tidy(html.replace(/\r\n?/g, '\n')), links: [] };
  const parts: string[] = [];
  const links: TextLink[] = [];
  let dropped = 0;
  const anchors: { url: string | null; start: number }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED_TAGS.has(name)) dropped += 1;
        else if (name === 'br') parts.push('\n');
        else if (PARAGRAPH_TAGS.has(name)) parts.push('\n\n');
        else if (name === 'a') anchors.push({ url: httpUrl(attributes.href), start: parts.length });
      },
      ontext(text) {
        // Line ends in HTML source are spaces; breaks come from the tags.
        if (dropped === 0) parts.push(text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        if (DROPPED_TAGS.has(name)) dropped = Math.max(0, dropped - 1);
        else if (PARAGRAPH_TAGS.has(name)) parts.push('\n\n');
        else if (name === 'a') {
          const anchor = anchors.pop();
          if (anchor?.url == null) return;
          const words = parts.slice(anchor.start).join('').replace(/\s+/g, ' ').trim();
          if (words === '') parts.push(anchor.url);
          links.push({ url: anchor.url, text: words === '' ? anchor.url : words });
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(parts.join('')), links };
}
