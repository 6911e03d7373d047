/**
 * A Vite plugin that provides `virtual:map-shapes`: the country shapes the map needs for the
 * bundled dataset, cut at build time from Natural Earth (world-atlas, 1:50m) by `shapeCut.ts`,
 * so the app ships a few kilobytes instead of the whole world.
 *
 *   import shipped from 'virtual:map-shapes'; // MapShapes: { topology, frame }
 *
 * A dataset loaded at run time whose places lie outside these shapes makes the map load the
 * whole world (world-atlas 1:110m) as a separate chunk instead and draw it uncut (see
 * `src/map/base/useMapShapes.ts`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { Location } from '../../src/model/schema';
import type { CountryTopology, MapShapes } from '../../src/map/base/mapShapes';
import { coordinatesToShow } from '../../src/map/marks/placeKinds.ts';
import { cutShapes, type CutOptions } from './shapeCut.ts';

/** The id to import. */
export const MAP_SHAPES_MODULE = 'virtual:map-shapes';
const RESOLVED_ID = `\0${MAP_SHAPES_MODULE}`;

/**
 * Detail kept: a point goes when its Visvalingam triangle is under 0.0015 square degrees (about
 * 13 km² at 45°N, a 1.5 km bump on a 17 km stretch), below a pixel at the map's fit; islets under
 * 0.05 square degrees go too. As many points (about 2,600) as the Douglas–Peucker cut it replaces.
 */
export const MAP_CUT: CutOptions = {
  minWeight: 0.0015,
  quantization: 10_000,
  minRingArea: 0.05,
};

/** Where the plugin reads from. */
export interface MapShapesPluginOptions {
  /** Dataset files (chronicle/1 JSON) whose places the map must show, relative to the root. */
  datasets: string[];
  /** The world topology to cut; world-atlas 1:50m countries by default. */
  atlas?: string;
  cut?: CutOptions;
}

/** True for a topology with a `countries` geometry collection, as world-atlas ships. */
export function isCountryTopology(value: unknown): value is CountryTopology {
  if (typeof value !== 'object' || value === null) return false;
  const topology = value as { type?: unknown; objects?: { countries?: { type?: unknown } } };
  return topology.type === 'Topology' && topology.objects?.countries?.type === 'GeometryCollection';
}

/** The coordinates of a dataset file's places that the map must show (see `placeKinds.ts`). */
export function datasetCoordinates(datasetJson: unknown): [number, number][] {
  const locations =
    typeof datasetJson === 'object' && datasetJson !== null && 'locations' in datasetJson
      ? datasetJson.locations
      : [];
  if (!Array.isArray(locations)) return [];
  const usable = locations.filter(
    (l): l is Pick<Location, 'kind' | 'coordinates'> =>
      typeof l === 'object' &&
      l !== null &&
      typeof (l as { kind?: unknown }).kind === 'string' &&
      Array.isArray((l as { coordinates?: unknown }).coordinates),
  );
  return coordinatesToShow(usable);
}

/** The shapes for the places of `datasets` (parsed JSON), cut from `world`. */
export function shapesForDatasets(
  world: CountryTopology,
  datasets: readonly unknown[],
  cut: CutOptions = MAP_CUT,
): MapShapes {
  return cutShapes(world, datasets.flatMap(datasetCoordinates), cut);
}

/** The module `virtual:map-shapes` for the dataset files and atlas at these paths. */
export function mapShapesModule(
  datasetFiles: readonly string[],
  atlasFile: string,
  cut: CutOptions = MAP_CUT,
): string {
  const world: unknown = JSON.parse(readFileSync(atlasFile, 'utf8'));
  if (!isCountryTopology(world)) throw new Error(`${atlasFile} is not a world-atlas topology`);
  const datasets = datasetFiles.map((file): unknown => JSON.parse(readFileSync(file, 'utf8')));
  const shapes = shapesForDatasets(world, datasets, cut);
  // JSON.parse of a string literal is quicker for engines to load than an object literal.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(shapes))});\n`;
}

/** The plugin; register it in vite.config.ts. */
export function mapShapesPlugin(options: MapShapesPluginOptions): Plugin {
  let root = process.cwd();
  let code: string | null = null;
  const atlas =
    options.atlas ?? createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const files = () => options.datasets.map((file) => resolve(root, file));
  return {
    name: 'chronicle-map-shapes',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === MAP_SHAPES_MODULE ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of files()) this.addWatchFile(file);
      code ??= mapShapesModule(files(), atlas, options.cut);
      return code;
    },
    handleHotUpdate({ file }) {
      if (files().includes(file)) code = null;
    },
  };
}
