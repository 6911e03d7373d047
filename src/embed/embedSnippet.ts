/**
 * The code an editor pastes into an article (the Embed dialog writes it; the README shows it):
 * an iframe of the embed view, and for a height that follows the content, the script that sets
 * it. `title` names the frame for screen readers; `loading="lazy"` spares readers who never
 * scroll to it; `allow` lets its Share button copy or share from inside the frame.
 */

/** A height preset: fitted to the content by embed.js, or a fixed number of pixels. */
export type EmbedHeight = { kind: 'auto'; initial: number } | { kind: 'fixed'; pixels: number };

/** Fixed heights by the width they suit (Flourish's breakpoints: phones, tablets, desktops). */
export const EMBED_HEIGHT_PRESETS = [400, 575, 650] as const;
/** The height an auto-sized frame reserves before its first message, against layout shift. */
export const AUTO_INITIAL_HEIGHT = 575;

/** What the snippet is made of. */
export interface EmbedSnippetOptions {
  /** The embed view's absolute address (`…?event=…&embed=1`). */
  src: string;
  /** embed.js's absolute address. */
  scriptSrc: string;
  /** The story's title. */
  title: string;
  /**
   * The frame's name for screen readers, in the reader's language (the Embed dialog gives it);
   * "<title>: interactive timeline" when not given (the oEmbed documents of the build).
   */
  frameTitle?: string;
  height: EmbedHeight;
}

/** The HTML to paste, attribute values escaped. */
export function embedSnippet({
  src,
  scriptSrc,
  title,
  frameTitle = `${title}: interactive timeline`,
  height,
}: EmbedSnippetOptions): string {
  const pixels = height.kind === 'auto' ? height.initial : height.pixels;
  const frame =
    `<iframe src="${attribute(src)}" title="${attribute(frameTitle)}"` +
    ` width="100%" height="${pixels}" style="width: 100%; border: 0;" loading="lazy"` +
    ` allow="clipboard-write; web-share"></iframe>`;
  return height.kind === 'auto'
    ? `${frame}\n<script src="${attribute(scriptSrc)}" async></script>`
    : frame;
}

function attribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
