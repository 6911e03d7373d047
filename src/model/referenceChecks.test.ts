import { loadLanguage } from '../i18n/i18n';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from './testDataset';
import {
  aboutEvent,
  makeTestDataset,
  messagesAt,
  positionOf,
  problemsAfter,
  removeAt,
  setAt,
} from './testDataset';
import { laterProblemsAfter, makeLaterReportingDataset } from './laterReportingFixture';
import { validateDataset } from './validate';

// The tables of cases below are written when the file loads, before the suite's setup runs.
await loadLanguage('en');

/** The later-reporting event and the copied source, after the test dataset's own entries. */
const tollRevised = positionOf(makeLaterReportingDataset(), 'events', 'toll-revised');
const agencyCopy = positionOf(makeLaterReportingDataset(), 'sources', 'agency-copy');

describe('validateDataset: references to ids', () => {
  it.each<[JsonPath, string, string]>([
    [['published', 'source'], 'published.source', 'the publication ("published") refers to source'],
    [['actors', 1, 'memberOf', 0], 'actors[1].memberOf[0]', 'actor "police" refers to actor'],
    [['locations', 1, 'within'], 'locations[1].within', 'location "almaty" refers to location'],
    [
      ['events', 1, 'actors', 0, 'actor'],
      'events[1].actors[0].actor',
      aboutEvent(1, 'refers to actor'),
    ],
    [['events', 0, 'locations', 0], 'events[0].locations[0]', aboutEvent(0, 'refers to location')],
    [
      ['events', 1, 'casualties', 0, 'claimedBy'],
      'events[1].casualties[0].claimedBy',
      aboutEvent(1, 'refers to actor'),
    ],
    [
      ['events', 1, 'casualties', 0, 'sources', 1],
      'events[1].casualties[0].sources[1]',
      aboutEvent(1, 'refers to source'),
    ],
    [
      ['events', 2, 'citations', 1, 'source'],
      'events[2].citations[1].source',
      aboutEvent(2, 'refers to source'),
    ],
    [
      ['events', 1, 'citations', 0, 'via', 1],
      'events[1].citations[0].via[1]',
      aboutEvent(1, 'refers to source'),
    ],
  ])('reports a missing id at %j, naming the referrer and the id', (at, path, referrer) => {
    const problems = problemsAfter((doc) => setAt(doc, at, 'nope'));
    const list = referrer.endsWith('location')
      ? 'locations'
      : referrer.endsWith('actor')
        ? 'actors'
        : 'sources';
    expect(problems).toEqual([{ path, message: `${referrer} "nope", which is not in ${list}` }]);
  });

  it('words the reference from an event to a missing actor as in the format docs', () => {
    const problems = problemsAfter((doc) =>
      setAt(doc, ['events', 1, 'actors', 1, 'actor'], 'tokaev'),
    );
    expect(problems).toEqual([
      {
        path: 'events[1].actors[1].actor',
        message: aboutEvent(1, 'refers to actor "tokaev", which is not in actors'),
      },
    ]);
  });

  it('accepts "unspecified" as a casualty group but no other unknown id', () => {
    const problems = problemsAfter((doc) =>
      setAt(doc, ['events', 1, 'casualties', 0, 'group'], 'civilians'),
    );
    expect(messagesAt(problems, 'events[1].casualties[0].group')).toEqual([
      aboutEvent(
        1,
        'refers to actor "civilians", which is not in actors (use an actor id, or "unspecified" when the source does not say who)',
      ),
    ]);
  });

  it('does not look up ids in the wrong list', () => {
    // "square" is a location id, not an actor id.
    const problems = problemsAfter((doc) =>
      setAt(doc, ['events', 0, 'actors', 0, 'actor'], 'square'),
    );
    expect(messagesAt(problems, 'events[0].actors[0].actor')).toHaveLength(1);
  });
});

describe('validateDataset: duplicate ids', () => {
  it.each([
    ['actors', 'government', 2],
    ['locations', 'kazakhstan', 2],
    ['sources', 'daily-paper', 1],
    ['events', 'square-protest', 2],
  ])('reports a second %s entry with id %j, naming both positions', (collection, id, index) => {
    const problems = problemsAfter((doc) => setAt(doc, [collection, index, 'id'], id));
    const message = `duplicate id "${id}": ${collection}[0] and ${collection}[${index}] both use it; ids must be unique within ${collection}`;
    expect(messagesAt(problems, `${collection}[${index}].id`)).toEqual([
      collection === 'events'
        ? `event "${id}" (${makeTestDataset().events[index]?.title ?? ''}): ${message}`
        : message,
    ]);
  });

  it('allows the same id in different lists', () => {
    const dataset = makeTestDataset();
    dataset.actors.push({ id: 'kazakhstan', name: 'Kazakhstan', kind: 'country' });
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe('validateDataset: "within" cycles', () => {
  it('reports a place within itself', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['locations', 0, 'within'], 'kazakhstan'));
    expect(problems).toEqual([
      {
        path: 'locations[0].within',
        message:
          '"within" goes round in a circle: "kazakhstan" → "kazakhstan"; a place cannot lie within itself',
      },
    ]);
  });

  it('reports a longer cycle once, at its first place', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['locations', 0, 'within'], 'square'));
    expect(problems).toEqual([
      {
        path: 'locations[0].within',
        message:
          '"within" goes round in a circle: "kazakhstan" → "square" → "almaty" → "kazakhstan"; a place cannot lie within itself',
      },
    ]);
  });
});

