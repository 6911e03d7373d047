/**
 * TopoJSON arcs in and out of their compact form: quantized to integers and delta-encoded
 * (https://github.com/topojson/topojson-specification#214-arcs).
 */
import type { Position } from 'geojson';
import type { Arc, Topology, Transform } from 'topojson-specification';
import type { LonLatBox } from './lonLatBox';

/** Every arc of `topology` as absolute positions (degrees for world-atlas). */
export function decodeArcs(topology: Topology): Position[][] {
  const { transform } = topology;
  if (!transform) return topology.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([ix = 0, iy = 0]) => {
      x += ix;
      y += iy;
      return [x * kx + dx, y * ky + dy];
    });
  });
}

/** Quantized, delta-encoded arcs and the transform that reads them back. */
export interface EncodedArcs {
  transform: Transform;
  arcs: Arc[];
}

/**
 * `arcs` snapped to a `quantization` × `quantization` grid over `box` and delta-encoded. Points
 * that snap onto the one before are dropped, but every arc keeps at least two points, so the
 * topology's joins stay where they were.
 */
export function encodeArcs(
  arcs: readonly (readonly Position[])[],
  box: LonLatBox,
  quantization: number,
): EncodedArcs {
  const kx = (box.east - box.west) / (quantization - 1) || 1;
  const ky = (box.north - box.south) / (quantization - 1) || 1;
  const encoded = arcs.map((arc) => {
    const out: Arc = [];
    let px = 0;
    let py = 0;
    arc.forEach(([lon = 0, lat = 0], i) => {
      const x = Math.round((lon - box.west) / kx);
      const y = Math.round((lat - box.south) / ky);
      const isLast = i === arc.length - 1;
      if (i > 0 && x === px && y === py && !(isLast && out.length < 2)) return;
      out.push(i === 0 ? [x, y] : [x - px, y - py]);
      px = x;
      py = y;
    });
    return out;
  });
  return {
    transform: { scale: [kx, ky], translate: [box.west, box.south] },
    arcs: encoded,
  };
}
