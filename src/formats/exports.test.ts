import { check, getIssues } from '@placemarkio/check-geojson';
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEdtfParser } from '../model/edtf';
import { makeTestDataset } from '../model/testDataset';
import { validateDataset } from '../model/validate';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { CHRONICLE_CSV_COLUMNS } from './chronicleCsv';
import { citeView } from './citeView';
import { viewAsCalendar } from './exportCalendar';
import { timeText, viewAsCsv, viewAsGeoJson, viewAsJson } from './exportFiles';
import { datasetOfEvents, exportFileName, filterInWords, type ExportView } from './exportView';
import { checkImport, importCsvText } from './importDataset';

const NOW = new Date('2026-12-01T10:00:00Z');
const ALL = { start: Date.parse('2000-01-01'), end: Date.parse('2100-01-01') };

function viewOf(patch: Partial<ViewState> = {}, window = ALL): ExportView {
  const index = createDatasetIndex(makeTestDataset());
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  return {
    index,
    events: filterEvents(index, state),
    state,
    window,
    provenance: {
      kind: 'address',
      url: 'https://data.example.org/unrest.json',
      host: 'data.example.org',
      sameOrigin: false,
    },
    pageUrl: 'https://chronicle.example/?actor=protesters',
    now: NOW,
  };
}

beforeAll(loadEdtfParser);

describe('the view of an export', () => {
  it('names the file after the dataset, the filters and the day', () => {
    expect(exportFileName(viewOf({ actors: ['protesters'] }), 'csv')).toBe(
      'test-unrest_actor-protesters_2026-12-01.csv',
    );
    expect(exportFileName(viewOf(), 'ics')).toBe('test-unrest_2026-12-01.ics');
    expect(
      exportFileName(
        viewOf({ locations: ['almaty'], query: 'Police clear', from: '2022-01-05' }),
        'json',
      ),
    ).toBe('test-unrest_location-almaty_q-police-clear_from-2022-01-05_2026-12-01.json');
  });

  it('says the filter in words', () => {
    expect(filterInWords(viewOf())).toBe('all events');
    expect(filterInWords(viewOf({ actors: ['protesters'], categories: ['violence'] }))).toBe(
      'actor: Protesters; category: Violence',
    );
  });

  it('keeps only what the events in view use, and what that leans on', () => {
    const view = viewOf({ actors: ['police'] });
    const subset = datasetOfEvents(view.index.dataset, view.events);
    expect(subset.events.map((e) => e.id)).toEqual(['square-cleared']);
    // "police" is a member of "government"; "square" lies within "almaty" within "kazakhstan".
    expect(subset.actors.map((a) => a.id).sort()).toEqual(
      expect.arrayContaining(['government', 'police']),
    );
    expect(subset.locations.map((l) => l.id)).toEqual(
      expect.arrayContaining(['kazakhstan', 'almaty', 'square']),
    );
    expect(validateDataset(subset).ok).toBe(true);
  });
});

describe('Chronicle JSON export', () => {
  it('is a valid dataset of the events in view, with where it came from in the summary', () => {
    const text = viewAsJson(viewOf({ categories: ['violence'] }));
    const result = validateDataset(JSON.parse(text));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    // In the document's order.
    expect(result.dataset.events.map((e) => e.id)).toEqual([
      'square-cleared',
      'station-attacked',
      'city-hall-stormed',
      'airport-seized',
    ]);
    expect(result.dataset.summary).toContain(
      'Data from data.example.org (https://data.example.org/unrest.json)',
    );
  });

  it('applies the timeline window too', () => {
    const window = {
      start: Date.parse('2022-01-04T00:00+06:00'),
      end: Date.parse('2022-01-05T00:00+06:00'),
    };
    const result = validateDataset(JSON.parse(viewAsJson(viewOf({}, window))));
    const ids = result.ok ? result.dataset.events.map((e) => e.id) : [];
    expect(ids).toContain('square-protest');
    expect(ids).not.toContain('square-cleared');
  });
});

describe('CSV export', () => {
  it('parses back with the documented columns, one row per event, figures and sources readable', () => {
    const parsed = Papa.parse<Record<string, string>>(viewAsCsv(viewOf()), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CHRONICLE_CSV_COLUMNS.map(([key]) => key), 'data_from']);
    expect(parsed.data).toHaveLength(makeTestDataset().events.length);
    const cleared = parsed.data.find((row) => row.id === 'square-cleared');
    expect(cleared?.casualties).toMatch(/^killed \d+(-\d+|\+)? as of \S+ claimed by .+ from .+/);
    expect(cleared?.sources).not.toBe('');
  });

  it('imports again as Chronicle CSV, giving the same events and times', () => {
    const view = viewOf();
    const back = checkImport(importCsvText(viewAsCsv(view)));
    if (!back.ok) throw new Error(JSON.stringify(back.problems));
    const byId = <T extends { id: string }>(events: T[]) =>
      [...events].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(back.dataset.events).map((e) => [e.id, e.title, e.time])).toEqual(
      byId(view.index.dataset.events).map((e) => [e.id, e.title, e.time]),
    );
  });

  it('writes each time as the ISO 8601 / EDTF the import reads', () => {
    expect(timeText({ at: '2022-01-05', approximate: true })).toBe('2022-01-05~');
    expect(timeText({ notBefore: '2022-01-02', notAfter: '2022-01-06' })).toBe(
      '[2022-01-02..2022-01-06]',
    );
    expect(
      timeText({ start: { at: '2022-01-05' }, end: { at: '2022-01-07', uncertain: true } }),
    ).toBe('2022-01-05/2022-01-07?');
    // What EDTF cannot say (a qualified clock time, an estimate within bounds) is written as JSON.
    const hedged = {
      start: { at: '2022-01-05T02:00+06:00', approximate: true },
      end: { at: '2022-01-05T05:30+06:00' },
    };
    expect(JSON.parse(timeText(hedged))).toEqual(hedged);
    const bounded = { notBefore: '2022-01-02', notAfter: '2022-01-06', estimate: '2022-01-03' };
    expect(JSON.parse(timeText(bounded))).toEqual(bounded);
  });
});

