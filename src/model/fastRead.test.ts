import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import bundled from '../../data/kazakhstan-2022-01.json';
import { fastReader, NOT_READ } from './fastRead';
import { makeLaterReportingDataset } from './laterReportingFixture';
import { Actor, Casualty, Citation, Claim, Event, Location, Source } from './schema';
import { documentOf, getAt, removeAt, setAt, type JsonPath } from './testDataset';

/** zod's own reading of a value: its output, or NOT_READ where it reports a problem. */
function zodRead(schema: z.core.$ZodType, value: unknown): unknown {
  const result = z.safeParse(schema, value);
  return result.success ? result.data : NOT_READ;
}

/**
 * The fast reader gives what zod gives, to the order of the keys, or leaves the value to zod; for
 * the format's schemas and JSON values it reads every value zod reads.
 */
function expectAsZod(schema: z.core.$ZodType, value: unknown, readsAll = true): void {
  const fast = fastReader(schema)(value);
  const slow = zodRead(schema, value);
  if (slow === NOT_READ) {
    expect(fast).toBe(NOT_READ);
    return;
  }
  if (!readsAll && fast === NOT_READ) return;
  expect(fast).not.toBe(NOT_READ);
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
}

const LISTS = [
  ['actors', Actor],
  ['locations', Location],
  ['sources', Source],
  ['events', Event],
  ['claims', Claim],
] as const;

/** Every item of every list of a document, with the schema it is read with. */
function itemsOf(document: unknown): [z.core.$ZodType, unknown][] {
  const record = document as Record<string, unknown>;
  return LISTS.flatMap(([list, schema]) => {
    const items = record[list];
    return Array.isArray(items)
      ? items.map((item): [z.core.$ZodType, unknown] => [schema, item])
      : [];
  });
}

/** An event of the test dataset written with every shorthand the format allows. */
function shorthandEvents(): unknown[] {
  const events = documentOf().events as Record<string, unknown>[];
  const first = events[0] as Record<string, unknown>;
  const actors = first.actors as unknown[];
  const times: unknown[] = [
    '2022-01-05',
    '2022-01-05T14:30+06:00',
    '[..2022-01-06]',
    '2022-01-05/2022-01-19',
    '2022-01~',
    '2022-01-05?',
    { edtf: '2022-01-05/..', basis: 'From the article.' },
    { start: '2022-01-05', end: { notBefore: '2022-01-06' }, approximate: true },
    { notBefore: '2022-01-04', notAfter: '2022-01-06', estimate: '2022-01-05', precision: 'day' },
  ];
  return [
    ...times.map((time) => ({ ...first, time })),
    { ...first, title: '  A title with room around it  ', actors: ['protesters', ...actors] },
    { id: 'bare', title: 'Only what is required', time: '2022-01' },
  ];
}

