import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-2022-01.json';
import world50mJson from 'world-atlas/countries-50m.json';
import {
  countryFeatures,
  type CountryTopology,
  type MapShapes,
} from '../../src/map/base/mapShapes';
import {
  MAP_SHAPES_MODULE,
  datasetCoordinates,
  isCountryTopology,
  mapShapesModule,
  mapShapesPlugin,
  shapesForDatasets,
} from './vite-plugin-map-shapes';

const atlas50m = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
const world50m = world50mJson as unknown as CountryTopology;

/** The shapes a module's code exports. */
function shapesOf(code: string): MapShapes {
  const match = /^export default JSON\.parse\((.*)\);\n$/s.exec(code);
  if (!match?.[1]) throw new Error('unexpected module code');
  return JSON.parse(JSON.parse(match[1]) as string) as MapShapes;
}

describe('datasetCoordinates', () => {
  it('takes the coordinates of the points a dataset file needs, countries and unplaced left out', () => {
    const points = datasetCoordinates(bundled);
    expect(points).toHaveLength(
      bundled.locations.filter((l) => l.kind !== 'country' && 'coordinates' in l).length,
    );
    expect(points).toContainEqual([76.9286, 43.2567]);
    expect(points).not.toContainEqual([105.3188, 61.524]); // Russia is listed, not drawn
  });

  it('is empty for a file that is not a dataset', () => {
    expect(datasetCoordinates(null)).toEqual([]);
    expect(datasetCoordinates({ locations: 'none' })).toEqual([]);
    expect(datasetCoordinates({ locations: [{ kind: 1 }] })).toEqual([]);
  });
});

describe('isCountryTopology', () => {
  it('accepts a topology with countries and nothing else', () => {
    expect(
      isCountryTopology({
        type: 'Topology',
        objects: { countries: { type: 'GeometryCollection', geometries: [] } },
        arcs: [],
      }),
    ).toBe(true);
    expect(isCountryTopology({ type: 'FeatureCollection' })).toBe(false);
    expect(isCountryTopology('Topology')).toBe(false);
  });
});

describe('the map shapes module for the bundled story', () => {
  const code = mapShapesModule(['data/kazakhstan-2022-01.json'], atlas50m);
  const shapes = shapesOf(code);
  const countries = countryFeatures(shapes.topology);

  it('ships a few kilobytes, not the world', () => {
    expect(gzipSync(code).length).toBeLessThan(12_000);
  });

  it('holds the cut of the bundled story’s places (shapeCut.test.ts checks what is in it)', () => {
    expect(shapes).toEqual(shapesForDatasets(world50m, [bundled]));
    expect(countries.map((c) => c.name)).toContain('Kazakhstan');
  });

  it('is what the plugin serves as virtual:map-shapes', () => {
    const plugin = mapShapesPlugin({ datasets: ['data/kazakhstan-2022-01.json'] });
    const resolveId = plugin.resolveId;
    const resolve = typeof resolveId === 'function' ? resolveId : resolveId?.handler;
    expect(resolve?.call({} as never, MAP_SHAPES_MODULE, undefined, {} as never)).toBe(
      `\0${MAP_SHAPES_MODULE}`,
    );
  });
});
