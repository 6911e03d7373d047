import { describe, expect, it } from 'vitest';
import { createCsvRowReader, detectDelimiter, MAX_ROW_CHARS, readCsvText } from './csvRows';

describe('CSV rows', () => {
  it('finds the separator in the first line', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a;b;c')).toBe(';');
  });

  it('numbers rows as a spreadsheet does, quoted line breaks and blank lines included', () => {
    const { rows } = readCsvText('\uFEFFa,b\r\n"x\r\ny",2\r\n\r\n"q""uote",4\r\n');
    expect(rows).toEqual([
      { cells: ['a', 'b'], rowNumber: 1 },
      { cells: ['x\r\ny', '2'], rowNumber: 2 },
      { cells: ['q"uote', '4'], rowNumber: 4 },
    ]);
  });

  it('reads the same rows whatever size the chunks are', () => {
    const text = 'a,b\n1,"two\nlines"\n3,4\n';
    const whole = readCsvText(text).rows;
    for (const size of [1, 2, 3, 7]) {
      const rows: string[][] = [];
      const reader = createCsvRowReader(text, {
        row: (cells) => rows.push(cells),
        problem: () => undefined,
      });
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.end();
      expect(rows).toEqual(whole.map((row) => row.cells));
    }
  });

  it('reports a row whose quote is never closed', () => {
    expect(readCsvText('a,b\n1,"open\n').problems).toEqual([
      { rowNumber: 2, reason: 'the row could not be read as CSV: a quoted cell is never closed' },
    ]);
  });

  it('stops at a row longer than any real one instead of reading the rest as one cell', () => {
    const reader = createCsvRowReader('a,b\n', { row: () => undefined, problem: () => undefined });
    reader.push('a,b\n1,"open');
    expect(() => reader.push('x'.repeat(MAX_ROW_CHARS + 1))).toThrow(/never closed/);
  });
});