describe('fastReader', () => {
  it('reads every item of the bundled story and the test datasets as zod does', () => {
    const documents = [bundled, documentOf(), documentOf(makeLaterReportingDataset())];
    const items = documents.flatMap(itemsOf);
    expect(items.length).toBeGreaterThan(50);
    for (const [schema, item] of items) expectAsZod(schema, item);
  });

  it('reads the written shorthands (times as EDTF, actors as ids, text to trim) as zod does', () => {
    for (const event of shorthandEvents()) {
      expect(fastReader(Event)(event)).not.toBe(NOT_READ);
      expectAsZod(Event, event);
    }
  });

  it('gives every item a list of its own where a default fills one in', () => {
    const read = fastReader(Event);
    const event = { id: 'bare', title: 'Only what is required', time: '2022-01' };
    const first = read(event) as { actors: unknown[] };
    const second = read(event) as { actors: unknown[] };
    expect(first.actors).toEqual([]);
    expect(first.actors).not.toBe(second.actors);
  });

  it('leaves to zod what it cannot be sure to read as zod does', () => {
    const read = fastReader(Event);
    const event = { id: 'bare', title: 'Only what is required', time: '2022-01' };
    // An explicit undefined (zod keeps the key), a prototype of its own, an unknown key.
    expect(read({ ...event, summary: undefined })).toBe(NOT_READ);
    expect(read(Object.assign(Object.create({ summary: 'inherited' }) as object, event))).toBe(
      NOT_READ,
    );
    expect(read({ ...event, colour: 'red' })).toBe(NOT_READ);
    expect(read(JSON.parse('{"id":"a","title":"T","time":"2022","__proto__":{"x":1}}'))).toBe(
      NOT_READ,
    );
  });

  it('runs the checks of values and lists, and a refinement only when zod would', () => {
    const Words = z.array(z.string().check(z.trim(), z.minLength(2))).check(z.minLength(1));
    expect(fastReader(Words)([' ab '])).toEqual(['ab']);
    expect(fastReader(Words)([' a '])).toBe(NOT_READ);
    expect(fastReader(Words)([])).toBe(NOT_READ);
    const Count = z.object({ n: z.int().check(z.nonnegative()), note: z.nullable(z.string()) });
    expect(fastReader(Count)({ n: 3, note: null, extra: true })).toEqual({ n: 3, note: null });
    expect(fastReader(Count)({ n: 1.5, note: null })).toBe(NOT_READ);
    expect(fastReader(Count)({ n: -1, note: null })).toBe(NOT_READ);
    expect(fastReader(Count)({ n: Number.NaN, note: null })).toBe(NOT_READ);
    const Pair = z.tuple([z.number(), z.number()]);
    expect(fastReader(Pair)([1, 2])).toEqual([1, 2]);
    expect(fastReader(Pair)([1, 2, 3])).toBe(NOT_READ);
    const Guarded = z.string().check(
      z.refine(() => false, { when: () => false }),
      z.refine((text) => text !== 'no'),
    );
    expect(fastReader(Guarded)('yes')).toBe('yes');
    expect(fastReader(Guarded)('no')).toBe(NOT_READ);
  });

  it('takes the first option of a union that reads a value, as zod does', () => {
    const Either = z.union([
      z.string(),
      z.pipe(
        z.number(),
        z.transform((n) => n * 2),
      ),
    ]);
    expect(fastReader(Either)('1')).toBe('1');
    expect(fastReader(Either)(2)).toBe(4);
    expect(fastReader(Either)(true)).toBe(NOT_READ);
    // An object the first option does not read, though the second would: zod is asked.
    const Overlapping = z.union([z.object({ a: z.string() }), z.object({ b: z.string() })]);
    expect(fastReader(Overlapping)({ a: 'x' })).toEqual({ a: 'x' });
    expect(fastReader(Overlapping)({ b: 'x' })).toBe(NOT_READ);
    expectAsZod(Overlapping, { b: 'x' }, false);
  });

  it('reads records, and other schemas it does not take apart, through zod itself', () => {
    const Names = z.record(z.string(), z.string());
    expect(fastReader(Names)({ nb: 'Russland' })).toEqual({ nb: 'Russland' });
    expect(fastReader(Names)({ nb: 1 })).toBe(NOT_READ);
  });
});

/** Every path inside a value, parents before children. */
function pathsIn(node: unknown, prefix: JsonPath = []): JsonPath[] {
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(node) ? Number(key) : key];
    return [path, ...pathsIn(child, path)];
  });
}

/** Values that keep or break a field: JSON of any kind, and text zod trims, refuses or checks. */
const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('', ' ', '\u200B', '  padded  ', 'Reuters\u202E', '2022-02-30', 'x'.repeat(301)),
  fc.constantFrom('2022-01-05', '[..2022-01-06]', 'protesters', 'ru', -1, 0, 1.5, null, [], {}),
);

describe('fastReader against zod on changed items', () => {
  const examples = [...itemsOf(documentOf()), ...itemsOf(documentOf(makeLaterReportingDataset()))];

  it('never reads a changed item otherwise than zod, and reads every one zod reads', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.nat(),
        fc.constantFrom('replace', 'remove', 'add'),
        replacement,
        ([schema, example], at, change, value) => {
          const item: unknown = structuredClone(example);
          const paths = pathsIn(item);
          const path = paths[at % Math.max(paths.length, 1)];
          if (path === undefined) return;
          if (change === 'replace') setAt(item, path, value);
          else if (change === 'remove') removeAt(item, path);
          else if (getAt(item, path) !== null && typeof getAt(item, path) === 'object') {
            setAt(item, [...path, 'unknownField'], value);
          }
          expectAsZod(schema, item);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  it('reads parts of items (figures, citations) as zod does whatever they are', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        for (const schema of [Casualty, Citation, Actor]) expectAsZod(schema, value);
      }),
      { numRuns: 500 },
    );
  });
});
