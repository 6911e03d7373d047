import { describe, expect, it } from 'vitest';
import { closestField, knownFieldsAt } from './knownFields';
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
});

describe('knownFieldsAt and closestField', () => {
  it('knows the fields of objects anywhere in a dataset', () => {
    expect(knownFieldsAt(['published'])).toEqual(['date', 'approximate', 'source', 'basis']);
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
