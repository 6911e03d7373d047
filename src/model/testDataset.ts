/**
 * The one test dataset of the unit and component tests, and tools for breaking a copy of it at a
 * path. Twelve events of the January 2022 unrest in Kazakhstan, as reported in a made-up article
 * of 6 January: every kind of reference and every form of time (bounds, `after`, a former id, a
 * parallel chain of reporting, a place without coordinates), nested places (building → city →
 * country), several categories and quotes in Norwegian, Russian and French. The facts are
 * simplified; it is test data, not a source.
 *
 * The first four actors, places, sources and events are the complete example that ends
 * docs/data-format.md (dataFormatDoc.test.ts keeps the two the same); the validation tests
 * break them by position.
 */
import type { Dataset } from './schema';
import type { ValidationProblem } from './validationProblem';
import { validateDataset } from './validate';
import { eventLabel } from './validationMessages';

/** A fresh copy of the test dataset (tests may change it freely). */
export function makeTestDataset(): Dataset {
  return {
    format: 'chronicle/2',
    id: 'test-unrest',
    title: 'Unrest in Kazakhstan (test)',
    summary: 'Made up, to exercise every part of the format.',
    language: 'en',
    timeZone: 'Asia/Almaty',
    published: {
      date: '2022-01-06',
      source: 'daily-paper',
      basis: 'The date printed under the headline.',
    },
    actors: [
      { id: 'government', name: 'The government', kind: 'government' },
      { id: 'police', name: 'Police', kind: 'security-forces', memberOf: ['government'] },
      {
        id: 'protesters',
        name: 'Protesters',
        kind: 'protesters',
        description: 'People gathered in the main square.',
      },
      { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person' },
      { id: 'security-forces', name: 'Security forces', kind: 'security-forces' },
      { id: 'csto', name: 'Collective Security Treaty Organization', kind: 'alliance' },
    ],
    locations: [
      {
        id: 'kazakhstan',
        name: 'Kazakhstan',
        localName: 'Қазақстан',
        kind: 'country',
        coordinates: [66.9, 48.0],
      },
      {
        id: 'almaty',
        name: 'Almaty',
        localName: 'Алматы',
        kind: 'city',
        coordinates: [76.9, 43.2],
        within: 'kazakhstan',
      },
      {
        id: 'square',
        name: 'Republic Square',
        kind: 'site',
        coordinates: [76.945, 43.238],
        within: 'almaty',
      },
      {
        id: 'police-station',
        name: 'A police station (which one is not given)',
        kind: 'building',
        within: 'almaty',
      },
      {
        id: 'almaty-city-hall',
        name: 'City hall',
        localName: 'Әкімдік',
        kind: 'building',
        coordinates: [76.95, 43.24],
        within: 'almaty',
      },
      {
        id: 'almaty-airport',
        name: 'Almaty International Airport',
        kind: 'site',
        coordinates: [77.04, 43.35],
        within: 'almaty',
      },
      {
        id: 'zhanaozen',
        name: 'Zhanaozen',
        localName: 'Жаңаөзен',
        kind: 'city',
        coordinates: [52.8, 43.34],
        within: 'kazakhstan',
      },
      {
        id: 'nur-sultan',
        name: 'Nur-Sultan',
        kind: 'city',
        coordinates: [71.45, 51.17],
        within: 'kazakhstan',
      },
    ],
    sources: [
      {
        id: 'daily-paper',
        name: 'Daily Paper',
        kind: 'newspaper',
        url: 'https://example.com/2022/01/06/unrest',
        author: 'A. Writer',
        date: '2022-01-06',
        language: 'nb',
      },
      { id: 'wire', name: 'Wire Agency', kind: 'news-agency' },
      { id: 'ministry', name: 'Ministry of Health', kind: 'official', url: 'http://example.org/' },
      { id: 'second-agency', name: 'Second Agency', kind: 'news-agency' },
      { id: 'reuters', name: 'Reuters', kind: 'news-agency', language: 'en' },
      { id: 'tengrinews', name: 'Tengrinews', kind: 'news-agency', language: 'ru' },
      { id: 'akorda', name: 'Akorda', kind: 'official', language: 'ru' },
      { id: 'le-monde', name: 'Le Monde', kind: 'newspaper', language: 'fr' },
    ],
    events: [
      {
        id: 'square-protest',
        title: 'Protest in Republic Square',
        summary: 'Thousands gather in the square against the fuel price rise.',
        time: {
          at: '2022-01-04',
          basis: '"tirsdag" in an article of Thursday 6 January 2022',
        },
        actors: [{ actor: 'protesters', role: 'marchers' }],
        locations: ['square'],
        categories: ['protest'],
        casualties: [],
        citations: [
          {
            source: 'daily-paper',
            quote: {
              original: 'Tusenvis demonstrerte på plassen.',
              language: 'nb',
              translation: 'Thousands demonstrated in the square.',
            },
          },
        ],
      },
      {
        id: 'square-cleared',
        title: 'Police clear the square',
        summary: 'Police clear the square overnight; the ministry reports deaths.',
        time: {
          start: { at: '2022-01-05T02:00+06:00', approximate: true },
          end: { at: '2022-01-05T05:30+06:00', approximate: true },
          basis: 'Times given by the wire agency.',
        },
        actors: [{ actor: 'police' }, { actor: 'protesters' }],
        locations: ['square', 'almaty'],
        categories: ['violence', 'security-operation', 'casualties'],
        casualties: [
          {
            kind: 'killed',
            group: 'protesters',
            count: { min: 8, max: 8, approximate: false, text: 'eight' },
            asOf: '2022-01-05',
            claimedBy: 'government',
            sources: ['ministry', 'daily-paper'],
          },
          {
            kind: 'injured',
            group: 'unspecified',
            count: { min: 24, max: null, approximate: true, text: 'dozens' },
            asOf: '2022-01-05T12:00+06:00',
            claimedBy: null,
            sources: ['daily-paper'],
          },
        ],
        citations: [
          {
            source: 'daily-paper',
            url: 'https://example.com/2022/01/06/unrest#update',
            via: ['ministry', 'wire'],
            quote: {
              original: 'Åtte mennesker ble drept, ifølge helsedepartementet.',
              language: 'nb',
              translation: 'Eight people were killed, according to the health ministry.',
            },
          },
        ],
      },
      {
        id: 'state-of-emergency',
        title: 'State of emergency',
        summary: 'The government declares a state of emergency for the month.',
        time: {
          at: '2022-01',
          basis: 'The decree names the month only.',
        },
        actors: [{ actor: 'government', role: 'declares' }],
        locations: ['kazakhstan'],
        categories: ['policy', 'politics'],
        casualties: [],
        citations: [{ source: 'daily-paper' }, { source: 'wire' }],
      },
      {
        id: 'station-attacked',
        aliases: ['police-station-attack'],
        title: 'Police station attacked',
        summary: 'A police station in the city is attacked; the report gives no day.',
        time: {
          notBefore: '2022-01-04',
          notAfter: '2022-01-06',
          basis: 'Reported in the article of Thursday 6 January 2022, which gives no day for it.',
        },
        after: ['square-cleared'],
        actors: [{ actor: 'protesters', role: 'attackers, in the police statement' }],
        locations: ['police-station'],
        categories: ['violence'],
        casualties: [],
        citations: [
          {
            source: 'daily-paper',
            via: ['ministry', ['wire', 'second-agency']],
            quote: {
              original: 'En politistasjon ble angrepet.',
              language: 'nb',
              translation: 'A police station was attacked.',
            },
          },
        ],
      },
      {
        id: 'fuel-price-cap-lifted',
        title: 'The price cap on liquefied gas is lifted',
        summary: 'Prices of the car fuel double at the start of the year.',
        time: {
          at: '2022-01',
          basis: 'The decision took effect in January.',
        },
        actors: [],
        locations: ['kazakhstan'],
        categories: ['economy', 'background'],
        casualties: [],
        citations: [{ source: 'reuters' }],
      },
      {
        id: 'zhanaozen-protest-begins',
        title: 'Protest begins in Zhanaozen',
        summary: 'Residents gather on the main square against the fuel price.',
        time: {
          at: '2022-01-02',
          basis: 'Dated reports.',
        },
        actors: [{ actor: 'protesters' }],
        locations: ['zhanaozen'],
        categories: ['protest'],
        casualties: [],
        citations: [{ source: 'tengrinews' }],
      },
      {
        id: 'protests-reach-almaty',
        title: 'Protests reach Almaty',
        summary: 'Thousands march through the city at night.',
        time: {
          at: '2022-01-04T20:00+06:00',
          precision: 'hour',
          approximate: true,
          basis: '"In the evening" in a report of the next morning.',
        },
        actors: [{ actor: 'protesters' }],
        locations: ['almaty'],
        categories: ['protest'],
        casualties: [],
        citations: [
          {
            source: 'tengrinews',
            quote: { original: 'Шал, кет!', language: 'ru', translation: 'Old man, go!' },
          },
        ],
      },
      {
        id: 'government-resigns',
        title: 'The government resigns',
        summary: 'Tokayev accepts the resignation of the cabinet.',
        time: {
          at: '2022-01-05T10:00+06:00',
          precision: 'hour',
          basis: 'Time of the official statement.',
        },
        actors: [{ actor: 'tokayev', role: 'president' }],
        locations: ['nur-sultan'],
        categories: ['politics', 'policy'],
        casualties: [],
        citations: [
          {
            source: 'akorda',
            quote: {
              original: 'Принял отставку правительства.',
              language: 'ru',
              translation: 'Accepted the resignation of the government.',
            },
          },
        ],
      },
      {
        id: 'city-hall-stormed',
        title: 'Protesters storm the city hall',
        summary: 'The building is set on fire; police withdraw.',
        time: {
          at: '2022-01-05',
          basis: 'Dated reports.',
        },
        actors: [{ actor: 'protesters' }, { actor: 'security-forces' }],
        locations: ['almaty-city-hall'],
        categories: ['violence', 'protest'],
        casualties: [
          {
            kind: 'injured',
            group: 'security-forces',
            count: { min: 95, max: 95, approximate: false, text: '95' },
            asOf: '2022-01-05',
            claimedBy: null,
            sources: ['reuters'],
          },
        ],
        citations: [
          {
            source: 'le-monde',
            quote: {
              original: 'Nous étions au café en face quand la mairie a brûlé.',
              language: 'fr',
              translation: 'We were at the café opposite when the city hall burned.',
            },
          },
        ],
      },
      {
        id: 'airport-seized',
        title: 'The airport is seized',
        summary: 'Armed men take the airport; flights stop until the next day.',
        time: {
          start: { at: '2022-01-05T18:00+06:00', precision: 'hour', approximate: true },
          end: { at: '2022-01-06T12:00+06:00', precision: 'hour', approximate: true },
          basis: 'Airline notices.',
        },
        actors: [{ actor: 'protesters' }],
        locations: ['almaty-airport'],
        categories: ['violence'],
        casualties: [],
        citations: [{ source: 'reuters' }],
      },
      {
        id: 'csto-help-requested',
        title: 'Tokayev asks the CSTO for help',
        summary: 'Troops of the alliance are sent to guard key sites.',
        time: {
          at: '2022-01-05T23:30+06:00',
          basis: 'Time of the televised address.',
        },
        actors: [
          { actor: 'tokayev', role: 'president' },
          { actor: 'csto', role: 'alliance' },
        ],
        locations: ['nur-sultan'],
        categories: ['international', 'security-operation'],
        casualties: [],
        citations: [{ source: 'akorda' }],
      },
      {
        id: 'shoot-without-warning',
        title: 'Order to shoot without warning',
        summary: 'The president tells the security forces to fire on "bandits".',
        time: {
          at: '2022-01-07',
          basis: 'Dated address.',
        },
        actors: [{ actor: 'tokayev' }, { actor: 'security-forces' }],
        locations: ['kazakhstan'],
        categories: ['security-operation'],
        casualties: [],
        citations: [
          {
            source: 'akorda',
            quote: {
              original: 'Стрелять на поражение без предупреждения.',
              language: 'ru',
              translation: 'Shoot to kill without warning.',
            },
          },
        ],
      },
    ],
  };
}

/** The position of the entry `id` in one of a dataset's lists, for paths into it. */
export function positionOf(
  dataset: Dataset,
  list: 'actors' | 'locations' | 'sources' | 'events' | 'claims',
  id: string,
): number {
  const position = (dataset[list] ?? []).findIndex((entry) => entry.id === id);
  if (position < 0) throw new Error(`fixture: no ${list} entry "${id}"`);
  return position;
}

/** A path into a JSON document: field names and list positions. */
export type JsonPath = readonly (string | number)[];

/** A plain JSON copy of a dataset (the valid one by default), free to be broken. */
export function documentOf(dataset: Dataset = makeTestDataset()): Record<string, unknown> {
  return JSON.parse(JSON.stringify(dataset)) as Record<string, unknown>;
}

function objectAt(document: unknown, path: JsonPath): Record<string | number, unknown> {
  let node = document;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<string | number, unknown>)[key];
  }
  if (typeof node !== 'object' || node === null) {
    throw new Error(`fixture: no object or list at ${JSON.stringify(path)}`);
  }
  return node as Record<string | number, unknown>;
}

