import { loadLanguage } from '../i18n/i18n';
import { describe, expect, it } from 'vitest';
import {
  makeTestDataset,
  aboutEvent,
  documentOf,
  messagesAt,
  problemsAfter,
  removeAt,
  setAt,
} from './testDataset';
import { formatProblems, validateDataset } from './validate';

// The tables of cases below are written when the file loads, before the suite's setup runs.
await loadLanguage('en');

describe('validateDataset: the whole result', () => {
  it('accepts the valid fixture and returns an equal copy of it', () => {
    const input = makeTestDataset();
    const result = validateDataset(input);
    expect(result).toEqual({ ok: true, dataset: makeTestDataset(), warnings: [] });
    if (result.ok) expect(result.dataset).not.toBe(input);
  });

  it('returns every shape problem at once, not just the first', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['title'], 42);
      removeAt(doc, ['actors', 0, 'name']);
      setAt(doc, ['events', 2, 'time', 'precision'], 'week');
    });
    expect(problems.map((p) => p.path)).toEqual([
      'title',
      'actors[0].name',
      'events[2].time.precision',
    ]);
  });

  it('loads nothing when anything is wrong (no half-loaded dataset)', () => {
    const result = validateDataset({ ...documentOf(), extra: true });
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ path: '(document)' })],
    });
    expect('dataset' in result).toBe(false);
  });
});

describe('validateDataset: events given as they are read', () => {
  const readEvents = (document: Record<string, unknown>) => {
    const given: string[] = [];
    const result = validateDataset(document, { onEvent: (event) => given.push(event.id) });
    return { given, result };
  };

  it('gives every event of a valid document, in order, as the dataset has them', () => {
    const { given, result } = readEvents(documentOf());
    expect(result.ok).toBe(true);
    expect(given).toEqual(makeTestDataset().events.map((event) => event.id));
  });

  it('gives none once something before the events is wrong, and stops at a broken event', () => {
    const brokenActor = documentOf();
    removeAt(brokenActor, ['actors', 0, 'name']);
    expect(readEvents(brokenActor).given).toEqual([]);
    const brokenTop = documentOf();
    setAt(brokenTop, ['title'], 42);
    expect(readEvents(brokenTop).given).toEqual([]);
    const brokenEvent = documentOf();
    setAt(brokenEvent, ['events', 2, 'time'], 'not a time');
    const { given, result } = readEvents(brokenEvent);
    expect(result.ok).toBe(false);
    expect(given).toEqual(
      makeTestDataset()
        .events.slice(0, 2)
        .map((event) => event.id),
    );
  });
});

describe('validateDataset: input that is not a dataset object', () => {
  it.each([
    [null, 'null'],
    [[], 'a list (JSON array)'],
    ['chronicle', 'a string ("chronicle")'],
    [5, 'a number (5)'],
    [true, 'a boolean (true)'],
    [undefined, 'nothing'],
  ])('rejects %j at the document root', (input, found) => {
    expect(validateDataset(input)).toEqual({
      ok: false,
      problems: [
        { path: '(document)', message: `expected the dataset to be a JSON object, got ${found}` },
      ],
    });
  });
});

describe('validateDataset: wrong types', () => {
  it.each([
    [['title'], 42, 'title', 'expected a string, got a number (42)'],
    [['actors'], {}, 'actors', 'expected a list (JSON array), got an object'],
    [['published'], 'x', 'published', 'expected an object, got a string ("x")'],
    [
      ['events', 2, 'time', 'approximate'],
      'yes',
      'events[2].time.approximate',
      aboutEvent(2, 'expected true or false, got a string ("yes")'),
    ],
    [
      ['locations', 1, 'coordinates', 0],
      '76.9',
      'locations[1].coordinates[0]',
      'expected a number, got a string ("76.9")',
    ],
    [
      ['events', 1, 'casualties', 1, 'count', 'max'],
      'many',
      'events[1].casualties[1].count.max',
      aboutEvent(1, 'expected a number, got a string ("many")'),
    ],
    [
      ['events', 0, 'categories'],
      null,
      'events[0].categories',
      aboutEvent(0, 'expected a list (JSON array), got null'),
    ],
  ])('reports %j set to %j', (at, value, path, message) => {
    expect(
      messagesAt(
        problemsAfter((doc) => setAt(doc, at, value)),
        path,
      ),
    ).toEqual([message]);
  });

  it('reports coordinates that are not a [longitude, latitude] pair', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['locations', 0, 'coordinates'], [66.9]);
      setAt(doc, ['locations', 1, 'coordinates'], [76.9, 200]);
    });
    expect(messagesAt(problems, 'locations[0].coordinates')).toEqual([
      'expected at least 2 items, got 1',
    ]);
    expect(messagesAt(problems, 'locations[1].coordinates[1]')).toEqual([
      'expected a number at most 90, got 200',
    ]);
  });
});

