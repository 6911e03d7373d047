/**
 * Every message of the validator goes through the catalogs: with the pseudo-locale active (every
 * English message accented, see src/i18n/pseudo.ts), a broken dataset for each check is validated
 * and no message may hold a plain unaccented English word. What may stay unaccented is what a
 * message quotes (ids, the dataset's text, examples, all in "…"), the event's name the validator
 * puts first, and code words given as values: field names (`notBefore`, `actors`), the time
 * zone, and the words `Intl` joins a list with. The same idea as tests/e2e/language.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../i18n/catalogs/en.json';
import { intlLocale, loadLanguage } from '../i18n/i18n';
import { knownFieldsAt } from './knownFields';
import { makeLaterReportingDataset } from './laterReportingFixture';
import { documentOf, getAt, removeAt, setAt } from './testDataset';
import { formatProblems, validateDataset } from './validate';
import { eventLabel } from './validationMessages';
import type { ValidationProblem } from './validationProblem';

type Document = Record<string, unknown>;

/** One broken dataset: the catalog keys its messages use, and where a problem must be reported. */
interface Fixture {
  keys: string[];
  break: (document: Document) => void;
  path: string;
}

type Lists = 'actors' | 'locations' | 'sources' | 'events' | 'claims';

/** The position of `id` in one of the later-reporting dataset's lists. */
function at(list: Lists, id: string): number {
  const position = (makeLaterReportingDataset()[list] ?? []).findIndex((item) => item.id === id);
  if (position < 0) throw new Error(`fixture: no ${list} entry "${id}"`);
  return position;
}

const PROTEST = at('events', 'square-protest');
const CLEARED = at('events', 'square-cleared');
const REVISED = at('events', 'toll-revised');
const LATER_EVENT = at('events', 'shoot-without-warning');
const CLEARING = at('claims', 'clearing-hours');
const EIGHT = at('claims', 'eight-by-government');
const TOLL = at('claims', 'toll-rises');
const KAZAKHSTAN = at('locations', 'kazakhstan');
const ALMATY = at('locations', 'almaty');
const GOVERNMENT = at('actors', 'government');
const WIRE = at('sources', 'wire');
const MINISTRY = at('sources', 'ministry');

const eventTime = (time: unknown) => (document: Document) =>
  setAt(document, ['events', PROTEST, 'time'], time);
const protestTime = `events[${PROTEST}].time`;

/** A copy of a location without coordinates, under a new id. */
const unplaced = (document: Document, id: string, within?: string) => {
  const copy = structuredClone(getAt(document, ['locations', ALMATY])) as Document;
  copy.id = id;
  delete copy.coordinates;
  if (within === undefined) delete copy.within;
  else copy.within = within;
  (document.locations as unknown[]).push(copy);
};

