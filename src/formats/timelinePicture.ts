/**
 * The timeline as a picture, as the reader sees it: the chart's own SVG layers (and a canvas, when
 * the timeline draws one, as an image) with their computed styles written onto each element, so
 * the file looks the same without the page's style sheets; above them the story's title and the
 * filter in words, below them the source credit. `timelineSvg` composes the picture from a
 * snapshot (a pure function); `snapshotTimeline` takes the snapshot from the page.
 */
import { resolvedColor } from '../ui/resolvedColor';

/** One layer of the chart: an SVG's markup, or a bitmap (a canvas) as a PNG data URL. */
export type PictureLayer =
  | { kind: 'svg'; markup: string; x: number; y: number; width: number; height: number }
  | { kind: 'image'; href: string; x: number; y: number; width: number; height: number };

/** What the picture is made of. */
export interface TimelineSnapshot {
  width: number;
  height: number;
  layers: PictureLayer[];
  /** The page's colours and font, so the picture matches light or dark. */
  background: string;
  ink: string;
  muted: string;
  font: string;
}

/** The words around the chart. */
export interface PictureWords {
  title: string;
  filter: string;
  credit: string;
}

/** Text escaped for XML. */
export function xmlText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const MARGIN = 16;
const TITLE_SIZE = 20;
const LINE_SIZE = 13;
const LINE_GAP = 6;

/** The picture as a standalone SVG document. */
export function timelineSvg(snapshot: TimelineSnapshot, words: PictureWords): string {
  const width = Math.ceil(snapshot.width + 2 * MARGIN);
  const top = MARGIN + TITLE_SIZE + LINE_GAP + LINE_SIZE + 2 * LINE_GAP;
  const height = Math.ceil(top + snapshot.height + LINE_GAP + LINE_SIZE + MARGIN);
  const layers = snapshot.layers.map((layer) => {
    const box = `x="${layer.x + MARGIN}" y="${layer.y + top}" width="${layer.width}" height="${layer.height}"`;
    if (layer.kind === 'image') return `<image ${box} href="${xmlText(layer.href)}"/>`;
    // The layer's own <svg> keeps its viewport; it is placed by a wrapping one.
    return `<svg ${box} overflow="hidden">${layer.markup}</svg>`;
  });
  const font = xmlText(snapshot.font);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<title>${xmlText(words.title)}</title>`,
    `<rect width="100%" height="100%" fill="${xmlText(snapshot.background)}"/>`,
    `<text x="${MARGIN}" y="${MARGIN + TITLE_SIZE}" font-size="${TITLE_SIZE}" font-weight="700" fill="${xmlText(snapshot.ink)}">${xmlText(words.title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + TITLE_SIZE + LINE_GAP + LINE_SIZE}" font-size="${LINE_SIZE}" fill="${xmlText(snapshot.muted)}">${xmlText(words.filter)}</text>`,
    ...layers,
    `<text x="${MARGIN}" y="${height - MARGIN}" font-size="${LINE_SIZE}" fill="${xmlText(snapshot.muted)}">${xmlText(words.credit)}</text>`,
    '</svg>',
  ].join('\n');
}

/** The styles that decide how an SVG element looks, written onto its copy. */
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

/**
 * Writes the computed styles onto the copy as SVG presentation attributes (a `style` attribute
 * would be inline style, which the page's Content-Security-Policy refuses), and drops classes.
 */
function inlineStyles(original: Element, copy: Element): void {
  const style = getComputedStyle(original);
  for (const name of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value !== '') copy.setAttribute(name, value);
  }
  copy.removeAttribute('class');
  copy.removeAttribute('style');
  const originals = Array.from(original.children);
  Array.from(copy.children).forEach((child, i) => {
    const source = originals[i];
    if (source) inlineStyles(source, child);
  });
}

/** Takes the snapshot of the chart inside `region` (the timeline's viewport), as drawn now. */
export function snapshotTimeline(region: Element): TimelineSnapshot {
  const origin = region.getBoundingClientRect();
  const layers: PictureLayer[] = [];
  const serializer = new XMLSerializer();
  let right = 0;
  let bottom = 0;
  for (const element of Array.from(region.querySelectorAll('svg, canvas'))) {
    if (element.parentElement?.closest('svg')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    const place = {
      x: box.left - origin.left,
      y: box.top - origin.top,
      width: box.width,
      height: box.height,
    };
    right = Math.max(right, place.x + place.width);
    bottom = Math.max(bottom, place.y + place.height);
    if (element instanceof HTMLCanvasElement) {
      layers.push({ kind: 'image', href: element.toDataURL('image/png'), ...place });
      continue;
    }
    const copy = element.cloneNode(true);
    if (!(copy instanceof Element)) continue;
    inlineStyles(element, copy);
    copy.setAttribute('width', String(place.width));
    copy.setAttribute('height', String(place.height));
    layers.push({ kind: 'svg', markup: serializer.serializeToString(copy), ...place });
  }
  const page = getComputedStyle(document.body);
  const muted = resolvedColor(document.documentElement, '--ink-muted', '');
  return {
    width: Math.max(right, origin.width),
    height: bottom,
    layers,
    background: page.backgroundColor || '#ffffff',
    ink: page.color || '#000000',
    muted: muted || page.color || '#555555',
    font: page.fontFamily || 'sans-serif',
  };
}

/** The SVG drawn into a PNG at `scale` times its size (sharper on high-density screens). */
export function svgToPng(svg: string, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(image.width * scale);
      canvas.height = Math.ceil(image.height * scale);
      const context = canvas.getContext('2d');
      if (context === null) {
        reject(new Error('this browser cannot draw a picture'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0);
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the picture could not be made'))),
        'image/png',
      );
    };
    image.onerror = () => reject(new Error('the picture could not be drawn'));
    // A data: URL, which the page's Content-Security-Policy allows for images.
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
}
