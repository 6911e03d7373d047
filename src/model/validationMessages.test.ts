import { describe, expect, it } from 'vitest';
import { closestField, knownFieldsAt } from './knownFields';
import { documentOf } from './testDataset';
import { validateDataset } from './validate';
import { describeFound, describeType, formatPath, quote } from './validationMessages';

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '(document)'],
    [['events', 3, 'casualties', 0, 'count', 'max'], 'events[3].casualties[0].count.max'],
    [[0], '[0]'],
    [['events', 0, 'odd key'], 'events[0]["odd key"]'],
    [['$schema'], '$schema'],
    [['a', Symbol('s')], 'a["Symbol(s)"]'],
  ])('writes %j as %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('describing found values', () => {
  it('describes values for "got …"', () => {
    expect(
      ['week', -3, true, null, undefined, [], [1], [1, 2], {}, () => 1].map(describeFound),
    ).toEqual([
      '"week"',
      '-3',
      'true',
      'null',
      'nothing',
      'an empty list',
      'a list of 1 item',
      'a list of 2 items',
      'an object',
      'a function',
    ]);
  });

  it('names the JSON type, with short values', () => {
    expect(['x', 5, false, [], {}, null].map(describeType)).toEqual([
      'a string ("x")',
      'a number (5)',
      'a boolean (false)',
      'a list (JSON array)',
      'an object',
      'null',
    ]);
  });

  it('shortens long strings', () => {
    expect(quote('x'.repeat(100))).toBe(`"${'x'.repeat(57)}…"`);
  });

  it('writes invisible and direction characters as escapes, so a quote shows what it holds', () => {
    expect(quote('Reuters\u202E (fake)')).toBe('"Reuters\\u202E (fake)"');
    expect(quote('\u200B\u2060')).toBe('"\\u200B\\u2060"');
    expect(quote('Алматы')).toBe('"Алматы"');
  });
});

describe('knownFieldsAt and closestField', () => {
  it('knows the fields of objects anywhere in a dataset', () => {
    expect(knownFieldsAt(['published'])).toEqual([
      'date',
      'approximate',
      'source',
      'basis',
      'translations',
    ]);
    expect(knownFieldsAt(['events', 0, 'time'])).toEqual([
      'at',
      'notBefore',
      'notAfter',
      'estimate',
      'precision',
      'approximate',
      'uncertain',
      'start',
      'end',
      'edtf',
      'basis',
    ]);
    expect(knownFieldsAt(['events', 0, 'time', 'end'])).toContain('notBefore');
    expect(knownFieldsAt(['events', 4, 'casualties', 0, 'count'])).toEqual([
      'min',
      'max',
      'approximate',
      'text',
      'translations',
    ]);
    expect(knownFieldsAt(['events', 0, 'citations', 1, 'quote'])).toEqual([
      'original',
      'language',
      'translation',
    ]);
    expect(knownFieldsAt(['title'])).toEqual([]);
    expect(knownFieldsAt(['nothing', 'here'])).toEqual([]);
  });

  it('suggests a field for typos and swapped letters, not for unrelated words', () => {
    const fields = ['id', 'title', 'summary', 'time', 'categories'];
    expect(closestField('titel', fields)).toBe('title');
    expect(closestField('Summary', fields)).toBe('summary');
    expect(closestField('category', fields)).toBeUndefined();
    expect(closestField('categorys', fields)).toBe('categories');
    expect(closestField('colour', fields)).toBeUndefined();
  });
});

describe('numbers too large for JSON to hold', () => {
  it('are reported as such, not as "expected a number, got a number"', () => {
    const text = JSON.stringify(documentOf())
      .replace('"coordinates":[66.9,48]', '"coordinates":[1e999,48]')
      .replace('"min":8', '"min":1e999');
    const result = validateDataset(JSON.parse(text));
    const messages = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(messages).toContain(
      'locations[0].coordinates[0]: expected a number, got a number too large to hold (Infinity; write the figure itself, e.g. 1000000)',
    );
    expect(
      messages.some((m) =>
        /count\.min: event "square-cleared" \(.*\): expected a number, got a number too large/.test(
          m,
        ),
      ),
    ).toBe(true);
  });
});