function splitPath(path: JsonPath): [JsonPath, string | number] {
  const key = path[path.length - 1];
  if (key === undefined) throw new Error('fixture: the path is empty');
  return [path.slice(0, -1), key];
}

/** The value at `path`, or undefined. */
export function getAt(document: unknown, path: JsonPath): unknown {
  const [parent, key] = splitPath(path);
  return objectAt(document, parent)[key];
}

/** Sets the value at `path` (the parent must exist). */
export function setAt(document: unknown, path: JsonPath, value: unknown): void {
  const [parent, key] = splitPath(path);
  objectAt(document, parent)[key] = value;
}

/** Deletes the field at `path` (the parent must exist). */
export function removeAt(document: unknown, path: JsonPath): void {
  const [parent, key] = splitPath(path);
  Reflect.deleteProperty(objectAt(document, parent), key);
}

/** Breaks a copy of the valid dataset with `change` and returns the problems found in it. */
export function problemsAfter(
  change: (document: Record<string, unknown>) => void,
): ValidationProblem[] {
  const document = documentOf();
  change(document);
  const result = validateDataset(document);
  if (result.ok) throw new Error('fixture: expected the changed document to be rejected');
  return result.problems;
}

/** The messages of the problems reported at `path`. */
export function messagesAt(problems: readonly ValidationProblem[], path: string): string[] {
  return problems.filter((problem) => problem.path === path).map((problem) => problem.message);
}

/**
 * A message about the fixture's event at `position`, as the validator words it: the event's name
 * first (`event "square-protest" (Protest in Republic Square): …`).
 */
export function aboutEvent(position: number, message: string): string {
  const event = makeTestDataset().events[position];
  if (!event) throw new Error(`fixture: no event at ${position}`);
  return `${eventLabel(event.id, event.title)}: ${message}`;
}
