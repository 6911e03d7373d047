/**
 * Small typed test data: a valid four-event dataset, and tools for breaking a copy of it at a path.
 * The dataset is made up; its names echo the Kazakhstan story only to read naturally.
 */
import type { Dataset } from './schema';
import type { ValidationProblem } from './validationProblem';
import { validateDataset } from './validate';
import { eventLabel } from './validationMessages';

/** A fresh, valid, tiny dataset: every kind of reference appears at least once. */
export function makeValidDataset(): Dataset {
  return {
    format: 'chronicle/2',
    id: 'test-unrest',
    title: 'Unrest in a test city',
    summary: 'Four events, made up to exercise every part of the format.',
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
    ],
    locations: [
      { id: 'country', name: 'Kazakhstan', kind: 'country', coordinates: [66.9, 48.0] },
      {
        id: 'city',
        name: 'Almaty',
        localName: 'Алматы',
        kind: 'city',
        coordinates: [76.95, 43.24],
        within: 'country',
      },
      {
        id: 'square',
        name: 'Republic Square',
        kind: 'site',
        coordinates: [76.945, 43.238],
        within: 'city',
      },
      {
        id: 'police-station',
        name: 'A police station (which one is not given)',
        kind: 'building',
        within: 'city',
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
        locations: ['square', 'city'],
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
        locations: ['country'],
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
    ],
  };
}

/** A path into a JSON document: field names and list positions. */
export type JsonPath = readonly (string | number)[];

/** A plain JSON copy of a dataset (the valid one by default), free to be broken. */
export function documentOf(dataset: Dataset = makeValidDataset()): Record<string, unknown> {
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
  const event = makeValidDataset().events[position];
  if (!event) throw new Error(`fixture: no event at ${position}`);
  return `${eventLabel(event.id, event.title)}: ${message}`;
}
