/**
 * Finding where a JSON text goes wrong. Browsers word `JSON.parse` errors differently and some give
 * no position at all, so a small scanner finds the first error itself, for a line and column.
 */
import { t } from '../i18n/i18n';

/** The first syntax error in a JSON text: its offset and what the scanner expected there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

/** Scans `text` as JSON; returns the first error, or undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  const closers: string[] = [];
  const fail = (expected: string): JsonSyntaxError => ({ offset: i, expected });
  const skipSpace = () => {
    while (i < text.length && WHITESPACE.has(text.charAt(i))) i++;
  };
  const scanString = (): JsonSyntaxError | undefined => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return undefined;
      }
      if (c < ' ') return fail(t('validation.json.controlCharacter'));
      if (c === '\\') {
        const next = text.charAt(i + 1);
        HEX4.lastIndex = i + 2;
        if (next === 'u' && HEX4.test(text)) i += 6;
        else if (ESCAPES.has(next)) i += 2;
        else
          return fail(t('validation.json.escape', { a: '\\"', b: '\\\\', c: '\\n', d: '\\u00e9' }));
      } else i++;
    }
    return fail(t('validation.json.closingQuote'));
  };
  const scanKey = (): JsonSyntaxError | undefined => {
    skipSpace();
    if (text.charAt(i) !== '"') return fail(t('validation.json.fieldName'));
    const error = scanString();
    if (error) return error;
    skipSpace();
    if (text.charAt(i) !== ':') return fail(t('validation.json.colon'));
    i++;
    return undefined;
  };

  let wantValue = true;
  for (;;) {
    skipSpace();
    const c = text.charAt(i);
    if (wantValue) {
      if (c === '{' || c === '[') {
        closers.push(c === '{' ? '}' : ']');
        i++;
        skipSpace();
        if (text.charAt(i) === closers[closers.length - 1]) {
          wantValue = false;
          continue;
        }
        if (c === '{') {
          const error = scanKey();
          if (error) return error;
        }
        continue;
      }
      if (c === '"') {
        const error = scanString();
        if (error) return error;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) i += 4;
      else if (text.startsWith('false', i)) i += 5;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return fail(t('validation.json.value'));
        i = NUMBER.lastIndex;
      }
      wantValue = false;
      continue;
    }
    const closer = closers[closers.length - 1];
    if (closer === undefined)
      return i < text.length ? fail(t('validation.json.endOfText')) : undefined;
    if (c === closer) {
      closers.pop();
      i++;
    } else if (c === ',') {
      i++;
      skipSpace();
      if (text.charAt(i) === closer) return fail(t('validation.json.trailingComma'));
      if (closer === '}') {
        const error = scanKey();
        if (error) return error;
      }
      wantValue = true;
    } else {
      return fail(t('validation.json.commaOrCloser', { closer }));
    }
  }
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
