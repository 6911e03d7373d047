import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonPath } from './testDataset';
import { documentOf, getAt, removeAt, setAt } from './testDataset';
import type { ValidationResult } from './validationProblem';
import { formatProblems, validateDataset } from './validate';
import { formatPath } from './validationMessages';

/** A result is well formed: the dataset, or a non-empty list of problems with text in them. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok) return;
  expect(result.problems.length).toBeGreaterThan(0);
  for (const problem of result.problems) {
    expect(typeof problem.path).toBe('string');
    expect(problem.message.length).toBeGreaterThan(0);
  }
}

const base = documentOf();

/** Every path of the valid document matching a dotted pattern, `*` standing for any list position. */
function expand(pattern: string): JsonPath[] {
  let paths: JsonPath[] = [[]];
  for (const part of pattern.split('.')) {
    paths = paths.flatMap((path) => {
      const node = path.length === 0 ? base : getAt(base, path);
      if (part !== '*') return node !== null && typeof node === 'object' ? [[...path, part]] : [];
      return Array.isArray(node) ? node.map((_, i) => [...path, i]) : [];
    });
  }
  return paths.filter((path) => getAt(base, path) !== undefined);
}

/** Every path in the valid document, except the root. */
function allPaths(node: unknown, prefix: JsonPath = []): JsonPath[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(node) ? Number(key) : key];
    return [path, ...allPaths(child, path)];
  });
}

const sites = (...patterns: string[]) => fc.constantFrom(...patterns.flatMap(expand));

const REQUIRED = [
  ...['format', 'id', 'title', 'events'],
  ...['published.date', 'published.source', 'published.basis'],
  ...['actors.*.id', 'actors.*.name', 'actors.*.kind'],
  ...['locations.*.id', 'locations.*.name', 'locations.*.kind'],
  ...['sources.*.id', 'sources.*.name', 'sources.*.kind'],
  ...['events.*.id', 'events.*.title', 'events.*.time', 'events.*.actors.*.actor'],
  ...['events.*.casualties.*.kind', 'events.*.casualties.*.count'],
  ...['events.*.casualties.*.asOf', 'events.*.casualties.*.sources'],
  ...['events.*.casualties.*.count.min', 'events.*.casualties.*.count.max'],
  ...['events.*.casualties.*.count.text', 'events.*.citations.*.source'],
  ...['events.*.citations.*.quote.original', 'events.*.citations.*.quote.language'],
];

const REFERENCES = [
  ...['published.source', 'actors.*.memberOf.*', 'locations.*.within', 'events.*.actors.*.actor'],
  ...['events.*.locations.*', 'events.*.casualties.*.group', 'events.*.casualties.*.claimedBy'],
  ...['events.*.casualties.*.sources.*', 'events.*.citations.*.source'],
  'events.*.citations.*.via.*',
];

const DATES = [
  ...['published.date', 'sources.*.date', 'events.*.time.at', 'events.*.time.start.at'],
  ...['events.*.time.end.at', 'events.*.casualties.*.asOf'],
];

function jsonType(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** A change that must make the document invalid, and the path a problem must be reported at. */
interface Mutation {
  label: string;
  apply: (document: Record<string, unknown>) => void;
  expectedPath: string;
}

const mutation = (label: string, path: JsonPath, apply: Mutation['apply']): Mutation => ({
  label,
  apply,
  expectedPath: formatPath(path),
});

const deleteRequired = sites(...REQUIRED).map((path) =>
  mutation('delete a required field', path, (doc) => removeAt(doc, path)),
);

/** Places that take more than one JSON type (a shorthand string, or a list of parallel ids). */
const SHORTHANDS = new Set(
  ['events.*.actors.*', 'events.*.time', 'events.*.time.start', 'events.*.time.end']
    .concat('events.*.citations.*.via.*')
    .flatMap(expand)
    .map((path) => formatPath(path)),
);

const changeType = fc
  .constantFrom(
    ...allPaths(base).filter(
      (path) => getAt(base, path) !== null && !SHORTHANDS.has(formatPath(path)),
    ),
  )
  .chain((path) =>
    fc
      .constantFrom<unknown>(42, 'text', true, {}, [])
      .filter((value) => jsonType(value) !== jsonType(getAt(base, path)))
      .map((value) => mutation('change a type', path, (doc) => setAt(doc, path, value))),
  );

const missingReference = fc
  .tuple(sites(...REFERENCES), fc.stringMatching(/^[a-z0-9]{1,8}$/))
  .map(([path, suffix]) =>
    mutation('refer to a missing id', path, (doc) => setAt(doc, path, `missing-${suffix}`)),
  );

const duplicateId = fc.constantFrom('actors', 'locations', 'sources', 'events').chain((list) => {
  const length = Array.isArray(base[list]) ? base[list].length : 0;
  return fc
    .tuple(fc.nat(length - 1), fc.nat(length - 1))
    .filter(([from, to]) => from !== to)
    .map(([from, to]) =>
      mutation('duplicate an id', [list, Math.max(from, to), 'id'], (doc) =>
        setAt(doc, [list, to, 'id'], getAt(doc, [list, from, 'id'])),
      ),
    );
});

const impossibleDayOfMonth = fc
  .record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) => {
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    return fc.integer({ min: last + 1, max: 99 }).map((day) => `${year}-${pad(month)}-${pad(day)}`);
  });

