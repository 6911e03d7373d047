/**
 * The generated actors: per country its government, ministries and forces; per city its police,
 * administration and protesters; foreign states and alliances; organisations and media; and enough
 * named (made-up) people to bring the total to about 300, each a member of some body.
 */
import type { Actor } from '../../src/model/schema';
import { FAMILY_NAMES, GIVEN_NAMES } from './names';
import type { CityPlaces } from './places';
import type { Random } from './random';

/** The actors of one city, and of its country, that events there draw on. */
export interface LocalActors {
  police: string;
  administration: string;
  protesters: string;
  interiorMinistry: string;
  healthMinistry: string;
  nationalGuard: string;
  military: string;
  government: string;
  prosecutor: string;
  /** People in this city's bodies (spokespeople, officials, activists). */
  people: string[];
  /** Who may put a figure on casualties here: ministries, police, spokespeople, aid groups. */
  claimants: string[];
}

/** All generated actors, with lookups for placing them in events. */
export interface Actors {
  actors: Actor[];
  /** By city id. */
  local: Map<string, LocalActors>;
  /** Foreign states and alliances, for "international" events. */
  foreign: string[];
  /** Organisations and media, for any event. */
  civil: string[];
}

/** About how many actors a dataset has; people fill the gap left by the bodies. */
const TARGET_ACTORS = 300;

const FOREIGN: readonly [string, string, Actor['kind']][] = [
  ['csto', 'Collective Security Treaty Organization', 'alliance'],
  ['eurasian-economic-union', 'Eurasian Economic Union', 'alliance'],
  ['european-union', 'European Union', 'alliance'],
  ['united-nations', 'United Nations', 'alliance'],
  ['osce', 'OSCE', 'alliance'],
  ['russia', 'Russia', 'country'],
  ['china', 'China', 'country'],
  ['united-states', 'United States', 'country'],
  ['turkey', 'Turkey', 'country'],
  ['iran', 'Iran', 'country'],
];

const CIVIL: readonly [string, string, Actor['kind']][] = [
  ['oil-workers-union', "Independent oil workers' union", 'organization'],
  ['human-rights-bureau', 'Central Asian human rights bureau', 'organization'],
  ['democratic-choice', 'Democratic Choice movement', 'organization'],
  ['drivers-association', "Drivers' association", 'organization'],
  ['students-council', "Students' council", 'organization'],
  ['mothers-committee', "Committee of soldiers' mothers", 'organization'],
  ['legal-aid-network', 'Legal aid network', 'organization'],
  ['internet-freedom-group', 'Internet freedom group', 'organization'],
  ['national-oil-company', 'National oil company', 'organization'],
  ['red-crescent', 'Red Crescent society', 'organization'],
  ['steppe-independent-tv', 'Steppe Independent TV', 'media'],
  ['state-news-channel', 'State news channel', 'media'],
  ['fergana-valley-review', 'Fergana Valley Review', 'media'],
  ['mountain-radio', 'Mountain Radio', 'media'],
];

/** Civil groups that also count casualties. */
const CIVIL_CLAIMANTS = ['human-rights-bureau', 'red-crescent'];

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type National = Omit<
  LocalActors,
  'police' | 'administration' | 'protesters' | 'people' | 'claimants'
>;

/** The government, ministries and forces of one country. */
function nationalActors(place: CityPlaces, add: (actor: Actor) => string): National {
  const c = place.countryId;
  const adjective = place.countryAdjective;
  const government = add({
    id: `${c}-government`,
    name: `Government of ${place.countryName}`,
    kind: 'government',
  });
  const memberOf = [government];
  const interiorMinistry = add({
    id: `${c}-interior-ministry`,
    name: `${adjective} interior ministry`,
    kind: 'government',
    memberOf,
  });
  return {
    government,
    interiorMinistry,
    healthMinistry: add({
      id: `${c}-health-ministry`,
      name: `${adjective} health ministry`,
      kind: 'government',
      memberOf,
    }),
    prosecutor: add({
      id: `${c}-prosecutor-general`,
      name: `${adjective} prosecutor general's office`,
      kind: 'government',
      memberOf,
    }),
    nationalGuard: add({
      id: `${c}-national-guard`,
      name: `${adjective} national guard`,
      kind: 'security-forces',
      memberOf: [interiorMinistry],
    }),
    military: add({
      id: `${c}-armed-forces`,
      name: `${adjective} armed forces`,
      kind: 'military',
      memberOf,
    }),
  };
}

/** The police, administration and protesters of one city. */
function cityActors(
  place: CityPlaces,
  national: National,
  add: (actor: Actor) => string,
): LocalActors {
  const id = place.city.id;
  const name = place.city.name;
  const police = add({
    id: `${id}-police`,
    name: `${name} police`,
    kind: 'security-forces',
    memberOf: [national.interiorMinistry],
  });
  return {
    ...national,
    police,
    administration: add({
      id: `${id}-administration`,
      name: `${name} city administration`,
      kind: 'government',
      memberOf: [national.government],
    }),
    protesters: add({
      id: `${id}-protesters`,
      name: `Protesters in ${name}`,
      kind: 'protesters',
      description: `Demonstrators in ${name}, as the reports call them.`,
    }),
    people: [],
    claimants: [
      police,
      national.interiorMinistry,
      national.healthMinistry,
      national.prosecutor,
      ...CIVIL_CLAIMANTS,
    ],
  };
}

/** Builds the actors for the given cities; people's names and memberships come from `random`. */
export function generateActors(random: Random, cities: readonly CityPlaces[]): Actors {
  const actors: Actor[] = [];
  const add = (actor: Actor) => {
    actors.push(actor);
    return actor.id;
  };
  const countries = new Map<string, National>();
  const local = new Map<string, LocalActors>();
  const bodies: [string, LocalActors][] = [];
  for (const place of cities) {
    const national = countries.get(place.countryId) ?? nationalActors(place, add);
    countries.set(place.countryId, national);
    const here = cityActors(place, national, add);
    local.set(place.city.id, here);
    bodies.push([place.city.name, here]);
  }
  const foreign = FOREIGN.map(([id, name, kind]) => add({ id, name, kind }));
  const civil = CIVIL.map(([id, name, kind]) => add({ id, name, kind }));

  const taken = new Set(actors.map((actor) => actor.id));
  while (actors.length < TARGET_ACTORS) {
    const name = `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
    let id = slug(name);
    for (let n = 2; taken.has(id); n++) id = `${slug(name)}-${n}`;
    taken.add(id);
    const [cityName, city] = random.pick(bodies);
    const [role, body] = random.weighted(
      [
        ['police spokesperson', city.police],
        ['city official', city.administration],
        ['protest organiser', city.protesters],
        ['ministry spokesperson', city.interiorMinistry],
        ['activist', random.pick(civil)],
      ] as const,
      [3, 2, 3, 1, 2],
    );
    add({ id, name, kind: 'person', description: `A ${role} in ${cityName}.`, memberOf: [body] });
    city.people.push(id);
    if (role.endsWith('spokesperson')) city.claimants.push(id);
  }
  return { actors, local, foreign, civil };
}
