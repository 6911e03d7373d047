/**
 * Small typed test data for later reporting: the test dataset (`makeTestDataset`) with a layer of
 * later reports beside its article's account. Made up, like it.
 *
 * Publication times (Asia/Almaty): the article 6 January; `evening-wire` 5 January 20:00;
 * `agency-copy` (a copy of `wire`) 7 January; `late-report` 10 January; `undated-post` none.
 */
import { documentOf, makeTestDataset } from './testDataset';
import type { Dataset } from './schema';
import { validateDataset } from './validate';
import type { ValidationProblem } from './validationProblem';

/** A fresh, valid dataset with claims, a later-reporting event and a retracted figure. */
export function makeLaterReportingDataset(): Dataset {
  const dataset = makeTestDataset();
  return {
    ...dataset,
    sources: [
      ...dataset.sources,
      {
        id: 'evening-wire',
        name: 'Wire Agency: evening report',
        kind: 'news-agency',
        outlet: 'Wire Agency (English)',
        headline: 'Square cleared overnight, ministry says',
        url: 'https://example.net/wire/1',
        date: '2022-01-05T20:00+06:00',
        language: 'en',
      },
      {
        id: 'agency-copy',
        name: 'Aggregator: copy of the Wire Agency',
        kind: 'other',
        url: 'https://example.org/copy/2',
        date: '2022-01-07',
        language: 'en',
        copyOf: 'wire',
      },
      {
        id: 'late-report',
        name: 'Weekly review',
        kind: 'newspaper',
        url: 'https://example.com/review',
        date: '2022-01-10',
        language: 'en',
      },
      {
        id: 'undated-post',
        name: 'A post of unknown date',
        kind: 'social-media',
        noLink: 'no public link found',
      },
    ],
    events: [
      ...dataset.events,
      {
        id: 'toll-revised',
        account: 'later-reporting',
        title: 'Government revises the toll',
        time: { at: '2022-01-10' },
        actors: [{ actor: 'government' }],
        locations: ['kazakhstan'],
        categories: ['casualties'],
        casualties: [
          {
            kind: 'killed',
            group: 'unspecified',
            count: { min: 30, max: 30, approximate: false, text: '30 dead' },
            asOf: '2022-01-08',
            claimedBy: 'government',
            sources: ['agency-copy'],
            status: 'retracted',
            withdrawn: {
              at: '2022-01-09',
              text: 'called an error',
              sources: ['late-report'],
            },
          },
          {
            kind: 'killed',
            group: 'unspecified',
            count: { min: 20, max: 20, approximate: false, text: '20 dead' },
            asOf: '2022-01-10',
            claimedBy: 'government',
            sources: ['late-report'],
            status: 'confirmed',
          },
        ],
        citations: [{ source: 'late-report' }],
      },
    ],
    claims: [
      {
        id: 'clearing-hours',
        event: 'square-cleared',
        about: 'time',
        relation: 'more-precise',
        status: 'confirmed',
        article: 'overnight',
        later: 'from 01:00 to 04:00',
        time: {
          start: { at: '2022-01-05T01:00+06:00' },
          end: { at: '2022-01-05T04:00+06:00' },
          basis: 'The wire gives the hours.',
        },
        citations: [
          {
            source: 'evening-wire',
            quote: { original: 'Police moved in at 1 am and left at 4 am.', language: 'en' },
          },
        ],
      },
      {
        id: 'protest-in-city',
        event: 'square-protest',
        about: 'place',
        relation: 'contradicts',
        status: 'unconfirmed',
        article: 'in Republic Square',
        later: 'across the city',
        locations: ['almaty'],
        citations: [{ source: 'agency-copy' }],
      },
      {
        id: 'eight-by-government',
        event: 'square-cleared',
        about: 'figures',
        relation: 'attribution',
        status: 'confirmed',
        article: 'the ministry, as of 5 January',
        later: 'the government, as of 4 January',
        figure: 0,
        casualties: [
          {
            kind: 'killed',
            group: 'protesters',
            count: { min: 8, max: 8, approximate: false, text: 'eight' },
            asOf: '2022-01-04',
            claimedBy: 'government',
            sources: ['evening-wire'],
            status: 'confirmed',
          },
        ],
        citations: [{ source: 'evening-wire' }],
      },
      {
        id: 'toll-rises',
        event: 'square-cleared',
        about: 'figures',
        relation: 'outcome',
        status: 'confirmed',
        later: 'twelve dead by 7 January',
        casualties: [
          {
            kind: 'killed',
            group: 'protesters',
            count: { min: 12, max: 12, approximate: false, text: 'twelve' },
            asOf: '2022-01-07',
            claimedBy: 'government',
            sources: ['agency-copy'],
            status: 'confirmed',
          },
          {
            kind: 'killed',
            group: 'protesters',
            count: { min: 15, max: 15, approximate: false, text: 'fifteen' },
            asOf: '2022-01-07',
            claimedBy: null,
            sources: ['agency-copy'],
            status: 'unconfirmed',
          },
        ],
        citations: [{ source: 'agency-copy' }],
      },
      {
        id: 'undated-rumour',
        event: 'station-attacked',
        about: 'outcome',
        relation: 'outcome',
        status: 'unconfirmed',
        later: 'the station burned',
        citations: [{ source: 'undated-post' }],
      },
    ],
  };
}

/** Breaks a copy of the later-reporting dataset with `change` and returns the problems found. */
export function laterProblemsAfter(
  change: (document: Record<string, unknown>) => void,
): ValidationProblem[] {
  const document = documentOf(makeLaterReportingDataset());
  change(document);
  const result = validateDataset(document);
  if (result.ok) throw new Error('fixture: expected the changed document to be rejected');
  return result.problems;
}