const FIXTURES: Record<string, Fixture> = {
  'precision finer than the value': {
    keys: ['check.precisionFiner'],
    break: eventTime({ at: '2022-01', precision: 'day' }),
    path: `${protestTime}.precision`,
  },
  "precision finer than a duration's start": {
    keys: ['check.precisionFiner'],
    break: eventTime({ start: { at: '2022-01', precision: 'day' }, end: { at: '2022-02' } }),
    path: `${protestTime}.start.precision`,
  },
  "precision finer in a claim's time": {
    keys: ['check.precisionFiner', 'check.inClaim'],
    break: (d) => setAt(d, ['claims', CLEARING, 'time'], { at: '2022', precision: 'month' }),
    path: `claims[${CLEARING}].time.precision`,
  },
  'notAfter before notBefore': {
    keys: ['check.notAfterBeforeNotBefore'],
    break: eventTime({ notBefore: '2022-01-06', notAfter: '2022-01-04' }),
    path: `${protestTime}.notAfter`,
  },
  'notAfter before notBefore at the end': {
    keys: ['check.notAfterBeforeNotBefore'],
    break: eventTime({
      start: { at: '2022-01-01' },
      end: { notBefore: '2022-01-06', notAfter: '2022-01-04' },
    }),
    path: `${protestTime}.end.notAfter`,
  },
  'estimate outside both bounds': {
    keys: ['check.estimateOutsideBounds', 'check.point.bounds'],
    break: eventTime({ notBefore: '2022-01-04', notAfter: '2022-01-06', estimate: '2022-01-08' }),
    path: `${protestTime}.estimate`,
  },
  'estimate before its only bound': {
    keys: ['check.estimateOutsideBounds', 'check.point.notBefore'],
    break: eventTime({ notBefore: '2022-01-04', estimate: '2022-01-01' }),
    path: `${protestTime}.estimate`,
  },
  'estimate after its only bound': {
    keys: ['check.estimateOutsideBounds', 'check.point.notAfter'],
    break: eventTime({ notAfter: '2022-01-04', estimate: '2022-01-08' }),
    path: `${protestTime}.estimate`,
  },
  'end before start': {
    keys: ['check.endBeforeStart', 'check.point.notAfter'],
    break: eventTime({ start: { at: '2022-01-05' }, end: { notAfter: '2022-01-04' } }),
    path: `${protestTime}.end`,
  },
  'end before start in a claim': {
    keys: ['check.endBeforeStart', 'check.inClaim'],
    break: (d) =>
      setAt(d, ['claims', CLEARING, 'time'], { start: '2022-01-05', end: '2022-01-04' }),
    path: `claims[${CLEARING}].time.end`,
  },
  "the end's estimate before the start's": {
    keys: ['check.endEstimateBeforeStart', 'check.point.bounds'],
    break: eventTime({
      start: { notBefore: '2022-01-01', notAfter: '2022-01-10', estimate: '2022-01-08' },
      end: { notBefore: '2022-01-02', notAfter: '2022-01-12', estimate: '2022-01-03' },
    }),
    path: `${protestTime}.end`,
  },
  '"after" contradicted by the times': {
    keys: ['check.afterContradicted'],
    break: (d) => setAt(d, ['events', PROTEST, 'after'], ['shoot-without-warning']),
    path: `events[${PROTEST}].after[0]`,
  },
  'an inverted range': {
    keys: ['check.invertedRange'],
    break: (d) => setAt(d, ['events', CLEARED, 'casualties', 0, 'count', 'min'], 5000),
    path: `events[${CLEARED}].casualties[0].count.max`,
  },
  'an inverted range in a claim': {
    keys: ['check.invertedRangeInClaim'],
    break: (d) => setAt(d, ['claims', TOLL, 'casualties', 1, 'count', 'max'], 3),
    path: `claims[${TOLL}].casualties[1].count.max`,
  },
  'a retracted figure without a withdrawal': {
    keys: ['check.retractedWithoutWithdrawal', 'check.figure'],
    break: (d) => removeAt(d, ['events', REVISED, 'casualties', 0, 'withdrawn']),
    path: `events[${REVISED}].casualties[0].withdrawn`,
  },
  'a retracted figure without a withdrawal in a claim': {
    keys: ['check.retractedWithoutWithdrawal', 'check.figureInClaim'],
    break: (d) => setAt(d, ['claims', TOLL, 'casualties', 0, 'status'], 'retracted'),
    path: `claims[${TOLL}].casualties[0].withdrawn`,
  },
  'a withdrawal of a figure not retracted': {
    keys: ['check.withdrawnNotRetracted'],
    break: (d) => setAt(d, ['events', REVISED, 'casualties', 0, 'status'], 'confirmed'),
    path: `events[${REVISED}].casualties[0].status`,
  },
  'a withdrawal of a figure without a status': {
    keys: ['check.withdrawnNotRetracted', 'check.statusNotGiven'],
    break: (d) => removeAt(d, ['events', REVISED, 'casualties', 0, 'status']),
    path: `events[${REVISED}].casualties[0].status`,
  },
  'a withdrawal before the figure was posted': {
    keys: ['check.withdrawnBeforePosted'],
    break: (d) => setAt(d, ['events', REVISED, 'casualties', 0, 'withdrawn', 'at'], '2022-01-07'),
    path: `events[${REVISED}].casualties[0].withdrawn.at`,
  },
  'a claim restating a figure the event lacks': {
    keys: ['check.claimFigureMissing'],
    break: (d) => setAt(d, ['claims', EIGHT, 'figure'], 5),
    path: `claims[${EIGHT}].figure`,
  },
  'a claim restating one figure with none': {
    keys: ['check.claimFigureCount'],
    break: (d) => setAt(d, ['claims', EIGHT, 'casualties'], []),
    path: `claims[${EIGHT}].casualties`,
  },
  'a category listed twice': {
    keys: ['check.categoryTwice'],
    break: (d) => {
      const categories = getAt(d, ['events', PROTEST, 'categories']) as string[];
      categories.push(categories[0] ?? 'protest');
    },
    path: `events[${PROTEST}].categories[1]`,
  },
  'a duplicate id': {
    keys: ['check.duplicateId'],
    break: (d) => setAt(d, ['sources', MINISTRY, 'id'], 'wire'),
    path: `sources[${Math.max(WIRE, MINISTRY)}].id`,
  },
  '"within" in a circle': {
    keys: ['check.withinCycle'],
    break: (d) => setAt(d, ['locations', KAZAKHSTAN, 'within'], 'almaty'),
    path: `locations[${KAZAKHSTAN}].within`,
  },
  '"memberOf" in a circle': {
    keys: ['check.memberOfCycle'],
    break: (d) => setAt(d, ['actors', GOVERNMENT, 'memberOf'], ['police']),
    path: `actors[${GOVERNMENT}].memberOf[0]`,
  },
  '"after" in a circle': {
    keys: ['check.afterCycle'],
    break: (d) => {
      setAt(d, ['events', PROTEST, 'after'], ['shoot-without-warning']);
      setAt(d, ['events', LATER_EVENT, 'after'], ['square-protest']);
    },
    path: `events[${LATER_EVENT}].after`,
  },
  "an event's reference to a missing place": {
    keys: ['check.unknownReference'],
    break: (d) => setAt(d, ['events', PROTEST, 'locations'], ['atlantis']),
    path: `events[${PROTEST}].locations[0]`,
  },
  "a figure's missing group": {
    keys: ['check.unknownReference'],
    break: (d) => setAt(d, ['events', CLEARED, 'casualties', 0, 'group'], 'nobody'),
    path: `events[${CLEARED}].casualties[0].group`,
  },
  "the publication's missing source": {
    keys: ['check.unknownReferenceFrom', 'check.referrer.published'],
    break: (d) => setAt(d, ['published', 'source'], 'no-paper'),
    path: 'published.source',
  },
  "an actor's missing group": {
    keys: ['check.unknownReferenceFrom', 'check.referrer.actor'],
    break: (d) => setAt(d, ['actors', GOVERNMENT, 'memberOf'], ['nobody']),
    path: `actors[${GOVERNMENT}].memberOf[0]`,
  },
  "a place's missing parent": {
    keys: ['check.unknownReferenceFrom', 'check.referrer.location'],
    break: (d) => setAt(d, ['locations', ALMATY, 'within'], 'atlantis'),
    path: `locations[${ALMATY}].within`,
  },
  "a copy's missing original": {
    keys: ['check.unknownReferenceFrom', 'check.referrer.source'],
    break: (d) => setAt(d, ['sources', WIRE, 'copyOf'], 'no-paper'),
    path: `sources[${WIRE}].copyOf`,
  },
  "a claim's missing place": {
    keys: ['check.unknownReferenceFrom', 'check.referrer.claim'],
    break: (d) => setAt(d, ['claims', TOLL, 'casualties', 0, 'group'], 'nobody'),
    path: `claims[${TOLL}].casualties[0].group`,
  },
  'an event after itself': {
    keys: ['check.afterItself'],
    break: (d) => setAt(d, ['events', PROTEST, 'after'], ['square-protest']),
    path: `events[${PROTEST}].after[0]`,
  },
  'a source copying itself': {
    keys: ['check.copyOfItself'],
    break: (d) => setAt(d, ['sources', WIRE, 'copyOf'], 'wire'),
    path: `sources[${WIRE}].copyOf`,
  },
  'a link and a reason for none': {
    keys: ['check.urlAndNoLink'],
    break: (d) => setAt(d, ['sources', MINISTRY, 'noLink'], 'gone'),
    path: `sources[${MINISTRY}].noLink`,
  },
  'later reporting citing the article': {
    keys: ['check.laterCitesArticle'],
    break: (d) => setAt(d, ['events', REVISED, 'citations'], [{ source: 'daily-paper' }]),
    path: `events[${REVISED}].citations[0].source`,
  },
  'a claim about a missing event': {
    keys: ['check.claimUnknownEvent'],
    break: (d) => setAt(d, ['claims', TOLL, 'event'], 'no-such'),
    path: `claims[${TOLL}].event`,
  },
  ...Object.fromEntries(
    ['confirms', 'more-precise', 'contradicts', 'attribution', 'outcome'].map((relation) => [
      `a claim that ${relation} without a citation`,
      {
        keys: ['check.claimNoCitation'],
        break: (d: Document) => {
          setAt(d, ['claims', TOLL, 'relation'], relation);
          setAt(d, ['claims', TOLL, 'citations'], []);
        },
        path: `claims[${TOLL}].citations`,
      },
    ]),
  ),
  'a place without coordinates': {
    keys: ['check.noCoordinates'],
    break: (d) => unplaced(d, 'lost-city'),
    path: `locations[${makeLaterReportingDataset().locations.length}].coordinates`,
  },
  'a place without coordinates within others without': {
    keys: ['check.noCoordinatesWithin'],
    break: (d) => {
      unplaced(d, 'lost-city');
      unplaced(d, 'lost-quarter', 'lost-city');
    },
    path: `locations[${makeLaterReportingDataset().locations.length + 1}].coordinates`,
  },
  'a former id in use': {
    keys: ['check.aliasInUse'],
    break: (d) => setAt(d, ['events', PROTEST, 'aliases'], ['square-cleared']),
    path: `events[${PROTEST}].aliases[0]`,
  },
  'a former id of two events': {
    keys: ['check.aliasTwice'],
    break: (d) => {
      setAt(d, ['events', PROTEST, 'aliases'], ['old-protest']);
      setAt(d, ['events', CLEARED, 'aliases'], ['old-protest']);
    },
    path: `events[${Math.max(PROTEST, CLEARED)}].aliases[0]`,
  },
  'an empty title': {
    keys: ['check.text.empty'],
    break: (d) => setAt(d, ['events', PROTEST, 'title'], '  '),
    path: `events[${PROTEST}].title`,
  },
  'an invisible title': {
    keys: ['check.text.invisible'],
    break: (d) => setAt(d, ['events', PROTEST, 'title'], '\u200B'),
    path: `events[${PROTEST}].title`,
  },
  'a direction override': {
    keys: ['check.text.directionControl'],
    break: (d) => setAt(d, ['sources', WIRE, 'name'], 'Wire\u202E (fake)'),
    path: `sources[${WIRE}].name`,
  },
  'an id that is not a slug': {
    keys: ['check.value.id'],
    break: (d) => setAt(d, ['id'], 'Not A Slug'),
    path: 'id',
  },
  'a date that is not ISO 8601': {
    keys: ['check.value.isoDate'],
    break: (d) => setAt(d, ['published', 'date'], '6/1/2022'),
    path: 'published.date',
  },
  'an impossible date': {
    keys: ['check.value.impossibleDate'],
    break: (d) => setAt(d, ['published', 'date'], '2022-02-30'),
    path: 'published.date',
  },
  'an instant that is not ISO 8601': {
    keys: ['check.value.isoInstant'],
    break: (d) => setAt(d, ['events', CLEARED, 'casualties', 0, 'asOf'], 'yesterday'),
    path: `events[${CLEARED}].casualties[0].asOf`,
  },
  'an impossible instant': {
    keys: ['check.value.impossibleMoment'],
    break: (d) => setAt(d, ['events', CLEARED, 'casualties', 0, 'asOf'], '2022-02-30T10:00Z'),
    path: `events[${CLEARED}].casualties[0].asOf`,
  },
  'a link that is not http': {
    keys: ['check.value.url'],
    break: (d) => setAt(d, ['sources', MINISTRY, 'url'], 'ftp://example.org/'),
    path: `sources[${MINISTRY}].url`,
  },
  'a language that is not a tag': {
    keys: ['check.value.languageTag'],
    break: (d) => setAt(d, ['language'], 'English!'),
    path: 'language',
  },
  'a time zone that is not one': {
    keys: ['check.value.timeZone'],
    break: (d) => setAt(d, ['timeZone'], 'Mars/Olympus'),
    path: 'timeZone',
  },
  'a figure without sources': {
    keys: ['check.sourcesNeeded'],
    break: (d) => setAt(d, ['events', CLEARED, 'casualties', 0, 'sources'], []),
    path: `events[${CLEARED}].casualties[0].sources`,
  },
  'a translation under a key that is not a tag': {
    keys: ['check.translation.key'],
    break: (d) => setAt(d, ['events', PROTEST, 'translations'], { 'not a tag': { title: 'x' } }),
    path: `events[${PROTEST}].translations["not a tag"]`,
  },
  'a translation without fields': {
    keys: ['check.translation.empty'],
    break: (d) => setAt(d, ['events', PROTEST, 'translations'], { nb: {} }),
    path: `events[${PROTEST}].translations.nb`,
  },
  'quoted phrases under a key that is not a tag': {
    keys: ['check.translation.phrasesKey'],
    break: (d) => setAt(d, ['quotedPhrases'], { 'not a tag': ['på søndag'] }),
    path: 'quotedPhrases["not a tag"]',
  },
  '"at" and bounds': {
    keys: ['check.time.atAndBounds'],
    break: eventTime({ at: '2022-01-05', notBefore: '2022-01-04' }),
    path: protestTime,
  },
  'a time without a value': {
    keys: ['check.time.noValue'],
    break: eventTime({ basis: 'unknown' }),
    path: protestTime,
  },
  'an estimate without bounds': {
    keys: ['check.time.estimateNeedsBounds'],
    break: eventTime({ estimate: '2022-01-05' }),
    path: protestTime,
  },
  'an estimate with "at"': {
    keys: ['check.time.estimateWithAt'],
    break: eventTime({ at: '2022-01-05', estimate: '2022-01-05' }),
    path: `${protestTime}.estimate`,
  },
  'a duration without an end': {
    keys: ['check.time.durationNeedsEnd'],
    break: eventTime({ start: '2022-01-05' }),
    path: `${protestTime}.end`,
  },
  'a duration without a start': {
    keys: ['check.time.durationNeedsStart'],
    break: eventTime({ end: '2022-01-05' }),
    path: `${protestTime}.start`,
  },
  '"at" beside "start" and "end"': {
    keys: ['check.time.misplaced'],
    break: eventTime({ start: '2022-01-05', end: '2022-01-06', at: '2022-01-05' }),
    path: `${protestTime}.at`,
  },
  '"edtf" with other fields': {
    keys: ['check.time.edtfAlone'],
    break: eventTime({ edtf: '2022-01-05', at: '2022-01-05', precision: 'day' }),
    path: `${protestTime}.edtf`,
  },
  'an EDTF season': {
    keys: ['check.edtf.season'],
    break: eventTime('2022-21'),
    path: protestTime,
  },
  ...Object.fromEntries(
    ['20', 'Y20000', '{2022-01-01,2022-01-05}', '2022-21/2022-22'].map((edtf) => [
      `the EDTF form ${edtf}`,
      { keys: ['check.edtf.unsupported'], break: eventTime(edtf), path: protestTime },
    ]),
  ),
  'EDTF unspecified digits': {
    keys: ['check.edtf.unspecified'],
    break: eventTime('198X'),
    path: protestTime,
  },
  'an EDTF year of five digits': {
    keys: ['check.edtf.year'],
    break: eventTime('-0500'),
    path: protestTime,
  },
  'an EDTF clock time without its offset': {
    keys: ['check.edtf.offset'],
    break: eventTime('2022-01-05T10:00'),
    path: protestTime,
  },
  'a time that is neither ISO 8601 nor EDTF': {
    keys: ['check.edtf.unreadable'],
    break: eventTime('soon'),
    path: protestTime,
  },
  'an EDTF set of two dates': {
    keys: ['check.edtf.set'],
    break: eventTime('[2022-01-01,2022-01-05]'),
    path: protestTime,
  },
  'an EDTF interval without ends': {
    keys: ['check.edtf.intervalEnds'],
    break: eventTime('../..'),
    path: protestTime,
  },
  'an EDTF interval as one end': {
    keys: ['check.edtf.intervalAsEnd'],
    break: eventTime({ start: '2022-01-01/2022-01-02', end: '2022-01-05' }),
    path: `${protestTime}.start`,
  },
  'a misspelt field': {
    keys: ['check.hint.didYouMean'],
    break: (d) => setAt(d, ['events', PROTEST, 'titel'], 'x'),
    path: `events[${PROTEST}]`,
  },
  'an unknown field': {
    keys: ['check.hint.allowed'],
    break: (d) => setAt(d, ['published', 'newspaper'], 'x'),
    path: 'published',
  },
  'a "$schema" field': {
    keys: ['check.hint.schema'],
    break: (d) => setAt(d, ['$schema'], './schema.json'),
    path: '(document)',
  },
};

