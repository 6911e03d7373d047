/**
 * The generated places: countries → regions → cities → buildings and sites, linked by `within`.
 * Buildings are jittered around their city's centre; busier cities get more of them.
 */
import type { Location } from '../../src/model/schema';
import { COUNTRIES, type CitySeed } from './geography';
import type { Random } from './random';

/** A kind of building or site found in a city, in the order cities acquire them. */
interface BuildingKind {
  slug: string;
  name: string;
  kind: 'building' | 'site';
}

const BUILDING_KINDS: readonly BuildingKind[] = [
  { slug: 'city-hall', name: 'city hall (akimat)', kind: 'building' },
  { slug: 'central-square', name: 'central square', kind: 'site' },
  { slug: 'police-headquarters', name: 'police headquarters', kind: 'building' },
  { slug: 'railway-station', name: 'railway station', kind: 'building' },
  { slug: 'main-bazaar', name: 'main bazaar', kind: 'site' },
  { slug: 'regional-hospital', name: 'regional hospital', kind: 'building' },
  { slug: 'airport', name: 'international airport', kind: 'site' },
  { slug: 'tv-centre', name: 'state TV centre', kind: 'building' },
  { slug: 'university', name: 'state university', kind: 'building' },
  { slug: 'courthouse', name: 'city courthouse', kind: 'building' },
  { slug: 'bus-station', name: 'bus station', kind: 'building' },
  { slug: 'main-avenue', name: 'main avenue', kind: 'site' },
  { slug: 'prosecutors-office', name: "prosecutor's office", kind: 'building' },
  { slug: 'detention-centre', name: 'pre-trial detention centre', kind: 'building' },
  { slug: 'city-park', name: 'city park', kind: 'site' },
  { slug: 'fuel-station', name: 'fuel station on the ring road', kind: 'site' },
];

/** A city with what the event generator needs to place events in and around it. */
export interface CityPlaces {
  city: CitySeed;
  countryId: string;
  countryName: string;
  countryAdjective: string;
  regionId: string;
  buildings: Location[];
}

/** All generated places, and the cities with their buildings for placing events. */
export interface Places {
  locations: Location[];
  cities: CityPlaces[];
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/** How many buildings a city of this weight gets: 3 for a small town, all kinds for the busiest. */
function buildingCount(weight: number): number {
  return Math.min(BUILDING_KINDS.length, 3 + Math.round(weight * 1.3));
}

/** Builds the place tree; the random source only jitters building coordinates. */
export function generatePlaces(random: Random): Places {
  const locations: Location[] = [];
  const cities: CityPlaces[] = [];
  for (const country of COUNTRIES) {
    locations.push({
      id: country.id,
      name: country.name,
      localName: country.localName,
      kind: 'country',
      coordinates: country.centre,
    });
    for (const region of country.regions) {
      locations.push({
        id: region.id,
        name: region.name,
        ...(region.localName ? { localName: region.localName } : {}),
        kind: 'region',
        coordinates: region.centre,
        within: country.id,
      });
      for (const city of region.cities) {
        locations.push({
          id: city.id,
          name: city.name,
          localName: city.localName,
          kind: 'city',
          coordinates: city.centre,
          within: region.id,
        });
        const buildings = BUILDING_KINDS.slice(0, buildingCount(city.weight)).map(
          (building): Location => ({
            id: `${city.id}-${building.slug}`,
            name: `${city.name} ${building.name}`,
            kind: building.kind,
            coordinates: [
              round4(city.centre[0] + random.normal() * 0.02),
              round4(city.centre[1] + random.normal() * 0.015),
            ],
            within: city.id,
          }),
        );
        locations.push(...buildings);
        cities.push({
          city,
          countryId: country.id,
          countryName: country.name,
          countryAdjective: country.adjective,
          regionId: region.id,
          buildings,
        });
      }
    }
  }
  return { locations, cities };
}