describe('validateDataset: "memberOf" cycles', () => {
  it('reports an actor that is a member of itself', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['actors', 0, 'memberOf'], ['government']));
    expect(messagesAt(problems, 'actors[0].memberOf[0]')).toEqual([
      '"memberOf" goes round in a circle: "government" → "government"; an actor cannot belong to itself',
    ]);
  });

  it('reports a longer cycle once, at its first actor', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['actors', 0, 'memberOf'], ['protesters']);
      setAt(doc, ['actors', 2, 'memberOf'], ['police']);
    });
    expect(problems).toEqual([
      {
        path: 'actors[0].memberOf[0]',
        message:
          '"memberOf" goes round in a circle: "government" → "protesters" → "police" → "government"; an actor cannot belong to itself',
      },
    ]);
  });

  it('accepts shared groups that form no circle, and a long chain', () => {
    const dataset = makeTestDataset();
    const chain = Array.from({ length: 50_000 }, (_, i) => ({
      id: `unit-${i}`,
      name: `Unit ${i}`,
      kind: 'security-forces' as const,
      memberOf: i === 0 ? ['government'] : [`unit-${i - 1}`, 'government'],
    }));
    dataset.actors.push(...chain);
    expect(validateDataset(dataset).ok).toBe(true);
  });
});

describe('validateDataset: later reporting', () => {
  it('accepts claims, copies, a later-reporting event and a retracted figure', () => {
    const result = validateDataset(makeLaterReportingDataset());
    expect(result.ok ? '' : result.problems).toBe('');
  });

  it('reports a claim about an unknown event', () => {
    const problems = laterProblemsAfter((doc) => setAt(doc, ['claims', 0, 'event'], 'no-such'));
    expect(messagesAt(problems, 'claims[0].event')).toEqual([
      'claim "clearing-hours" is about event "no-such", which is not in events; a claim must be about an event of the dataset',
    ]);
  });

  it('reports a relation without a source', () => {
    const problems = laterProblemsAfter((doc) => setAt(doc, ['claims', 1, 'citations'], []));
    expect(messagesAt(problems, 'claims[1].citations')).toEqual([
      'claim "protest-in-city" says later reporting contradicts the article, but cites no source; give at least one citation',
    ]);
  });

  it('reports a claim left without citations when the field is left out', () => {
    const problems = laterProblemsAfter((doc) => removeAt(doc, ['claims', 0, 'citations']));
    expect(messagesAt(problems, 'claims[0].citations')).toEqual([
      'claim "clearing-hours" says later reporting is more precise than the article, but cites no source; give at least one citation',
    ]);
  });

  it.each<[JsonPath, string, string]>([
    [['claims', 1, 'locations', 0], 'claims[1].locations[0]', 'refers to location'],
    [
      ['claims', 2, 'casualties', 0, 'claimedBy'],
      'claims[2].casualties[0].claimedBy',
      'refers to actor',
    ],
    [
      ['claims', 2, 'casualties', 0, 'sources', 0],
      'claims[2].casualties[0].sources[0]',
      'refers to source',
    ],
    [['claims', 0, 'citations', 0, 'source'], 'claims[0].citations[0].source', 'refers to source'],
    [
      ['events', tollRevised, 'casualties', 0, 'withdrawn', 'sources', 0],
      `events[${tollRevised}].casualties[0].withdrawn.sources[0]`,
      'refers to source',
    ],
    [
      ['sources', agencyCopy, 'copyOf'],
      `sources[${agencyCopy}].copyOf`,
      'source "agency-copy" refers to source',
    ],
  ])('reports an unknown id in %j', (path, at, words) => {
    const problems = laterProblemsAfter((doc) => setAt(doc, path, 'missing-id'));
    expect(messagesAt(problems, at).join('\n')).toContain(words);
  });

  it('reports a duplicate claim id', () => {
    const problems = laterProblemsAfter((doc) => setAt(doc, ['claims', 1, 'id'], 'clearing-hours'));
    expect(messagesAt(problems, 'claims[1].id')[0]).toContain('duplicate id "clearing-hours"');
  });

  it('reports a copy of itself, and a link with a reason for having none', () => {
    const problems = laterProblemsAfter((doc) => {
      setAt(doc, ['sources', agencyCopy, 'copyOf'], 'agency-copy');
      setAt(doc, ['sources', agencyCopy, 'noLink'], 'no public link found');
    });
    expect(messagesAt(problems, `sources[${agencyCopy}].copyOf`)).toEqual([
      'source "agency-copy" cannot be a copy of itself',
    ]);
    expect(messagesAt(problems, `sources[${agencyCopy}].noLink`)[0]).toContain(
      'has a "url" and also says',
    );
  });

  it('reports a later-reporting event that cites the article', () => {
    const problems = laterProblemsAfter((doc) =>
      setAt(doc, ['events', tollRevised, 'citations', 0, 'source'], 'daily-paper'),
    );
    expect(messagesAt(problems, `events[${tollRevised}].citations[0].source`)[0]).toContain(
      'is later reporting ("account": "later-reporting") but cites the article "daily-paper"',
    );
  });

  it('rejects an unknown relation, status or subject', () => {
    const problems = laterProblemsAfter((doc) => {
      setAt(doc, ['claims', 0, 'relation'], 'refutes');
      setAt(doc, ['claims', 0, 'status'], 'maybe');
      setAt(doc, ['claims', 0, 'about'], 'weather');
    });
    expect(problems.map((p) => p.path).sort()).toEqual([
      'claims[0].about',
      'claims[0].relation',
      'claims[0].status',
    ]);
  });
});
