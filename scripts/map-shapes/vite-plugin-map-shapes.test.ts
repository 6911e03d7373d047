import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-2022-01.json';
import { countryFeatures, type MapShapes } from '../../src/map/base/mapShapes';
import {
  MAP_SHAPES_MODULE,
  datasetCoordinates,
  isCountryTopology,
  mapShapesModule,
  mapShapesPlugin,
} from './vite-plugin-map-shapes';

const atlas50m = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');

/** The shapes a module's code exports. */
function shapesOf(code: string): MapShapes {
  const match = /^export default JSON\.parse\((.*)\);\n$/s.exec(code);
  if (!match?.[1]) throw new Error('unexpected module code');
  return JSON.parse(JSON.parse(match[1]) as string) as MapShapes;
}

describe('datasetCoordinates', () => {
  it('takes the coordinates of the points a dataset file needs, countries left out', () => {
    const points = datasetCoordinates(bundled);
    expect(points).toHaveLength(bundled.locations.filter((l) => l.kind !== 'country').length);
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

  it('holds Kazakhstan and its neighbours, with every point place inside Kazakhstan', () => {
    const names = countries.map((c) => c.name);
    for (const name of [
      'Kazakhstan',
      'Russia',
      'China',
      'Kyrgyzstan',
      'Uzbekistan',
      'Turkmenistan',
    ]) {
      expect(names).toContain(name);
    }
    const kazakhstan = countries.find((c) => c.name === 'Kazakhstan');
    for (const [lon = 0, lat = 0] of datasetCoordinates(bundled)) {
      expect(geoContains(kazakhstan?.feature ?? { type: 'Sphere' }, [lon, lat])).toBe(true);
    }
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
