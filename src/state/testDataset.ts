/**
 * A small, valid dataset for the state layer's tests: eight events of the January 2022 unrest in
 * Kazakhstan, with nested places (building → city → country), several categories and quotes in
 * Russian, Kazakh and French. The facts are simplified; it is test data, not a source.
 */
import type { Category, ChronicleEvent, Dataset, EventTime } from '../model/schema';
import { createDatasetIndex, type IndexedEvent } from './datasetIndex';

/** A fresh copy of the test dataset (tests may change it freely). */
export function makeTestDataset(): Dataset {
  return {
    format: 'chronicle/2',
    id: 'kazakhstan-test',
    title: 'Unrest in Kazakhstan (test)',
    summary: 'A small dataset for unit tests.',
    language: 'en',
    timeZone: 'Asia/Almaty',
    published: { date: '2022-01-10', source: 'reuters', basis: 'Date of the last article used.' },
    actors: [
      { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person' },
      { id: 'protesters', name: 'Protesters', kind: 'protesters' },
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
      { id: 'reuters', name: 'Reuters', kind: 'news-agency', language: 'en' },
      { id: 'tengrinews', name: 'Tengrinews', kind: 'news-agency', language: 'ru' },
      { id: 'akorda', name: 'Akorda', kind: 'official', language: 'ru' },
      { id: 'le-monde', name: 'Le Monde', kind: 'newspaper', language: 'fr' },
    ],
    events: [
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

/**
 * Events of the test dataset's shape with the given times, indexed as the app indexes them (in the
 * story's order), for tests of what is computed from times.
 */
export function indexedWithTimes(times: Record<string, EventTime>): IndexedEvent[] {
  const dataset = makeTestDataset();
  const template = dataset.events[0];
  if (!template) throw new Error('fixture: the test dataset has no events');
  const events = Object.entries(times).map(([id, time]) => ({ ...template, id, time }));
  return createDatasetIndex({ ...dataset, events }).events;
}

/**
 * An indexed event drawn over exactly [start, end) ms, as a duration known to the minute at both
 * ends, for tests of geometry and windows that think in milliseconds.
 */
export function spanEntry(
  event: ChronicleEvent,
  order: number,
  start: number,
  end: number,
): IndexedEvent {
  const known = (at: number, until: number) => ({
    earliest: at,
    latest: until,
    estimate: { start: at, end: until },
    known: true,
    precision: 'minute' as const,
    approximate: false,
    uncertain: false,
  });
  return {
    event,
    order,
    timing: { kind: 'duration', start: known(start, start), end: known(end, end) },
    body: { start, end },
    start,
    end,
    // Some tests cast a bare `{ id, categories }` as an event; it has no figures.
    asOf: Array.isArray(event.casualties) ? event.casualties.map(() => ({ start, end })) : [],
  };
}

/** A bare event `e-<order>` of one category over [start, end], for the time index's tests. */
export function spanOf(
  order: number,
  start: number,
  end: number,
  category: Category = 'protest',
): IndexedEvent {
  const event = { id: `e-${order}`, categories: [category] } as unknown as ChronicleEvent;
  return spanEntry(event, order, start, end);
}

/** Bare events in time order from [start, end] pairs (and a category). */
export function spansOf(spans: [number, number, Category?][]): IndexedEvent[] {
  return spans
    .map(([start, end, category], i) => spanOf(i, start, end, category))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