/** Keys whose messages this file checks apart from the fixtures, in the tests below. */
const CHECKED_APART = ['check.noSource', 'check.uncheckable', 'check.moreProblems'];
/** Keys no dataset can reach in a test: EDTF text before the parser is loaded (setup loads it). */
const UNREACHABLE = ['check.edtf.noParser'];

/** Every field name of a document, at any depth: code words, which messages may name. */
function fieldNames(value: unknown, names = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => fieldNames(item, names));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      names.add(key.toLowerCase());
      fieldNames(item, names);
    }
  }
  return names;
}

/** The words `Intl` writes between the items of a list in the active locale ("and", "or"). */
function listWords(): string[] {
  return (['conjunction', 'disjunction'] as const).flatMap(
    (type) =>
      new Intl.ListFormat(intlLocale(), { type }).format(['1', '2', '3']).match(/\p{L}+/gu) ?? [],
  );
}

/** Code words a message may hold unaccented: field names, collections, the time zone's name. */
function codeWords(document: Document): Set<string> {
  const words = fieldNames(document);
  for (const word of [...knownFieldsAt(['published']), ...listWords(), 'Asia', 'Almaty']) {
    words.add(word.toLowerCase());
  }
  return words;
}

/** A message without what it quotes and without the event names the validator puts first. */
function wordsOutsideData(message: string, document: Document): string[] {
  let text = message;
  for (const event of (document.events as Document[] | undefined) ?? []) {
    if (typeof event.id === 'string') text = text.replaceAll(eventLabel(event.id, event.title), '');
  }
  // JSON strings as `quote` writes them: ids, the dataset's text, examples of the format.
  text = text.replace(/"(?:[^"\\]|\\.)*"/g, '');
  return text.match(/\p{L}+/gu) ?? [];
}

