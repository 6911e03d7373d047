/**
 * One generated event: a moment (in a burst or the background), a place in or near a city, the
 * local actors, categories from the burst's themes, sometimes casualty figures, and one to three
 * citations with quotes in the source's language.
 */
import {
  CATEGORIES,
  type Category,
  type ChronicleEvent,
  type EventActor,
  type Location,
} from '../../src/model/schema';
import type { Actors, LocalActors } from './actors';
import { drawCasualties } from './casualties';
import type { CityPlaces } from './places';
import type { Random } from './random';
import { drawCitations, SOURCE_IDS } from './citations';
import { fillTemplate, TEXTS } from './texts';
import { drawEventTime, drawMoment } from './times';

/** What every event draws on: the places and actors of the dataset. */
export interface EventWorld {
  cities: readonly CityPlaces[];
  cityWeights: readonly number[];
  citiesById: ReadonlyMap<string, CityPlaces>;
  /** The first building of every city, for events that name a second place elsewhere. */
  landmarks: readonly Location[];
  actors: Actors;
  actorNames: ReadonlyMap<string, string>;
}

/** An event before it gets its id (ids follow time order), with its instant for sorting. */
export interface DraftEvent {
  ms: number;
  event: Omit<ChronicleEvent, 'id'>;
  slug: string;
}

const ROLES: Partial<Record<Category, string>> = {
  protest: 'gathered',
  violence: 'clashed',
  'security-operation': 'dispersed the crowd',
  policy: 'issued the decree',
  politics: 'made a statement',
  international: 'responded',
};

function drawCategories(random: Random, themes: readonly Category[] | null, casualties: boolean) {
  const first: Category = themes ? random.pick(themes) : random.pick(CATEGORIES);
  const chosen = new Set<Category>([first]);
  const extra = random.weighted([0, 1, 2], [5, 4, 1]);
  for (let i = 0; i < extra; i++) chosen.add(random.pick(CATEGORIES));
  if (casualties && random.chance(0.5)) chosen.add('casualties');
  return [...chosen];
}

/** Who leads an event of each main category, among the actors of its city. */
function leadActor(random: Random, main: Category, local: LocalActors, world: EventWorld): string {
  switch (main) {
    case 'protest':
    case 'violence':
    case 'background':
      return local.protesters;
    case 'security-operation':
      return random.pick([local.police, local.nationalGuard, local.military]);
    case 'policy':
    case 'economy':
      return random.pick([local.administration, local.government]);
    case 'politics':
      return local.people.length > 0 ? random.pick(local.people) : local.government;
    case 'international':
      return random.pick(world.actors.foreign);
    case 'communications':
      return local.interiorMinistry;
    case 'casualties':
      return random.pick([local.healthMinistry, local.police]);
  }
}

/** The event's actors: its lead (with a role) and up to three others from the city or civil society. */
function drawActors(
  random: Random,
  main: Category,
  local: LocalActors,
  world: EventWorld,
): EventActor[] {
  if (random.chance(0.08)) return [];
  const lead = leadActor(random, main, local, world);
  const pool = [local.protesters, local.police, local.administration, ...local.people];
  const others = random.sample(pool, random.weighted([0, 1, 2], [4, 4, 2]));
  if (random.chance(0.1)) others.push(random.pick(world.actors.civil));
  const role = ROLES[main];
  return [...new Set([lead, ...others])].map((actor, i) =>
    i === 0 && role ? { actor, role } : { actor },
  );
}

/** Draws one event (without its id). */
export function drawEvent(random: Random, world: EventWorld): DraftEvent {
  const { ms, burst } = drawMoment(random);
  const focus =
    burst && random.chance(0.7) ? world.citiesById.get(random.pick(burst.focusCities)) : undefined;
  const place = focus ?? random.weighted(world.cities, world.cityWeights);
  const local = world.actors.local.get(place.city.id);
  if (!local) throw new Error(`no actors for city ${place.city.id}`);
  const time = drawEventTime(random, ms, burst !== null);

  const where = random.weighted(['building', 'city', 'region', 'country'] as const, [55, 35, 5, 5]);
  const building = place.buildings.length > 0 ? random.pick(place.buildings) : undefined;
  const primary =
    where === 'building' && building
      ? building.id
      : where === 'region'
        ? place.regionId
        : where === 'country'
          ? place.countryId
          : place.city.id;
  const locations = [primary];
  if (random.chance(0.15)) {
    const others =
      random.chance(0.5) && place.buildings.length > 0 ? place.buildings : world.landmarks;
    const other = random.pick(others);
    if (other.id !== primary) locations.push(other.id);
  }
  const placeName = where === 'building' && building ? building.name : place.city.name;

  const hasCasualties = random.chance(0.15);
  const categories = drawCategories(random, burst ? burst.themes : null, hasCasualties);
  const main = categories[0] ?? 'background';
  const actors = drawActors(random, main, local, world);
  const firstActor = actors[0] ? world.actorNames.get(actors[0].actor) : undefined;

  const texts = TEXTS[main];
  const n = String(random.int(3, 400));
  const values = { place: placeName, city: place.city.name, actor: firstActor ?? 'People', n };
  const slug = `${place.city.id}-${main}`;
  const casualties = hasCasualties
    ? drawCasualties(random, {
        groups: [local.protesters, local.police],
        claimants: local.claimants,
        sources: SOURCE_IDS,
        asOf: 'start' in time ? (time.end.at ?? '') : (time.at ?? time.notAfter ?? ''),
      })
    : [];
  return {
    ms,
    slug,
    event: {
      title: fillTemplate(random.pick(texts.titles), values),
      summary: fillTemplate(random.pick(texts.summaries), values),
      time,
      actors,
      locations,
      categories,
      casualties,
      citations: drawCitations(random, slug, random.pick(texts.quotes), place),
    },
  };
}
