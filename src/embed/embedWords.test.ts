import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage, t } from '../i18n/i18n';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from '../state/datasetIndex';
import { DEFAULT_VIEW_STATE } from '../state/viewState';
import { embedFrameSrc } from './embedAddress';
import { embedCredit } from './embedCredit';
import { embedSnippet } from './embedSnippet';

const index = createDatasetIndex(makeTestDataset());
const BASE = 'https://chronicle.example/story/';

afterEach(() => loadLanguage('en'));

describe('the embed’s address', () => {
  it('keeps the language the page’s link chose', () => {
    const src = new URL(
      embedFrameSrc({ ...DEFAULT_VIEW_STATE, event: 'square-cleared', language: 'nb' }, BASE),
    );
    expect(src.searchParams.get('lang')).toBe('nb');
    expect(src.searchParams.get('embed')).toBe('1');
    expect(src.searchParams.get('event')).toBe('square-cleared');
  });

  it('leaves the language out when the link chose none, so the frame follows its reader', () => {
    const src = new URL(embedFrameSrc({ ...DEFAULT_VIEW_STATE, event: 'square-cleared' }, BASE));
    expect(src.searchParams.has('lang')).toBe(false);
  });
});

describe('the embed code’s frame title', () => {
  const base = { src: `${BASE}?embed=1`, scriptSrc: `${BASE}embed.js`, title: 'Uro i Kasakhstan' };

  it('is the one the dialog gives, in the reader’s language', async () => {
    await loadLanguage('nb');
    const code = embedSnippet({
      ...base,
      frameTitle: t('embed.frameTitle', { title: base.title }),
      height: { kind: 'fixed', pixels: 400 },
    });
    expect(code).toContain('title="Uro i Kasakhstan: interaktiv tidslinje"');
  });

  it('is English without one (the build’s oEmbed documents)', () => {
    expect(embedSnippet({ ...base, height: { kind: 'fixed', pixels: 400 } })).toContain(
      'title="Uro i Kasakhstan: interactive timeline"',
    );
  });
});

describe('the embed’s credit line', () => {
  it('names the source and the date in English', () => {
    expect(embedCredit(index, null)).toMatch(/^Source: Daily Paper, .*2022\.$/);
    expect(embedCredit(index, 'Data from example.org')).toMatch(
      /^Data from example\.org\. Source: Daily Paper, /,
    );
  });

  it('says it in Norwegian, and hedges an inferred date', async () => {
    await loadLanguage('nb');
    expect(embedCredit(index, null)).toMatch(/^Kilde: Daily Paper, .*2022\.$/);
    const dataset = index.dataset;
    const inferred = createDatasetIndex({
      ...dataset,
      published: dataset.published && { ...dataset.published, approximate: true },
    });
    expect(embedCredit(inferred, null)).toMatch(/^Kilde: Daily Paper, trolig /);
  });
});