/** The plain English words of a message that are neither data nor code: it skipped the catalog. */
function untranslatedWords(message: string, document: Document): string[] {
  const allowed = codeWords(document);
  return wordsOutsideData(message, document).filter(
    (word) => /^[A-Za-z]{2,}$/.test(word) && !allowed.has(word.toLowerCase()),
  );
}

function problemsOf(fixture: Fixture): { document: Document; problems: ValidationProblem[] } {
  const document = documentOf(makeLaterReportingDataset());
  fixture.break(document);
  const result = validateDataset(document);
  return { document, problems: result.ok ? [] : result.problems };
}

describe('every validator message in the pseudo-locale', () => {
  beforeAll(async () => {
    await loadLanguage('pseudo');
  });
  afterAll(async () => {
    await loadLanguage('en');
  });

  it('has a broken dataset for every check message of the catalog', () => {
    const covered = new Set(
      [...Object.values(FIXTURES).flatMap((f) => f.keys), ...CHECKED_APART, ...UNREACHABLE].map(
        String,
      ),
    );
    const keys = Object.keys(en).filter((key) => key.startsWith('check.'));
    expect(keys.filter((key) => !covered.has(key))).toEqual([]);
    expect([...covered].filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each(Object.entries(FIXTURES))('%s: every message is accented', (_, fixture) => {
    const { document, problems } = problemsOf(fixture);
    expect(
      problems.map((p) => p.path),
      'the problem is reported where expected',
    ).toContain(fixture.path);
    for (const problem of problems) {
      // Accented text is what the catalog's messages give: the test sees it, not just the absence of English.
      expect(problem.message, problem.path).toMatch(/[^\p{ASCII}]/u);
      expect(untranslatedWords(problem.message, document), problem.message).toEqual([]);
    }
  });

  it('accents the warning for an event without a source', () => {
    const document = documentOf(makeLaterReportingDataset());
    setAt(document, ['events', PROTEST, 'citations'], []);
    const result = validateDataset(document);
    const warnings = result.ok ? result.warnings : [];
    expect(warnings.map((w) => w.path)).toContain(`events[${PROTEST}].citations`);
    for (const warning of warnings) {
      expect(untranslatedWords(warning.message, document), warning.message).toEqual([]);
    }
  });

  it('accents the problem of a document that could not be checked, and the count of the rest', () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error('ẞ');
        },
      },
    );
    const result = validateDataset(throwing);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(1);
    expect(untranslatedWords(problems[0]?.message ?? 'nothing at all', {})).toEqual([]);
    const many = [1, 2, 3].map((n) => ({ path: `p${n}`, message: 'ẞ' }));
    expect(untranslatedWords(formatProblems(many, 1), {})).toEqual([]);
  });

  it('catches a message that skipped the catalog', () => {
    expect(untranslatedWords('[Ţĥé ƒíĝûŕé "30 dead" ··] is not accented', {})).toEqual([
      'is',
      'not',
      'accented',
    ]);
    expect(untranslatedWords('[Ŕéƒéŕš ţö "x" íñ actors at notBefore ··]', { actors: [] })).toEqual([
      'at',
      'notBefore',
    ]);
  });
});