describe('GeoJSON export', () => {
  it('is valid GeoJSON (RFC 7946), [longitude, latitude], time in properties and in "when"', () => {
    const text = viewAsGeoJson(viewOf());
    expect(getIssues(text)).toEqual([]);
    const collection = check(text);
    expect(collection.type).toBe('FeatureCollection');
    const parsed = JSON.parse(text) as {
      features: {
        id: string;
        geometry: { coordinates: number[] } | null;
        properties: Record<string, unknown>;
        when: Record<string, string>;
      }[];
    };
    const protest = parsed.features.find((f) => f.id === 'square-protest');
    expect(protest?.geometry?.coordinates).toEqual([76.945, 43.238]);
    expect(protest?.properties.start).toBe('2022-01-03T18:00:00Z');
    expect(protest?.when).toEqual({
      type: 'Interval',
      start: expect.any(String),
      end: expect.any(String),
    });
  });

  it('places an event at a place without coordinates where the map shows it', () => {
    const parsed = JSON.parse(viewAsGeoJson(viewOf())) as {
      features: { id: string; geometry: { coordinates: number[] } | null }[];
    };
    // The police station lies within Almaty and has no coordinates of its own.
    const almaty = makeTestDataset().locations.find((l) => l.id === 'almaty');
    expect(almaty?.coordinates).toBeDefined();
    expect(parsed.features.find((f) => f.id === 'station-attacked')?.geometry?.coordinates).toEqual(
      almaty?.coordinates,
    );
  });
});

describe('iCalendar export', () => {
  it('parses back with ical.js: one VEVENT per event, all-day where the time is a day', () => {
    const text = viewAsCalendar(viewOf());
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary).sort()).toEqual(
      makeTestDataset()
        .events.map((e) => e.title)
        .sort(),
    );
    const protest = events.find((e) => e.summary === 'Protest in Republic Square');
    expect(protest?.startDate.isDate).toBe(true);
    expect(protest?.startDate.toString()).toBe('2022-01-04');
    expect(protest?.endDate.toString()).toBe('2022-01-05');
    const cleared = events.find((e) => e.summary === 'Police clear the square');
    expect(cleared?.startDate.isDate).toBe(false);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
  });

  it('says so in the description when a time is not known exactly', () => {
    const dataset = makeTestDataset();
    const first = dataset.events[0];
    if (first) first.time = { notBefore: '2022-01-02', notAfter: '2022-01-06' };
    const index = createDatasetIndex(dataset);
    const view = { ...viewOf(), index, events: index.events };
    const calendar = new ICAL.Component(ICAL.parse(viewAsCalendar(view)));
    const vevent = calendar
      .getAllSubcomponents('vevent')
      .find((v) => String(v.getFirstPropertyValue('uid')).startsWith('square-protest@'));
    expect(String(vevent?.getFirstPropertyValue('description'))).toMatch(
      /not known exactly.*best estimate/s,
    );
  });
});

describe('Cite this view', () => {
  it('gives plain text, BibTeX and CSL-JSON with title, publisher, date, address and access date', () => {
    const view = viewOf({ actors: ['protesters'] });
    const citation = citeView(view);
    expect(view.events).toHaveLength(7);
    expect(citation.text).toBe(
      '“Unrest in Kazakhstan (test) (actor: Protesters)”. Chronicle, built from Daily Paper, 6 January 2022. https://chronicle.example/?actor=protesters. Accessed 1 December 2026. A view of 7 events; Data from data.example.org (https://data.example.org/unrest.json).',
    );
    expect(citation.bibtex).toMatch(
      /^@misc\{testunrest20261201,\n {2}title = \{Unrest in Kazakhstan \(test\) \(actor: Protesters\)\},/,
    );
    expect(citation.bibtex).toContain(
      'howpublished = {\\url{https://chronicle.example/?actor=protesters}}',
    );
    const [csl] = JSON.parse(citation.cslJson) as Record<string, unknown>[];
    expect(csl).toMatchObject({
      type: 'webpage',
      URL: 'https://chronicle.example/?actor=protesters',
      issued: { 'date-parts': [[2022, 1, 6]] },
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
  });
});