const impossibleDate = fc
  .tuple(
    sites(...DATES),
    fc.oneof(
      impossibleDayOfMonth,
      fc.integer({ min: 13, max: 99 }).map((month) => `2022-${month}`),
      fc.constantFrom('2022-00-10', '2022-01-05T24:00+06:00', '2022-01-05T12:60Z', '2021-02-29'),
    ),
  )
  .map(([path, value]) =>
    mutation('set an impossible date', path, (doc) => setAt(doc, path, value)),
  );

const invertCount = fc
  .tuple(sites('events.*.casualties.*.count'), fc.nat(10_000), fc.integer({ min: 1, max: 10_000 }))
  .map(([path, max, gap]) =>
    mutation('invert a count', [...path, 'max'], (doc) => {
      setAt(doc, [...path, 'min'], max + gap);
      setAt(doc, [...path, 'max'], max);
    }),
  );

const negativeCount = fc
  .tuple(
    sites('events.*.casualties.*.count.min', 'events.*.casualties.*.count.max'),
    fc.integer({ max: -1 }),
  )
  .map(([path, value]) =>
    mutation('make a count negative', path, (doc) => setAt(doc, path, value)),
  );

const badUrl = fc
  .tuple(
    fc.constantFrom<JsonPath>(
      ...expand('sources.*').map((path) => [...path, 'url']),
      ...expand('events.*.citations.*').map((path) => [...path, 'url']),
    ),
    fc.oneof(
      fc.constantFrom('javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.com/x'),
      fc.constantFrom('vbscript:msgbox(1)', 'file:///etc/passwd', 'mailto:a@example.com'),
      fc.webPath(),
      fc.domain(),
    ),
  )
  .map(([path, url]) => mutation('set a non-http URL', path, (doc) => setAt(doc, path, url)));

const unknownField = fc
  .tuple(
    fc.constantFrom<JsonPath>(
      [],
      ...allPaths(base).filter((path) => jsonType(getAt(base, path)) === 'object'),
    ),
    fc.stringMatching(/^[a-z]{1,10}$/),
  )
  .map(([path, key]) =>
    mutation('add an unknown field', path, (doc) => {
      const target = path.length === 0 ? doc : getAt(doc, path);
      setAt(target, [`x${key}`], 1);
    }),
  );

const breakingMutation: fc.Arbitrary<Mutation> = fc.oneof(
  deleteRequired,
  changeType,
  missingReference,
  duplicateId,
  impossibleDate,
  invertCount,
  negativeCount,
  badUrl,
  unknownField,
);

describe('validateDataset: properties', () => {
  it('never throws on arbitrary JSON, and rejects it', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateDataset(value);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary JavaScript values', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const result = validateDataset(value);
        expectWellFormed(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws when any part of a valid dataset is replaced by any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths(base)), fc.anything(), (path, value) => {
        const doc = documentOf();
        setAt(doc, path, value);
        expectWellFormed(validateDataset(doc));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects every known-breaking mutation, with a problem at the place it was made', () => {
    fc.assert(
      fc.property(breakingMutation, ({ label, apply, expectedPath }) => {
        const doc = documentOf();
        apply(doc);
        const result = validateDataset(doc);
        expectWellFormed(result);
        if (result.ok) throw new Error(`"${label}" at ${expectedPath} was accepted`);
        const paths = result.problems.map((problem) => problem.path);
        expect(paths, `${label}:\n${formatProblems(result.problems)}`).toContain(expectedPath);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('validateDataset: bundled datasets', () => {
  const datasets = Object.entries(
    import.meta.glob<unknown>('../../data/*.json', { eager: true, import: 'default' }),
  ).filter(([file]) => !file.endsWith('/schema.json'));

  it('finds at least one bundled dataset', () => {
    expect(datasets.length).toBeGreaterThan(0);
  });

  it.each(datasets)('%s is valid', (_, data) => {
    const result = validateDataset(data);
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });
});
