/**
 * The messages between an embedded Chronicle (the frame, `?embed=1`) and the page around it (the
 * host, through `embed.js`), version 1. They are plain objects sent with `postMessage`.
 *
 * Frame → host, at the first layout and whenever the height of its content changes:
 *
 *   { type: 'chronicle:embed-size', version: 1, height: 812 }   CSS pixels, a whole number
 *   { sentinel: 'amp', type: 'embed-size', height: 812 }        the same for AMP's <amp-iframe resizable>
 *
 * Host → frame, when embed.js starts after a frame has already spoken (the frame answers with its
 * size, to the window that asked):
 *
 *   { type: 'chronicle:embed-hello', version: 1 }
 *
 * A later version keeps these fields and their meaning and may add others; a reader accepts any
 * whole version from 1 on and ignores fields it does not know. A change to what `height` means
 * would be a new `type`.
 */

/** The version this build writes. */
export const EMBED_PROTOCOL_VERSION = 1;
/** The frame's height message. */
export const EMBED_SIZE_TYPE = 'chronicle:embed-size';
/** The host's request for the height. */
export const EMBED_HELLO_TYPE = 'chronicle:embed-hello';
/** No frame is resized beyond this many pixels, whatever a message says. */
export const MAX_EMBED_HEIGHT = 100_000;

/** The frame's height, as it posts it. */
export interface EmbedSizeMessage {
  type: typeof EMBED_SIZE_TYPE;
  version: number;
  height: number;
}

/** AMP's resize request (amp-iframe with `resizable`). */
export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}

/** The host's request for the height. */
export interface EmbedHelloMessage {
  type: typeof EMBED_HELLO_TYPE;
  version: number;
}

/** The messages a frame posts for a content height in CSS pixels (rounded up). */
export function embedSizeMessages(height: number): [EmbedSizeMessage, AmpSizeMessage] {
  const whole = Math.min(MAX_EMBED_HEIGHT, Math.max(0, Math.ceil(height)));
  return [
    { type: EMBED_SIZE_TYPE, version: EMBED_PROTOCOL_VERSION, height: whole },
    { sentinel: 'amp', type: 'embed-size', height: whole },
  ];
}

/** The host's request. */
export function embedHelloMessage(): EmbedHelloMessage {
  return { type: EMBED_HELLO_TYPE, version: EMBED_PROTOCOL_VERSION };
}

/**
 * The height a Chronicle size message asks for, or null for anything else: another type, a
 * version that is not a whole number from 1 on, or a height that is not a whole number of pixels
 * from 0 to MAX_EMBED_HEIGHT.
 */
export function readEmbedSize(data: unknown): number | null {
  if (!hasType(data, EMBED_SIZE_TYPE) || !isVersion(data.version)) return null;
  const { height } = data;
  return typeof height === 'number' &&
    Number.isInteger(height) &&
    height >= 0 &&
    height <= MAX_EMBED_HEIGHT
    ? height
    : null;
}

/** True for the host's request for the height. */
export function isEmbedHello(data: unknown): boolean {
  return hasType(data, EMBED_HELLO_TYPE) && isVersion(data.version);
}

function hasType(data: unknown, type: string): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === type;
}

function isVersion(version: unknown): boolean {
  return typeof version === 'number' && Number.isInteger(version) && version >= 1;
}
