/**
 * Label placement: each label tries a few positions around its anchor, in order, and takes the
 * first that stays inside the map and overlaps no label placed before it and no mark. Labels are
 * placed by priority (most important first), so what is left out is what matters least; a label
 * that fits nowhere is left out (its mark still names the place on hover, focus and to screen
 * readers).
 */

/** A rectangle in pixels. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A circle that labels must not cover: a mark. */
export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Where a label sits relative to its anchor. */
export type LabelPosition =
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'above-left'
  | 'below-right'
  | 'below-left'
  | 'center';

/** A label to place. */
export interface LabelRequest {
  id: string;
  text: string;
  /** The anchor: a mark's centre, or the point a country's name should sit on. */
  x: number;
  y: number;
  /** How far from the anchor the text starts: the mark's radius. */
  offset: number;
  fontSize: number;
  /** Extra space between letters, in pixels (for spaced capitals). */
  letterSpacing?: number;
  /** All capitals: no descenders, so the box can be lower. */
  capitals?: boolean;
  /** Higher goes first. */
  priority: number;
  /** Positions to try, in order. */
  positions: readonly LabelPosition[];
  /** What the label names, for styling ("place", "country-focus"…). */
  kind: string;
}

/** A placed label: where to draw its text (SVG text-anchor, centred vertically) and its box. */
export interface PlacedLabel {
  id: string;
  text: string;
  kind: string;
  fontSize: number;
  letterSpacing: number;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
}

/** Positions for a label beside a round mark, most readable first. */
export const AROUND_MARK: readonly LabelPosition[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'above-left',
  'below-right',
  'below-left',
];

const GAP = 3;

/**
 * An estimate of the width of `text` in the interface's sans-serif face: about 0.56 em per
 * character (0.68 for capitals), plus letter spacing. Good enough to keep labels apart.
 */
export function estimateTextWidth(text: string, fontSize: number, letterSpacing = 0): number {
  let ems = 0;
  for (const char of text) {
    ems += char === ' ' ? 0.3 : char !== char.toLowerCase() ? 0.68 : 0.56;
  }
  return ems * fontSize + letterSpacing * Math.max(0, [...text].length - 1);
}

/** True when two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/** True when a box and a circle overlap. */
export function boxMeetsCircle(box: Box, circle: Circle): boolean {
  const dx = circle.x - Math.max(box.x0, Math.min(circle.x, box.x1));
  const dy = circle.y - Math.max(box.y0, Math.min(circle.y, box.y1));
  return dx * dx + dy * dy < circle.r * circle.r;
}

/** The text position and box of a label at one position around its anchor. */
export function labelAt(
  request: LabelRequest,
  position: LabelPosition,
  width: number,
): Pick<PlacedLabel, 'x' | 'y' | 'anchor' | 'box'> {
  const h = request.fontSize * (request.capitals ? 0.9 : 1.2);
  const { x, y, offset } = request;
  // Diagonal positions touch the mark's circle at 45°.
  const diagonal = offset * Math.SQRT1_2 + GAP;
  const [dx, dy, anchor]: readonly [number, number, PlacedLabel['anchor']] = {
    right: [offset + GAP, 0, 'start'] as const,
    left: [-(offset + GAP), 0, 'end'] as const,
    above: [0, -(offset + GAP + h / 2), 'middle'] as const,
    below: [0, offset + GAP + h / 2, 'middle'] as const,
    'above-right': [diagonal, -(diagonal + h / 2), 'start'] as const,
    'above-left': [-diagonal, -(diagonal + h / 2), 'end'] as const,
    'below-right': [diagonal, diagonal + h / 2, 'start'] as const,
    'below-left': [-diagonal, diagonal + h / 2, 'end'] as const,
    center: [0, 0, 'middle'] as const,
  }[position];
  const tx = x + dx;
  const ty = y + dy;
  const x0 = anchor === 'start' ? tx : anchor === 'end' ? tx - width : tx - width / 2;
  return { x: tx, y: ty, anchor, box: { x0, y0: ty - h / 2, x1: x0 + width, y1: ty + h / 2 } };
}

/**
 * Places `requests` by descending priority (ties keep input order) inside `bounds`, avoiding each
 * other, the `avoid` boxes (controls drawn over the map) and every circle but the label's own
 * (same id). Returns the placed labels in that order.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  circles: readonly Circle[],
  bounds: { width: number; height: number },
  avoid: readonly Box[] = [],
  measure: (text: string, fontSize: number, letterSpacing: number) => number = estimateTextWidth,
): PlacedLabel[] {
  const order = requests
    .map((request, i) => ({ request, i }))
    .sort((a, b) => b.request.priority - a.request.priority || a.i - b.i);
  const placed: PlacedLabel[] = [];
  for (const { request } of order) {
    const width = measure(request.text, request.fontSize, request.letterSpacing ?? 0);
    for (const position of request.positions) {
      const candidate = labelAt(request, position, width);
      const { box } = candidate;
      const inside =
        box.x0 >= 2 && box.y0 >= 2 && box.x1 <= bounds.width - 2 && box.y1 <= bounds.height - 2;
      if (!inside) continue;
      if (placed.some((other) => boxesOverlap(box, other.box))) continue;
      if (avoid.some((other) => boxesOverlap(box, other))) continue;
      if (circles.some((circle) => circle.id !== request.id && boxMeetsCircle(box, circle)))
        continue;
      const { id, text, kind, fontSize } = request;
      placed.push({
        id,
        text,
        kind,
        fontSize,
        letterSpacing: request.letterSpacing ?? 0,
        ...candidate,
      });
      break;
    }
  }
  return placed;
}
