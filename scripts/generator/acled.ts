/**
 * An ACLED-shaped export (the 31 columns of March 2023 on) of generated events, for measuring the
 * ACLED importer at the size of a real world-wide export: January 2024 to May 2025 held 483,634
 * rows. Rows spread over that period and over 60 countries with 40 places each, with ACLED's event
 * and sub-event types in roughly its proportions, a few hundred actors, mostly day-precise dates
 * (some to the week or month), mostly no fatalities, and a note of a sentence or two. The same
 * seed gives the same file. Nothing here is real.
 */
import { ACLED_HEADER, toCsv } from '../../src/formats/fixtures';
import { createRandom, type Random } from './random';

type AcledRow = Partial<Record<(typeof ACLED_HEADER)[number], string>>;

const START = Date.UTC(2024, 0, 1);
const DAYS = 517; // 1 January 2024 to 31 May 2025
const COUNTRIES = 60;
const PLACES_PER_COUNTRY = 40;

const EVENT_TYPES: readonly [string, string, string, number][] = [
  ['Demonstrations', 'Protests', 'Peaceful protest', 36],
  ['Demonstrations', 'Protests', 'Protest with intervention', 3],
  ['Demonstrations', 'Riots', 'Violent demonstration', 6],
  ['Demonstrations', 'Riots', 'Mob violence', 3],
  ['Political violence', 'Battles', 'Armed clash', 14],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 12],
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike', 7],
  ['Political violence', 'Violence against civilians', 'Attack', 8],
  ['Strategic developments', 'Strategic developments', 'Looting/property destruction', 3],
  ['Strategic developments', 'Strategic developments', 'Arrests', 4],
  ['Strategic developments', 'Strategic developments', 'Agreement', 1],
  ['Strategic developments', 'Strategic developments', 'Headquarters or base established', 1],
];
const WEIGHTS = EVENT_TYPES.map((type) => type[3]);
const INTER = ['State forces', 'Rebel group', 'Political militia', 'Identity militia'];
const SYLLABLES = ['ka', 'ra', 'mo', 'ne', 'lu', 'sa', 'ti', 'bo', 'de', 'vi', 'an', 'or', 'es'];
const WORDS = [
  'residents',
  'gathered',
  'outside',
  'the',
  'municipal',
  'building',
  'to',
  'demand',
  'wages',
  'police',
  'dispersed',
  'crowd',
  'reported',
  'forces',
  'clashed',
  'with',
  'near',
  'market',
  'airport',
  'checkpoint',
  'village',
  'killed',
  'injured',
  'arrested',
  'students',
  'workers',
  'farmers',
  'over',
  'fuel',
  'prices',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const SOURCES = ['Reuters', 'AFP', 'Local media', 'Twitter', 'Xinhua', 'Al Jazeera', 'BBC'];

function name(random: Random, syllables: number): string {
  const text = Array.from({ length: syllables }, () => random.pick(SYLLABLES)).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface Country {
  name: string;
  iso: string;
  lat: number;
  lon: number;
  regions: string[];
  places: string[];
  actors: string[];
}

function countries(random: Random): Country[] {
  return Array.from({ length: COUNTRIES }, (_, i) => ({
    name: `${name(random, 3)}ia`,
    iso: String(100 + i),
    lat: random.int(-35, 55),
    lon: random.int(-100, 140),
    regions: Array.from({ length: 6 }, () => name(random, 2)),
    places: Array.from({ length: PLACES_PER_COUNTRY }, () => name(random, random.int(2, 3))),
    actors: [
      ...['Military Forces', 'Police Forces'].map((force) => `${force} of ${name(random, 3)}ia`),
      ...Array.from({ length: 3 }, () => `${name(random, 2)} Militia`),
    ],
  }));
}

/** `events` ACLED rows from `seed`, with the header, as the CSV text ACLED's export gives. */
export function generateAcledCsv({ events, seed }: { events: number; seed: number }): string {
  const random = createRandom(seed);
  const world = countries(random);
  const rows: AcledRow[] = [];
  for (let i = 0; i < events; i += 1) {
    const country = random.pick(world);
    const [disorder, eventType, subType] = random.weighted(EVENT_TYPES, WEIGHTS);
    const place = random.int(0, PLACES_PER_COUNTRY - 1);
    const day = new Date(START + random.int(0, DAYS - 1) * 86_400_000);
    const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
    const protest = disorder === 'Demonstrations';
    const actor1 = protest
      ? `${eventType === 'Riots' ? 'Rioters' : 'Protesters'} (${country.name})`
      : random.pick(country.actors);
    const actor2 = protest ? random.pick(country.actors.slice(0, 2)) : random.pick(country.actors);
    const fatalities = protest ? (random.chance(0.03) ? random.int(1, 5) : 0) : random.int(0, 12);
    const words = Array.from({ length: random.int(12, 30) }, () => random.pick(WORDS)).join(' ');
    rows.push({
      event_id_cnty: `${country.iso}X${i}`,
      event_date: `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`,
      year: String(y),
      time_precision: random.weighted(['1', '2', '3'], [90, 8, 2]),
      disorder_type: disorder,
      event_type: eventType,
      sub_event_type: subType,
      actor1,
      inter1: protest ? (eventType === 'Riots' ? 'Rioters' : 'Protesters') : random.pick(INTER),
      actor2,
      inter2: 'State forces',
      interaction: '',
      iso: country.iso,
      region: 'World',
      country: country.name,
      admin1: country.regions[place % country.regions.length] ?? '',
      location: country.places[place] ?? '',
      latitude: (country.lat + ((place * 37) % 100) / 25).toFixed(4),
      longitude: (country.lon + ((place * 53) % 100) / 25).toFixed(4),
      geo_precision: random.weighted(['1', '2', '3'], [80, 15, 5]),
      source: random.sample(SOURCES, random.int(1, 2)).join('; '),
      source_scale: 'National',
      notes: `On ${d} ${MONTHS[m - 1] ?? ''} ${y}, ${words}.`,
      fatalities: String(fatalities),
      timestamp: String(1_717_200_000 + random.int(0, 30_000_000)),
    });
  }
  return toCsv(ACLED_HEADER, rows);
}