describe('validateDataset: missing and unknown fields', () => {
  it.each([
    [['actors', 0, 'name'], 'actors[0].name'],
    [['format'], 'format'],
    [['events', 1, 'casualties', 0, 'kind'], 'events[1].casualties[0].kind'],
    [['events', 0, 'citations', 0, 'source'], 'events[0].citations[0].source'],
    [['events', 1, 'casualties', 0, 'count', 'max'], 'events[1].casualties[0].count.max'],
    [['events', 1, 'casualties', 0, 'sources'], 'events[1].casualties[0].sources'],
  ])('reports the missing required field %j', (at, path) => {
    const message = 'required field is missing';
    expect(
      messagesAt(
        problemsAfter((doc) => removeAt(doc, at)),
        path,
      ),
    ).toEqual([at[0] === 'events' ? aboutEvent(Number(at[1]), message) : message]);
  });

  it('names an unknown field and suggests the likely intended one', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 0, 'titel'], 'x'));
    expect(messagesAt(problems, 'events[0]')).toEqual([
      aboutEvent(0, 'unknown field "titel" (did you mean "title"?)'),
    ]);
  });

  it('lists the allowed fields when no known field is close', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['published', 'newspaper'], 'x'));
    expect(messagesAt(problems, 'published')).toEqual([
      'unknown field "newspaper" (allowed fields: date, approximate, source, basis, translations)',
    ]);
  });

  it('explains that "$schema" is not allowed and where to link the schema instead', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['$schema'], './schema.json'));
    expect(messagesAt(problems, '(document)')).toEqual([
      expect.stringContaining('unknown field "$schema" (objects are strict; link data/schema.json'),
    ]);
  });
});

describe('validateDataset: values of the right type but not allowed', () => {
  it('lists the allowed values of an enumeration', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 2, 'time', 'precision'], 'week'));
    expect(problems).toEqual([
      {
        path: 'events[2].time.precision',
        message: aboutEvent(
          2,
          'expected one of "minute", "hour", "day", "month", "year", got "week"',
        ),
      },
    ]);
  });

  it('rejects an unknown category', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 0, 'categories', 0], 'riot'));
    expect(messagesAt(problems, 'events[0].categories[0]')).toEqual([
      expect.stringMatching(
        /^event "square-protest" \(Protest in Republic Square\): expected one of "protest", .*"background", got "riot"$/,
      ),
    ]);
  });

  it('rejects another format version', () => {
    expect(problemsAfter((doc) => setAt(doc, ['format'], 'chronicle/3'))).toEqual([
      {
        path: 'format',
        message:
          'expected "chronicle/2" (the format version this app writes; it also reads "chronicle/1" and migrates it), got "chronicle/3"',
      },
    ]);
  });

  it('rejects an id that is not a slug', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['actors', 1, 'id'], 'Riot Police'));
    expect(messagesAt(problems, 'actors[1].id')).toEqual([
      expect.stringMatching(/^expected a slug of lower-case letters.*, got "Riot Police"$/),
    ]);
  });

  it('rejects empty and blank text', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['title'], '');
      setAt(doc, ['events', 0, 'summary'], '   ');
    });
    expect(messagesAt(problems, 'title')).toEqual(['expected non-empty text, got ""']);
    expect(messagesAt(problems, 'events[0].summary')).toEqual([
      expect.stringContaining('expected non-empty text'),
    ]);
  });

  it('accepts an event with only an id, a title and a time, filling in the rest', () => {
    const document = documentOf();
    setAt(document, ['events', 0], { id: 'bare', title: 'Bare', time: '2022-01-05' });
    const result = validateDataset(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.events[0]).toEqual({
      id: 'bare',
      title: 'Bare',
      time: { at: '2022-01-05' },
      actors: [],
      locations: [],
      categories: [],
      casualties: [],
      citations: [],
    });
  });

  it('reads an actor given by its id alone', () => {
    const document = documentOf();
    setAt(document, ['events', 0, 'actors'], ['protesters']);
    const result = validateDataset(document);
    expect(result.ok && result.dataset.events[0]?.actors).toEqual([{ actor: 'protesters' }]);
  });

  it.each(['Mars/Olympus', '', 'UTC+6', '+06:00'])('rejects the time zone %j', (zone) => {
    expect(
      messagesAt(
        problemsAfter((doc) => setAt(doc, ['timeZone'], zone)),
        'timeZone',
      ),
    ).toEqual([
      `expected an IANA time zone name such as "Asia/Almaty", got ${JSON.stringify(zone)}`,
    ]);
  });

  it('rejects a language that is not a BCP 47 tag', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['language'], 'Norwegian!'));
    expect(messagesAt(problems, 'language')).toEqual([
      expect.stringMatching(/^expected a BCP 47 language tag .*, got "Norwegian!"$/),
    ]);
  });
});

