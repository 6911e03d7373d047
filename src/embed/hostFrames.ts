/**
 * What embed.js decides for each message on the host page, without touching the page: which
 * Chronicle iframe a size message is for, and whether to believe it.
 */
import { readEmbedSize } from './embedMessages';

/** The parts of an iframe the decision reads. */
export interface HostFrame {
  /** The frame's `src` attribute as written, resolved against `baseUrl`. */
  src: string;
  contentWindow: unknown;
}

/** The parts of a MessageEvent the decision reads. */
export interface HostMessage {
  data: unknown;
  origin: string;
  source: unknown;
}

/** The origin of an address, or null when it is not an http(s) address. */
export function originOf(address: string, baseUrl: string): string | null {
  try {
    const url = new URL(address, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The frame to resize and its new height, or null to ignore the message. A message is believed
 * only when it is a Chronicle size message (`readEmbedSize`), it comes from the window of one of
 * `frames` (`event.source === iframe.contentWindow`, so a page cannot resize a frame it does not
 * own), its origin is the origin that frame's `src` names (a frame navigated elsewhere is not
 * believed), and that origin is one of `trusted` (the sites Chronicle is served from: other
 * iframes on the page, such as advertisements, cannot resize themselves through this script).
 */
export function frameToResize<Frame extends HostFrame>(
  message: HostMessage,
  frames: Iterable<Frame>,
  trusted: ReadonlySet<string>,
  baseUrl: string,
): { frame: Frame; height: number } | null {
  const height = readEmbedSize(message.data);
  if (height === null || message.source === null || !trusted.has(message.origin)) return null;
  for (const frame of frames) {
    if (frame.contentWindow !== message.source) continue;
    return originOf(frame.src, baseUrl) === message.origin ? { frame, height } : null;
  }
  return null;
}

/**
 * The origins embed.js trusts: those listed in its `data-origins` attribute (space-separated,
 * for a copy of the script served from another site), or else the origin it was loaded from.
 */
export function trustedOrigins(
  scriptSrc: string | null,
  listed: string | null,
  baseUrl: string,
): Set<string> {
  const addresses = listed?.trim() ? listed.trim().split(/\s+/) : scriptSrc ? [scriptSrc] : [];
  return new Set(addresses.map((a) => originOf(a, baseUrl)).filter((o): o is string => o !== null));
}
