/**
 * Groups marks that would overlap on screen into one, and picks the place a group stands for.
 *
 * Zoomed out, Almaty's mayor's office, its airport and the buildings "somewhere in Almaty" all sit
 * within a few pixels of the city: drawn apart they would be an unreadable, unclickable pile.
 * Marks closer than `mergeDistance` (or than 60% of their two radii added) are joined, and joins
 * chain (single linkage), so a group never overlaps another. Zooming in splits groups again.
 */
import type { Location } from '../../model/schema';

/** A mark before grouping: a place at a screen position with its own radius. */
export interface MarkPosition {
  id: string;
  x: number;
  y: number;
  r: number;
}

/** Smallest distance in pixels between the centres of two marks drawn apart. */
export const MERGE_DISTANCE = 14;

/**
 * The groups of marks that overlap, each listing its members' ids in input order; groups are in
 * the order of their first member.
 */
export function groupOverlappingMarks(
  marks: readonly MarkPosition[],
  mergeDistance = MERGE_DISTANCE,
): string[][] {
  // Union-find, each group's root its first member (the larger root joins the smaller), so the
  // groups do not depend on the order pairs are joined in.
  const parent = marks.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) {
      // Path halving: each step also points a mark at its grandparent, so chains stay short.
      const up = parent[parent[r] ?? r] ?? r;
      parent[r] = up;
      r = up;
    }
    return r;
  };
  const join = (i: number, j: number) => {
    const [ri, rj] = [root(i), root(j)];
    if (ri !== rj) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  const near = (a: MarkPosition, b: MarkPosition) => {
    const [dx, dy] = [a.x - b.x, a.y - b.y];
    const limit = Math.max(mergeDistance, 0.6 * (a.r + b.r));
    return dx * dx + dy * dy < limit * limit;
  };
  // Only marks in the same or neighbouring cells of a grid as wide as the largest distance that
  // joins two marks can be near: each mark is tested against those, not against every other (an
  // imported ACLED file has thousands of places; testing every pair was 770 ms of a filter click
  // at 100,000 rows, and of every zoom step).
  let largest = 0;
  for (const mark of marks) if (mark.r > largest) largest = mark.r;
  const cell = Math.max(mergeDistance, 1.2 * largest);
  const cells = new Map<string, number[]>();
  const cellOf = (mark: MarkPosition): [number, number] => [
    Math.floor(mark.x / cell),
    Math.floor(mark.y / cell),
  ];
  marks.forEach((mark, i) => {
    const [cx, cy] = cellOf(mark);
    const key = `${cx}:${cy}`;
    const list = cells.get(key);
    if (list) list.push(i);
    else cells.set(key, [i]);
  });
  marks.forEach((a, i) => {
    const [cx, cy] = cellOf(a);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of cells.get(`${cx + dx}:${cy + dy}`) ?? []) {
          const b = marks[j];
          // Marks already in one group need no test (in a crowded cell, most of them).
          if (j > i && b && root(i) !== root(j) && near(a, b)) join(i, j);
        }
      }
    }
  });
  const groups = new Map<number, string[]>();
  marks.forEach((mark, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(mark.id);
    else groups.set(r, [mark.id]);
  });
  return [...groups.values()];
}

/** The places a place lies within, nearest first (a cycle ends the chain). */
export function enclosingPlaces(
  id: string,
  locationsById: ReadonlyMap<string, Location>,
): string[] {
  const chain: string[] = [];
  const seen = new Set([id]);
  for (let p = locationsById.get(id)?.within; p !== undefined && !seen.has(p);) {
    chain.push(p);
    seen.add(p);
    p = locationsById.get(p)?.within;
  }
  return chain;
}

/**
 * The place a group of marks stands for, so that choosing the group filters by it: the member
 * that every other member lies within ("Almaty" for Almaty and its buildings), else the nearest
 * place they all lie within if it is not an area (a city holding two buildings). Null when the
 * members share no such place (two towns that happen to be close): the group is then not a
 * place, and choosing it zooms in until it splits.
 */
export function groupPlace(
  memberIds: readonly string[],
  locationsById: ReadonlyMap<string, Location>,
  isArea: (location: Location) => boolean,
): string | null {
  const [first, ...rest] = memberIds;
  if (first === undefined) return null;
  if (rest.length === 0) return first;
  const lineages = memberIds.map((id) => [id, ...enclosingPlaces(id, locationsById)]);
  const common = (lineages[0] ?? []).filter((candidate) =>
    lineages.every((lineage) => lineage.includes(candidate)),
  );
  const nearest = common[0];
  if (nearest === undefined) return null;
  if (memberIds.includes(nearest)) return nearest;
  const place = locationsById.get(nearest);
  return place && !isArea(place) ? nearest : null;
}
