import ICAL from 'ical.js';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { loadLanguage, t } from '../i18n/i18n';
import { loadEdtfParser } from '../model/edtf';
import type { Dataset } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { validateDataset } from '../model/validate';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { localizeDataset } from '../state/localize';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { citeView } from './citeView';
import { viewAsCalendar } from './exportCalendar';
import { viewAsJson } from './exportFiles';
import { filterInWords, pictureWords, type ExportView } from './exportView';

const index = createDatasetIndex(makeTestDataset());

function viewOf(patch: Partial<ViewState> = {}, of = index): ExportView {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  return {
    index: of,
    events: filterEvents(of, state),
    state,
    window: { start: Date.parse('2000-01-01'), end: Date.parse('2100-01-01') },
    provenance: { kind: 'bundled' },
    pageUrl: 'https://chronicle.example/?actor=protesters&lang=nb',
    now: new Date('2026-12-01T10:00:00Z'),
  };
}

describe('the filter in words and the citation', () => {
  afterEach(async () => {
    await loadLanguage('en');
  });

  it('joins alternatives as a list, and counts with plurals, in English', () => {
    expect(filterInWords(viewOf({ locations: ['almaty', 'square'], query: 'police' }))).toMatch(
      /^places: Almaty or [^;]+; text: “police”$/,
    );
    expect(pictureWords(viewOf({ actors: ['protesters'] })).filter).toBe(
      'actor: Protesters · 7 events',
    );
  });

  describe('in Norwegian', () => {
    beforeEach(async () => {
      await loadLanguage('nb');
    });

    it('says the filter in Norwegian, with the dataset’s own names', () => {
      expect(filterInWords(viewOf())).toBe('alle hendelser');
      expect(filterInWords(viewOf({ actors: ['protesters'], categories: ['violence'] }))).toMatch(
        /^aktør: Protesters; kategori: \S+$/,
      );
      expect(filterInWords(viewOf({ locations: ['almaty', 'square'] }))).toMatch(
        /^steder: Almaty eller /,
      );
      expect(filterInWords(viewOf({ query: 'politi' }))).toBe('tekst: «politi»');
    });

    it('writes the citation with Norwegian words, quotes and dates', () => {
      const { text, bibtex } = citeView(viewOf({ actors: ['protesters'] }));
      expect(text).toBe(
        '«Unrest in Kazakhstan (test) (aktør: Protesters)». Chronicle, bygd på Daily Paper, 6. januar 2022. https://chronicle.example/?actor=protesters&lang=nb. Lest 1. desember 2026. Et utsnitt med 7 hendelser.',
      );
      expect(bibtex).toContain('note = {Et utsnitt med 7 hendelser. Lest 2026-12-01}');
    });

    it('counts one event in the singular and many in the plural', () => {
      expect(t('export.picture.filter', { filter: 'alle hendelser', count: 1 })).toBe(
        'alle hendelser · 1 hendelse',
      );
      expect(t('cite.note', { count: 1234 })).toBe('Et utsnitt med 1\u00a0234 hendelser');
    });
  });
});

/** The test dataset with Norwegian for its title, its summary and the first event's title. */
function withNorwegian(): Dataset {
  const dataset = makeTestDataset();
  dataset.translations = { nb: { title: 'Uro i Kasakhstan (test)', summary: 'Oppdiktet.' } };
  const [first] = dataset.events;
  if (first) first.translations = { nb: { title: 'Norsk tittel' } };
  return dataset;
}

describe('exports from a Norwegian page', () => {
  beforeAll(loadEdtfParser);
  inLanguage('nb');

  it('save the dataset as it was loaded, the export’s note in the Norwegian summary', () => {
    const original = withNorwegian();
    const view = viewOf({}, createDatasetIndex(localizeDataset(original, 'nb')));
    expect(view.index.dataset.title).toBe('Uro i Kasakhstan (test)');
    const result = validateDataset(JSON.parse(viewAsJson(view)));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const saved = result.dataset;
    // The dataset's own text in its own language, as loaded, and its translations beside it.
    expect(saved.language).toBe('en');
    expect(saved.title).toBe(original.title);
    expect(saved.summary).toBe(original.summary);
    expect(saved.events[0]?.title).toBe(original.events[0]?.title);
    expect(saved.events[0]?.translations?.nb?.title).toBe('Norsk tittel');
    expect(saved.translations?.nb?.title).toBe('Uro i Kasakhstan (test)');
    // The note is Norwegian, so it goes where a Norwegian reader reads the summary.
    expect(saved.translations?.nb?.summary).toMatch(
      /^Oppdiktet\.\n\nEksportert fra Chronicle 2026-12-01: alle hendelser, 12 hendelser /,
    );
  });

  it('add the note to the dataset’s own summary when it has no Norwegian one', () => {
    const view = viewOf({}, createDatasetIndex(localizeDataset(makeTestDataset(), 'nb')));
    const saved = JSON.parse(viewAsJson(view)) as Dataset;
    expect(saved.summary).toMatch(/^Made up, .*\n\nEksportert fra Chronicle /s);
    expect(saved.translations).toBeUndefined();
  });

  it('write a calendar in Norwegian, each text saying its language', () => {
    const view = viewOf({}, createDatasetIndex(localizeDataset(withNorwegian(), 'nb')));
    const text = viewAsCalendar(view);
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    const titled = events.find((v) => v.getFirstPropertyValue('summary') === 'Norsk tittel');
    expect(titled?.getFirstProperty('summary')?.getParameter('language')).toBe('nb');
    const other = events.find((v) => v !== titled);
    // Untranslated titles are the dataset's English, and say so.
    expect(other?.getFirstProperty('summary')?.getParameter('language')).toBe('en');
    const description = titled?.getFirstProperty('description');
    expect(description?.getParameter('language')).toBe('nb');
    expect(String(description?.getFirstValue())).toMatch(/^Når: /);
    expect(text).not.toMatch(/When:|Sources:|No source given/);
  });
});
