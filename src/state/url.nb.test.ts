import { describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { provenanceLine } from './dataProvenance';
import { resolveDatasetUrl } from './datasetParam';
import { listForNotice } from './noticeText';
import { decodeViewState } from './url';

inLanguage('nb');

describe('link notices in Norwegian', () => {
  it('quotes with «» and says what was done', () => {
    expect(decodeViewState('event=Not%20an%20id').notices).toEqual([
      'Den valgte hendelsen i denne lenken («Not an id») er ikke en gyldig hendelses-id, så ingen hendelse er valgt.',
    ]);
    expect(decodeViewState('lang=de').notices).toEqual([
      'Språket i denne lenken («de») er ingen av «en», «nb», «pseudo», så siden følger nettleserens språk.',
    ]);
  });

  it('chooses singular and plural forms through the catalog', () => {
    expect(decodeViewState('actor=Bad!').notices).toEqual([
      'Aktørfilteret i denne lenken har en id som ikke kan finnes: «Bad!»; den ble oversett.',
    ]);
    expect(decodeViewState('location=Bad!,Worse!').notices).toEqual([
      'Stedsfilteret i denne lenken har id-er som ikke kan finnes: «Bad!», «Worse!»; de ble oversett.',
    ]);
    expect(decodeViewState('category=weather').notices).toEqual([
      'Kategorifilteret i denne lenken nevner en kategori Chronicle ikke kjenner: «weather»; den ble oversett.',
    ]);
    expect(listForNotice(['a', 'b', 'c', 'd', 'e'])).toBe('«a», «b», «c» og 2 til');
  });

  it('names the field that is given twice or cut, and the window problem', () => {
    expect(decodeViewState('map=0&map=1').notices).toEqual([
      'Denne lenken angir kartinnstillingen mer enn én gang; bare den første ble brukt.',
    ]);
    expect(decodeViewState('from=2022-02-30').notices).toEqual([
      'Startdatoen i denne lenken («2022-02-30») er ikke en virkelig dag skrevet ÅÅÅÅ-MM-DD, så den ble oversett.',
    ]);
    expect(decodeViewState('from=2022-01-06&to=2022-01-02').notices).toEqual([
      'Startdatoen i denne lenken (2022-01-06) er etter sluttdatoen (2022-01-02), så de to ble byttet om.',
    ]);
    expect(decodeViewState('window=soon').notices).toEqual([
      'Tidsvinduet i denne lenken kunne ikke leses, så hele tidslinjen vises.',
    ]);
  });

  it('explains a dataset address that cannot be used, and where data came from', () => {
    expect(resolveDatasetUrl('ftp://example.org/a.json', 'https://chronicle.test/')).toEqual({
      ok: false,
      message: 'Datasett lastes bare over http: eller https:, ikke ftp:',
    });
    expect(provenanceLine({ kind: 'file', name: 'a.json' })).toBe(
      'Åpnet fra a.json (fra datamaskinen din)',
    );
  });
});
