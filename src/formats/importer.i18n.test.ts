import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../i18n/catalogs/en.json';
import { loadLanguage, t, type MessageKey } from '../i18n/i18n';
import { everyImportReason } from './badImports';
import { fieldsInWords } from './csvFormat';
import { CSV_FORMATS, importCsvText } from './importDataset';
import { IMPORT_FORMATS } from './importTypes';
import { ACLED_HEADER, ACLED_ROW, toCsv, TIMELINEJS_HEADER } from './fixtures';

/** The catalog's importer messages that are reasons, notes or failures (not the preview's words). */
const REASON_KEYS = Object.keys(en).filter(
  (key): key is MessageKey =>
    key.startsWith('importer.') && !/^importer\.(\w+Field|field|format)\./.test(key),
);

/**
 * Reasons no file can make: the CSV parser always gives a result, and a date the importers have
 * checked day by day is always a real one; both are kept as guards.
 */
const UNREACHABLE: MessageKey[] = ['importer.csv.noResult', 'importer.time.noSuchDate'];

/** An English message as a pattern its filled-in text matches (any value for a placeholder). */
function messagePattern(message: string): RegExp {
  const parts = message
    .split(/\{[^{}]*\}/)
    .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.*')}$`);
}

/** The path of an event's field in front of a validator's message ("time: "). */
const VALIDATOR_PATH = /^[a-z]\w*(?:\[\d+\]|\.\w+)*: /;

/**
 * The words of a reason that are plain English letters, after what is data or a name is taken
 * out: quoted values ("riot", «riot») and a field's path in front of a validator message ("time:").
 */
function plainWords(reason: string): string[] {
  const words = reason
    .replace(/"[^"]*"|«[^»]*»/g, ' ')
    .replace(VALIDATOR_PATH, '')
    .match(/\p{L}+/gu);
  return (words ?? []).filter((word) => /^[A-Za-z]{2,}$/.test(word));
}

/** A validator's message about a field of an event, which the importer passes on after its path. */
const isValidators = (reason: string) => VALIDATOR_PATH.test(reason);

afterEach(async () => {
  await loadLanguage('en');
});

