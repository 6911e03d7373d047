import { describe, expect, it } from 'vitest';
import { listForNotice, quoteForNotice } from './noticeText';

describe('quoteForNotice', () => {
  it('puts a value in curly quotes', () => {
    expect(quoteForNotice('tokaev')).toBe('“tokaev”');
  });

  it('cuts a long value to 40 characters with an ellipsis, never splitting a character', () => {
    expect(quoteForNotice('a'.repeat(41))).toBe(`“${'a'.repeat(39)}…”`);
    expect(quoteForNotice('😀'.repeat(40))).toBe(`“${'😀'.repeat(40)}”`);
    expect(quoteForNotice('😀'.repeat(41))).toBe(`“${'😀'.repeat(39)}…”`);
  });
});

describe('listForNotice', () => {
  it('lists up to three values', () => {
    expect(listForNotice(['a'])).toBe('“a”');
    expect(listForNotice(['a', 'b', 'c'])).toBe('“a”, “b”, “c”');
  });

  it('counts the rest', () => {
    expect(listForNotice(['a', 'b', 'c', 'd', 'e'])).toBe('“a”, “b”, “c” and 2 more');
  });
});
