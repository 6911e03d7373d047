import { useEffect, useMemo, useState } from 'react';
import type { Position } from 'geojson';
import shipped from 'virtual:map-shapes';
import { boxContainsBox } from './lonLatBox';
import {
  countryFeatures,
  frameFor,
  WHOLE_WORLD,
  type CountryTopology,
  type MapShapes,
} from './mapShapes';

/** Where the map's shapes are: ready, on their way, or unavailable (with why). */
export type MapShapesLoad =
  | { status: 'ready'; shapes: MapShapes }
  | { status: 'loading' }
  | { status: 'failed'; message: string };

/** Degrees the needed frame may overrun the shipped one (simplification moves borders a little). */
const FRAME_TOLERANCE = 0.5;

/**
 * True when `shapes` show everything `points` need: the countries they lie in, padded as the cut
 * pads them, fall within the frame the shapes were cut to.
 */
export function shapesCover(shapes: MapShapes, points: readonly Position[]): boolean {
  const needed = frameFor(countryFeatures(shapes.topology), points);
  return needed === null || boxContainsBox(shapes.frame, needed, FRAME_TOLERANCE);
}

/** The whole world at 1:110m, drawn as it is: the projection fits and clips it (see projection.ts). */
function worldShapes(world: CountryTopology): MapShapes {
  return { topology: world, frame: WHOLE_WORLD };
}

/**
 * The shapes for a dataset's points: those cut at build time when they cover the points (the
 * bundled story), else the whole world at 1:110m, loaded on demand as its own chunk.
 * `points` should keep its identity between renders (memoise it): checking coverage takes a few
 * milliseconds.
 */
export function useMapShapes(points: readonly Position[]): MapShapesLoad {
  const covered = useMemo(() => shapesCover(shipped, points), [points]);
  const [world, setWorld] = useState<MapShapesLoad | null>(null);

  useEffect(() => {
    if (covered) return;
    let cancelled = false;
    import('world-atlas/countries-110m.json')
      .then((module) => {
        if (cancelled) return;
        // world-atlas's JSON types its arcs as plain number arrays; the data is a country topology.
        const topology = module.default as unknown as CountryTopology;
        setWorld({ status: 'ready', shapes: worldShapes(topology) });
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        setWorld({ status: 'failed', message });
      });
    return () => {
      cancelled = true;
    };
  }, [covered]);

  if (covered) return { status: 'ready', shapes: shipped };
  return world ?? { status: 'loading' };
}
