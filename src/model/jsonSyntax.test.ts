import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineAndColumn } from './jsonSyntax';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":}', 5, 'a value'],
    ['{\n  "a": 1\n  "b": 2\n}', 13, '"," or "}"'],
    ['[1,2', 4, '"," or "]"'],
    ['{"a": 1,}', 8, 'remove the trailing comma'],
    ['{"a": "x', 8, 'a closing "'],
    ["{'a': 1}", 1, 'a field name in double quotes'],
    ['{"a" 1}', 5, '":" after the field name'],
    ['{"a": tru}', 6, 'a value'],
    ['{"a": 01}', 7, '"," or "}"'],
    ['{"a": "line\nbreak"}', 11, 'no line breaks'],
    ['{"a": "\\x"}', 7, 'a valid escape'],
    ['{"a": 1} x', 9, 'the end of the text'],
    ['{"a": 1, // note\n}', 9, 'a field name'],
    ['', 0, 'a value'],
  ])('finds the error in %j at offset %i', (text, offset, expected) => {
    const error = findJsonSyntaxError(text);
    expect(error?.offset).toBe(offset);
    expect(error?.expected).toContain(expected);
  });

  it.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0'])(
    'finds nothing wrong in %j',
    (text) => {
      expect(findJsonSyntaxError(text)).toBeUndefined();
    },
  );

  it('agrees with JSON.parse on valid JSON, random text and damaged JSON', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', '\n', 'x', '\\'))
      .map(([json, at, insert]) => {
        const i = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, i) + insert + json.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), damaged), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('copes with deeply nested input', () => {
    expect(findJsonSyntaxError('['.repeat(100_000) + ']'.repeat(100_000))).toBeUndefined();
    expect(findJsonSyntaxError('['.repeat(100_000))?.offset).toBe(100_000);
  });
});

describe('lineAndColumn', () => {
  it('counts lines and columns from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect([0, 1, 3, 6, 7, 9].map((offset) => lineAndColumn(text, offset))).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 3 },
    ]);
  });
});
