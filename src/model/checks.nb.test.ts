/**
 * The validator's messages in Norwegian Bokmål: one of each kind (a time, a figure, a claim, a
 * reference, a text rule, a value type, a written time, EDTF, a field hint, the validator's own),
 * word for word, with the code words of the format left as they are.
 */
import { describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import { loadLanguage } from '../i18n/i18n';
import { makeLaterReportingDataset } from './laterReportingFixture';
import { documentOf, messagesAt, removeAt, setAt } from './testDataset';
import { formatProblems, validateDataset } from './validate';
import type { ValidationProblem } from './validationProblem';

type Document = Record<string, unknown>;

const DATASET = makeLaterReportingDataset();
const event = (id: string) => DATASET.events.findIndex((item) => item.id === id);
const claim = (id: string) => (DATASET.claims ?? []).findIndex((item) => item.id === id);
const PROTEST = event('square-protest');
const CLEARED = event('square-cleared');
const REVISED = event('toll-revised');

/** The problems of the later-reporting dataset broken by `change`. */
function problemsAfter(change: (document: Document) => void): ValidationProblem[] {
  const document = documentOf(DATASET);
  change(document);
  const result = validateDataset(document);
  return result.ok ? [] : result.problems;
}

/** The one message at `path` after `change`. */
function messageAt(path: string, change: (document: Document) => void): string | undefined {
  return messagesAt(problemsAfter(change), path)[0];
}

const protest = 'hendelse "square-protest" (Protest in Republic Square): ';
const revised = 'hendelse "toll-revised" (Government revises the toll): ';

inLanguage('nb');

describe('the checks inside events and claims, in Norwegian', () => {
  it('says which point of a time is wrong, and what a value names', () => {
    expect(
      messageAt(`events[${PROTEST}].time.precision`, (d) =>
        setAt(d, ['events', PROTEST, 'time'], { at: '2022-01', precision: 'day' }),
      ),
    ).toBe(
      `${protest}tidspunktet har presisjon "day", men at-verdien "2022-01" angir bare en hel måned; bruk presisjon "month" (eller grovere), eller skriv at mer detaljert`,
    );
    expect(
      messageAt(`events[${PROTEST}].time.start.notAfter`, (d) =>
        setAt(d, ['events', PROTEST, 'time'], {
          start: { notBefore: '2022-01-06', notAfter: '2022-01-04' },
          end: '2022-01-08',
        }),
      ),
    ).toBe(
      `${protest}starten: notAfter "2022-01-04" er før notBefore "2022-01-06" (i Asia/Almaty)`,
    );
  });

  it('writes the bounds in words', () => {
    expect(
      messageAt(`events[${PROTEST}].time.estimate`, (d) =>
        setAt(d, ['events', PROTEST, 'time'], {
          notBefore: '2022-01-04',
          notAfter: '2022-01-06',
          estimate: '2022-01-08',
        }),
      ),
    ).toBe(
      `${protest}estimate "2022-01-08" ligger utenfor grensene (ikke før "2022-01-04", ikke etter "2022-01-06")`,
    );
  });

  it("names the claim first for a claim's time", () => {
    const at = claim('clearing-hours');
    expect(
      messageAt(`claims[${at}].time.end`, (d) =>
        setAt(d, ['claims', at, 'time'], { start: '2022-01-05', end: { notAfter: '2022-01-04' } }),
      ),
    ).toBe(
      'påstanden "clearing-hours": slutter før den begynner: slutten (ikke etter "2022-01-04") er før starten ("2022-01-05") (i Asia/Almaty)',
    );
  });

  it('writes numbers the Norwegian way in an inverted range', () => {
    const message = messageAt(`events[${CLEARED}].casualties[0].count.max`, (d) =>
      setAt(d, ['events', CLEARED, 'casualties', 0, 'count'], {
        min: 5000,
        max: 1000,
        approximate: false,
        text: 'x',
      }),
    );
    expect(message?.replace(/\s/gu, ' ')).toBe(
      'hendelse "square-cleared" (Police clear the square): omvendt intervall: max 1 000 er mindre enn min 5 000',
    );
  });

  it('names a figure of a claim as "tallet … i påstanden …"', () => {
    const at = claim('toll-rises');
    expect(
      messageAt(`claims[${at}].casualties[0].withdrawn`, (d) =>
        setAt(d, ['claims', at, 'casualties', 0, 'status'], 'retracted'),
      ),
    ).toBe(
      'tallet "twelve" i påstanden "toll-rises" er trukket tilbake, men det står ikke når det skjedde; oppgi "withdrawn": { "at": … } senere enn asOf-verdien "2022-01-07"',
    );
  });

  it('says a status is not given, and a withdrawal came too early', () => {
    expect(
      messageAt(`events[${REVISED}].casualties[0].status`, (d) =>
        removeAt(d, ['events', REVISED, 'casualties', 0, 'status']),
      ),
    ).toBe(
      `${revised}tallet "30 dead" har en tilbaketrekking, men statusen er ikke oppgitt; et tall som er trukket tilbake, har status "retracted"`,
    );
    expect(
      messageAt(`events[${REVISED}].casualties[0].withdrawn.at`, (d) =>
        setAt(d, ['events', REVISED, 'casualties', 0, 'withdrawn', 'at'], '2022-01-07'),
      ),
    ).toBe(
      `${revised}tallet "30 dead" ble trukket tilbake "2022-01-07", før asOf-verdien "2022-01-08"; et tall kan bare trekkes tilbake etter at det er publisert`,
    );
  });

  it('counts the figures of the event a claim restates', () => {
    const at = claim('eight-by-government');
    expect(messageAt(`claims[${at}].figure`, (d) => setAt(d, ['claims', at, 'figure'], 5))).toBe(
      'påstanden "eight-by-government" gjengir tall 5 i hendelsen "square-cleared", som har tallene 0 til 1',
    );
  });
});

describe('the checks on references, in Norwegian', () => {
  it('reports a duplicate id and a circle', () => {
    expect(messageAt('sources[2].id', (d) => setAt(d, ['sources', 2, 'id'], 'wire'))).toBe(
      'id-en "wire" er brukt to ganger: både sources[1] og sources[2] bruker den; id-er må være unike i sources',
    );
    expect(
      messageAt('locations[0].within', (d) => setAt(d, ['locations', 0, 'within'], 'almaty')),
    ).toBe(
      '"within" går i ring: "kazakhstan" → "almaty" → "kazakhstan"; et sted kan ikke ligge i seg selv',
    );
  });

  it('names what is missing in Norwegian, with the hint for a group', () => {
    expect(
      messageAt(`events[${CLEARED}].casualties[0].group`, (d) =>
        setAt(d, ['events', CLEARED, 'casualties', 0, 'group'], 'nobody'),
      ),
    ).toBe(
      'hendelse "square-cleared" (Police clear the square): viser til aktøren "nobody", som ikke finnes i actors (bruk id-en til en aktør, eller "unspecified" når kilden ikke sier hvem)',
    );
    expect(
      messageAt('published.source', (d) => setAt(d, ['published', 'source'], 'no-paper')),
    ).toBe('publikasjonen ("published") viser til kilden "no-paper", som ikke finnes i sources');
  });

  it("words a claim's relation to the article in Norwegian", () => {
    const at = claim('protest-in-city');
    expect(
      messageAt(`claims[${at}].citations`, (d) => setAt(d, ['claims', at, 'citations'], [])),
    ).toBe(
      'påstanden "protest-in-city" sier at senere rapportering motsier artikkelen, men viser ikke til noen kilde; oppgi minst én kildehenvisning',
    );
  });
});

describe('the messages of the schema, in Norwegian', () => {
  it('gives a text rule in the language active when the dataset is checked, not when the schema was built', async () => {
    const invisible = (d: Document) => setAt(d, ['events', PROTEST, 'title'], '\u200B');
    const path = `events[${PROTEST}].title`;
    expect(messageAt(path, invisible)).toBe(
      'hendelse "square-protest": ventet synlig tekst, men den har bare mellomrom eller usynlige tegn (som mellomrom med null bredde), fikk "\\u200B"',
    );
    await loadLanguage('en');
    expect(messageAt(path, invisible)).toMatch(/: expected visible text, but it has only spaces/);
    await loadLanguage('nb');
    expect(messageAt(path, invisible)).toMatch(/: ventet synlig tekst/);
  });

  it('words a value type and a translation key', () => {
    expect(messageAt('id', (d) => setAt(d, ['id'], 'Not A Slug'))).toBe(
      'ventet en slug av små bokstaver, sifre og enkle bindestreker, for eksempel "almaty-protest", fikk "Not A Slug"',
    );
    expect(
      messageAt(`events[${PROTEST}].translations["not a tag"]`, (d) =>
        setAt(d, ['events', PROTEST, 'translations'], { 'not a tag': { title: 'x' } }),
      ),
    ).toBe(
      `${protest}ventet en BCP 47-språkkode som "nb", "en" eller "ru-KZ" som nøkkel for en oversettelse, fikk "not a tag"`,
    );
  });

  it('joins the fields to leave out with "og"', () => {
    expect(
      messageAt(`events[${PROTEST}].time.edtf`, (d) =>
        setAt(d, ['events', PROTEST, 'time'], {
          edtf: '2022-01-05',
          at: '2022-01-05',
          precision: 'day',
          approximate: true,
        }),
      ),
    ).toBe(
      `${protest}"edtf" gir hele tidspunktet; utelat "at", "precision" og "approximate" (bare "basis" kan stå sammen med det), fikk et objekt`,
    );
  });

  it('names an EDTF form it does not read', () => {
    expect(
      messageAt(`events[${PROTEST}].time`, (d) => setAt(d, ['events', PROTEST, 'time'], '20')),
    ).toBe(
      `${protest}et EDTF-århundre støttes ikke her; skriv grensene med notBefore og notAfter, fikk "20"`,
    );
  });

  it('asks "mente du" for a misspelt field', () => {
    expect(
      messageAt(`events[${PROTEST}]`, (d) => setAt(d, ['events', PROTEST, 'titel'], 'x')),
    ).toBe(`${protest}ukjent felt "titel" (mente du "title"?)`);
  });
});

describe("the validator's own words, in Norwegian", () => {
  it('warns of an event without a source', () => {
    const document = documentOf(DATASET);
    setAt(document, ['events', PROTEST, 'citations'], []);
    const result = validateDataset(document);
    expect(result.ok ? result.warnings.map((w) => w.message) : []).toEqual([
      `${protest}ingen kilde oppgitt`,
    ]);
  });

  it('counts the problems left out', () => {
    const problems = [1, 2, 3].map((n) => ({ path: `p${n}`, message: 'm' }));
    expect(formatProblems(problems, 1)).toBe('p1: m\n… og 2 problemer til');
    expect(formatProblems(problems, 2)).toBe('p1: m\np2: m\n… og 1 problem til');
  });
});
