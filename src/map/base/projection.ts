/**
 * The map's projection: Albers equal-area conic, centred on and fitted to what the map must show.
 * Equal-area, so marks sized by area compare fairly; conic with standard parallels at one sixth
 * and five sixths of the latitude span (the usual rule), so a mid-latitude country such as
 * Kazakhstan keeps its shape.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import { geoBounds, geoConicEqualArea } from 'd3';
import type { LonLatBox } from './lonLatBox';

/** Width and height in CSS pixels. */
export interface Size {
  width: number;
  height: number;
}

/** The central meridian and standard parallels of a conic projection suited to `box`. */
export function conicParameters(box: LonLatBox): { rotate: number; parallels: [number, number] } {
  const span = box.north - box.south;
  return {
    rotate: -(box.west + box.east) / 2,
    parallels: [box.south + span / 6, box.north - span / 6],
  };
}

/** The bounding box of a GeoJSON object; one crossing the antimeridian is unwrapped eastwards. */
export function boundsOf(target: GeoPermissibleObjects): LonLatBox {
  const [[west, south], [east, north]] = geoBounds(target);
  return { west, south, east: east < west ? east + 360 : east, north };
}

/**
 * An equal-area conic projection that fits `target` into `size`, leaving `padding` pixels on
 * every side (for marks and labels at the edges), and clipped to `size`: the map's zoom never
 * shows beyond the unzoomed view (see `useMapZoom`), so nothing outside it is drawn, and the whole
 * world at 1:110m can be drawn as it is.
 */
export function fitProjection(
  target: GeoPermissibleObjects,
  size: Size,
  padding: number,
): GeoProjection {
  const { rotate, parallels } = conicParameters(boundsOf(target));
  const pad = Math.min(padding, size.width / 4, size.height / 4);
  return geoConicEqualArea()
    .rotate([rotate, 0])
    .parallels(parallels)
    .fitExtent(
      [
        [pad, pad],
        [size.width - pad, size.height - pad],
      ],
      target,
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
}

/** The map's height for a width: a landscape view between 220 and 460 pixels high. */
export function mapHeightFor(width: number): number {
  return Math.round(Math.min(460, Math.max(220, width / 1.3)));
}
