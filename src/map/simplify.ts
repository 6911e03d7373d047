/**
 * Douglas–Peucker line simplification, for cutting the map's shapes down at build time. It keeps
 * a line's first and last points, so arcs shared by two countries stay joined at their ends.
 */
import type { Position } from 'geojson';

/** Distance from `p` to the segment a–b (to the point a when the segment has no length). */
export function distanceToSegment(p: Position, a: Position, b: Position): number {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * The points of `line` that Douglas–Peucker keeps at `tolerance` (in the points' own units): no
 * dropped point lies farther than `tolerance` from the simplified line. A closed ring keeps at
 * least four points, so it still encloses an area.
 */
export function simplifyLine(line: readonly Position[], tolerance: number): Position[] {
  const last = line.length - 1;
  if (last < 2 || tolerance <= 0) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[last] = 1;
  const stack: [number, number][] = [[0, last]];
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    const [from, to] = range;
    const a = line[from] ?? [];
    const b = line[to] ?? [];
    let farthest = -1;
    let farthestDistance = 0;
    for (let i = from + 1; i < to; i += 1) {
      const distance = distanceToSegment(line[i] ?? [], a, b);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    }
    // A ring's first split always happens, or the whole ring would collapse into its end point.
    const isRingStart = from === 0 && to === last && samePosition(a, b);
    if (farthest >= 0 && (farthestDistance > tolerance || isRingStart)) {
      keep[farthest] = 1;
      stack.push([from, farthest], [farthest, to]);
    }
  }
  if (samePosition(line[0] ?? [], line[last] ?? [])) keepTriangle(line, keep);
  return line.filter((_, i) => keep[i] === 1);
}

/** Makes sure a closed ring keeps three distinct corners, by keeping more of its farthest points. */
function keepTriangle(line: readonly Position[], keep: Uint8Array): void {
  const first = line[0] ?? [];
  for (let kept = keep.reduce((sum, k) => sum + k, 0); kept < 4; kept += 1) {
    const corner = line.findIndex((_, i) => i > 0 && keep[i] === 1);
    const b = line[corner] ?? first;
    let farthest = -1;
    let farthestDistance = -1;
    line.forEach((p, i) => {
      if (keep[i] === 1) return;
      const distance = distanceToSegment(p, first, b);
      if (distance > farthestDistance) {
        farthest = i;
        farthestDistance = distance;
      }
    });
    if (farthest < 0) return;
    keep[farthest] = 1;
  }
}

function samePosition(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