describe('the importers’ reasons, notes and failures', () => {
  it('are made, every one, by the bad files of the test data (so the checks below see them all)', () => {
    const reasons = everyImportReason().map((r) => r.reason);
    const unmade = REASON_KEYS.filter((key) => !UNREACHABLE.includes(key)).filter(
      (key) => !reasons.some((reason) => messagePattern(en[key]).test(reason)),
    );
    expect(unmade).toEqual([]);
    expect(REASON_KEYS.length).toBeGreaterThan(40);
  });

  it('keep the English wording, with the reader’s numbers', () => {
    const reasons = everyImportReason().map((r) => r.reason);
    expect(reasons).toContain('"x" is not a year');
    expect(reasons).toContain('cut to 300 characters (it had 400)');
    expect(reasons).toContain('the row has no event id');
  });

  describe('in the pseudo-locale', () => {
    beforeEach(async () => {
      await loadLanguage('pseudo');
    });

    it('have no unaccented English word outside the quoted data: none skipped the catalog', () => {
      const untranslated = everyImportReason()
        .filter((r) => !isValidators(r.reason) && plainWords(r.reason).length > 0)
        .map((r) => `${r.made}: ${r.reason}`);
      expect(untranslated).toEqual([]);
    });

    it('pass the validator’s messages on as the validator writes them, from its catalog', () => {
      // Their words are the validator's (src/model), checked by its own tests.
      const validators = everyImportReason().filter((r) => isValidators(r.reason));
      expect(validators.length).toBeGreaterThan(0);
      for (const { reason } of validators) expect(reason).toMatch(/^[a-z]\w*: \[/);
    });

    it('include the quoted data as it was written', () => {
      const reasons = everyImportReason().map((r) => r.reason);
      expect(reasons.some((reason) => reason.includes('"yesterday"'))).toBe(true);
    });

    it('name the formats and what each column becomes through the catalog too', () => {
      const words = [
        ...Object.values(IMPORT_FORMATS).map((key) => t(key)),
        ...Object.values(CSV_FORMATS).flatMap((format) =>
          fieldsInWords(format).map((field) => field.becomes),
        ),
        ...importCsvText(toCsv(TIMELINEJS_HEADER, [])).report.fields.map((f) => f.becomes),
      ];
      expect(words.filter((text) => plainWords(text).length > 0)).toEqual([]);
    });
  });
  describe('in Norwegian Bokmål', () => {
    beforeEach(async () => {
      await loadLanguage('nb');
    });

    /** The reason made by the input `made` at `column`. */
    const reasonAt = (made: string, column: string | null) =>
      everyImportReason().find((r) => r.made === made && r.column === column)?.reason;

    it('say why a row of each format could not be read, in Norwegian, with the data quoted', () => {
      expect(reasonAt('TimelineJS sheet row 6', 'Year')).toBe('«x» er ikke et årstall');
      expect(reasonAt('TimelineJS sheet row 13', 'Day')).toBe('det finnes ingen dag 30 i 2022-02');
      expect(reasonAt('TimelineJS sheet row 15', 'Time')).toBe(
        '«noon» er ikke et klokkeslett som 14:30 eller 2:30 PM',
      );
      expect(reasonAt('TimelineJS sheet row 19', 'End Year')).toBe('en era trenger en slutt');
      expect(reasonAt('Chronicle CSV row 3', 'title')).toBe('raden har ingen tittel');
      expect(reasonAt('Chronicle CSV row 6', 'id')).toBe(
        'id-en «good» er allerede brukt av en tidligere rad',
      );
      expect(reasonAt('ACLED row 4', 'event_date')).toBe(
        '«yesterday» er ikke en dato som 2022-01-05, 05-01-2022 eller 5 January 2022 (månedsnavn på engelsk)',
      );
      expect(reasonAt('ACLED row 5', 'time_precision')).toBe(
        '«4» er ikke en av ACLEDs tidspresisjoner (time_precision) 1, 2 og 3',
      );
      expect(reasonAt('TimelineJS JSON slide 3', 'year')).toBe('«soon» er ikke et årstall');
      expect(reasonAt('CSV with a quote never closed row 3', null)).toBe(
        'raden kunne ikke leses som CSV: en celle i anførselstegn lukkes aldri',
      );
    });

    it('write notes and numbers the Norwegian way', () => {
      expect(reasonAt('TimelineJS sheet row 21', 'Headline')).toBe(
        'kortet ned til 300 tegn (den hadde 400)',
      );
      expect(reasonAt('ACLED row 11', 'fatalities')).toBe(
        'tallet er utelatt: raden oppgir ingen kilde for det',
      );
      expect(reasonAt('Chronicle CSV row 7', 'categories')).toBe(
        '«riot» er ikke en kategori; den er utelatt',
      );
    });

    it('say why a whole file cannot be read, in Norwegian', () => {
      expect(reasonAt('an empty CSV', null)).toBe('filen er tom: den har ingen overskriftsrad');
      expect(reasonAt('a CSV of no known format', null)).toMatch(
        /^denne filen er verken Chronicle JSON eller en tabell Chronicle kan lese: den første raden \("colour", "size"\)/,
      );
    });

    it('write the dataset’s own text in its language, English, whatever the reader’s', () => {
      const csv = toCsv(ACLED_HEADER, [{ ...ACLED_ROW, time_precision: '2', geo_precision: '2' }]);
      const { document } = importCsvText(csv);
      const [event] = document.events;
      expect(document.language).toBeUndefined();
      expect(event?.time).toMatchObject({
        basis: expect.stringMatching(/^ACLED time_precision 2: the source gives the week/),
      });
      expect(document.locations?.[0]?.name).toBe('Near Almaty, Kazakhstan');
      expect(event?.title).toBe('Violent demonstration in Almaty');
    });

    it('share no reason with English', async () => {
      const norwegian = everyImportReason().map((r) => r.reason);
      await loadLanguage('en');
      const english = new Set(everyImportReason().map((r) => r.reason));
      expect(norwegian.filter((reason) => english.has(reason))).toEqual([]);
    });
  });
});