describe('validateDataset: counts', () => {
  const count = ['events', 1, 'casualties', 0, 'count'];

  it('rejects a negative count clearly', () => {
    const problems = problemsAfter((doc) => setAt(doc, [...count, 'min'], -3));
    expect(messagesAt(problems, 'events[1].casualties[0].count.min')).toEqual([
      aboutEvent(1, 'expected 0 or more (negative numbers are not allowed), got -3'),
    ]);
  });

  it('rejects a count that is not a whole number', () => {
    const problems = problemsAfter((doc) => setAt(doc, [...count, 'max'], 8.5));
    expect(messagesAt(problems, 'events[1].casualties[0].count.max')).toEqual([
      aboutEvent(1, 'expected a whole number, got a number (8.5)'),
    ]);
  });
});

describe('validateDataset: dates and URLs caught by the schema', () => {
  it.each([
    [['published', 'date'], '2022-02-30', 'published.date'],
    [['sources', 0, 'date'], '2022-13', 'sources[0].date'],
    [['events', 0, 'time', 'at'], '2021-02-29', 'events[0].time.at'],
    [['events', 1, 'time', 'end', 'at'], '2022-01-05T24:00+06:00', 'events[1].time.end.at'],
    [['events', 1, 'casualties', 0, 'asOf'], '2022-04-31', 'events[1].casualties[0].asOf'],
  ])('reports the impossible date at %j (%s) once', (at, value, path) => {
    expect(
      messagesAt(
        problemsAfter((doc) => setAt(doc, at, value)),
        path,
      ),
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${at[0] === 'events' ? 'event "[a-z-]+" \\([^)]+\\): ' : ''}impossible date.*no such .* got "${value.replace('+', '\\+')}"$`,
        ),
      ),
    ]);
  });

  it.each([
    [['published', 'date'], '05.01.2022', 'published.date', 'expected an ISO 8601 date'],
    [['events', 0, 'time', 'at'], '2022-01-05T14:30', 'events[0].time.at', 'with offset'],
    [['events', 0, 'time', 'at'], 'Jan 5', 'events[0].time.at', 'expected an ISO 8601 date'],
  ])(
    'reports the malformed date at %j (%s) once, with the format expected',
    (at, value, path, expected) => {
      const messages = messagesAt(
        problemsAfter((doc) => setAt(doc, at, value)),
        path,
      );
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(expected);
      expect(messages[0]).toContain(`got "${value}"`);
    },
  );

  it.each([
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'ftp://example.com/file',
    '/relative/path',
    'example.com/article',
    'JAVASCRIPT:alert(1)',
  ])('rejects the URL %j in sources and citations', (url) => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['sources', 0, 'url'], url);
      setAt(doc, ['events', 1, 'citations', 0, 'url'], url);
    });
    const message = `expected an absolute http: or https: URL, got ${JSON.stringify(url)}`;
    expect(messagesAt(problems, 'sources[0].url')).toEqual([message]);
    expect(messagesAt(problems, 'events[1].citations[0].url')).toEqual([aboutEvent(1, message)]);
  });
});

describe('validateDataset: never throws', () => {
  it('reports a cyclic object instead of looping', () => {
    const cyclic: Record<string, unknown> = documentOf();
    cyclic.self = cyclic;
    setAt(cyclic, ['events', 0, 'time'], cyclic);
    const result = validateDataset(cyclic);
    expect(result.ok).toBe(false);
  });

  it('reports a getter that throws', () => {
    const tricky = Object.defineProperty(documentOf(), 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(validateDataset(tricky)).toEqual({
      ok: false,
      problems: [{ path: '(document)', message: 'could not be checked: boom' }],
    });
  });

  it('reports a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable(documentOf(), {});
    revoke();
    expect(validateDataset(proxy).ok).toBe(false);
  });

  it('handles a large document', () => {
    const doc = documentOf();
    setAt(
      doc,
      ['events'],
      Array.from({ length: 5_000 }, (_, i) => ({ id: `e-${i}` })),
    );
    const result = validateDataset(doc);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(5_000);
  });
});

describe('formatProblems', () => {
  it('writes one "path: message" line per problem', () => {
    expect(
      formatProblems([
        { path: 'title', message: 'required field is missing' },
        { path: '(document)', message: 'x' },
      ]),
    ).toBe('title: required field is missing\n(document): x');
  });

  it('shortens long lists with a count of the rest', () => {
    const problems = Array.from({ length: 5 }, (_, i) => ({ path: `p${i}`, message: 'm' }));
    expect(formatProblems(problems, 3)).toBe('p0: m\np1: m\np2: m\n… and 2 more problems');
  });
});

describe('validateDataset: one round', () => {
  it('reports shape and reference problems together, a broken event hiding nothing', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['events', 0, 'title'], 42);
      setAt(doc, ['events', 2, 'locations', 0], 'atlantis');
    });
    expect(problems).toEqual([
      {
        path: 'events[0].title',
        message: 'event "square-protest": expected a string, got a number (42)',
      },
      {
        path: 'events[2].locations[0]',
        message: aboutEvent(2, 'refers to location "atlantis", which is not in locations'),
      },
    ]);
  });

  it('keeps the paths of later items when an earlier one cannot be read', () => {
    const problems = problemsAfter((doc) => {
      removeAt(doc, ['locations', 0, 'kind']);
      setAt(doc, ['events', 0, 'time'], 'not a time');
      setAt(doc, ['events', 3, 'categories', 1], 'protest');
      setAt(doc, ['events', 3, 'categories', 2], 'protest');
    });
    expect(problems.map((p) => p.path)).toEqual([
      'locations[0].kind',
      'events[0].time',
      'events[3].categories[2]',
    ]);
  });

  it('does not call an item missing when it is there but could not be read', () => {
    // Event 1 refers to actor "police"; "police" itself is broken, not missing.
    const problems = problemsAfter((doc) => setAt(doc, ['actors', 1, 'kind'], 'riot-police'));
    expect(problems.map((p) => p.path)).toEqual(['actors[1].kind']);
  });

  it('runs the checks across the document even when its top level is wrong', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['title'], '');
      setAt(doc, ['events', 1, 'actors', 0, 'actor'], 'nobody');
    });
    expect(problems.map((p) => p.path)).toEqual(['title', 'events[1].actors[0].actor']);
  });

  it('names an event by its id alone when its title cannot be shown', () => {
    const problems = problemsAfter((doc) => {
      removeAt(doc, ['events', 0, 'title']);
    });
    expect(problems).toEqual([
      { path: 'events[0].title', message: 'event "square-protest": required field is missing' },
    ]);
  });

  it('cuts a long title short in the name of the event', () => {
    const problems = problemsAfter((doc) => {
      setAt(
        doc,
        ['events', 0, 'title'],
        'Thousands of protesters gather in the square against the rise',
      );
      setAt(doc, ['events', 0, 'locations', 0], 'nowhere');
    });
    expect(problems[0]?.message).toBe(
      'event "square-protest" (Thousands of protesters gather in the…): refers to location "nowhere", which is not in locations',
    );
  });
});

describe('validateDataset: warnings', () => {
  it('loads an event without a source, and warns about it with the event named', () => {
    const document = documentOf();
    setAt(document, ['events', 2, 'citations'], []);
    removeAt(document, ['events', 3, 'citations']);
    const result = validateDataset(document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      {
        kind: 'no-source',
        eventId: 'state-of-emergency',
        path: 'events[2].citations',
        message: aboutEvent(2, 'no source given'),
      },
      {
        kind: 'no-source',
        eventId: 'station-attacked',
        path: 'events[3].citations',
        message: aboutEvent(3, 'no source given'),
      },
    ]);
  });
});
