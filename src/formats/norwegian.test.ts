import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLanguage, t } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents } from '../state/filter';
import { DEFAULT_VIEW_STATE, type ViewState } from '../state/viewState';
import { citeView } from './citeView';
import { filterInWords, pictureWords, type ExportView } from './exportView';

const index = createDatasetIndex(makeTestDataset());

function viewOf(patch: Partial<ViewState> = {}): ExportView {
  const state = { ...DEFAULT_VIEW_STATE, ...patch };
  return {
    index,
    events: filterEvents(index, state),
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
