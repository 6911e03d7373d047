/**
 * Reading CSV and TSV as it streams in, with Papa Parse's parser: text is pushed in chunks of any
 * size (a row split between two chunks is joined again), and every complete row is handed on with
 * its number as a spreadsheet shows it (the header is row 1). Only the unfinished last row is
 * kept between chunks, so a 250 MB file never has to be in memory as text.
 */
import Papa from 'papaparse';
import { t } from '../i18n/i18n';

/** What the reader hands on: each row, and each row the parser could not read cleanly. */
export interface CsvRowSink {
  row: (cells: string[], rowNumber: number) => void;
  problem: (rowNumber: number, reason: string) => void;
}

/** A CSV reader fed chunk by chunk. */
export interface CsvRowReader {
  push: (text: string) => void;
  end: () => void;
  /** The separator found in the first line: a comma, a tab or a semicolon. */
  delimiter: string;
}

const DELIMITERS = [',', '\t', ';'] as const;

/** The separator of the first line: whichever of comma, tab and semicolon it has most of. */
export function detectDelimiter(firstText: string): string {
  const line = firstText.split(/\r\n|\n|\r/, 1)[0] ?? '';
  let best: string = ',';
  let most = 0;
  for (const delimiter of DELIMITERS) {
    const count = line.split(delimiter).length - 1;
    if (count > most) {
      best = delimiter;
      most = count;
    }
  }
  return best;
}

function detectNewline(text: string): '\r\n' | '\n' | '\r' {
  const at = text.search(/\r\n|\n|\r/);
  if (at < 0) return '\n';
  if (text[at] === '\r') return text[at + 1] === '\n' ? '\r\n' : '\r';
  return '\n';
}

interface PapaResult {
  data: unknown[];
  errors: { code?: unknown; row?: unknown }[];
  meta: { cursor?: unknown };
}

function isPapaResult(value: unknown): value is PapaResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { data?: unknown }).data) &&
    Array.isArray((value as { errors?: unknown }).errors)
  );
}

/**
 * The longest a row may be while it is still coming in. A longer one is a quoted cell that is
 * never closed: everything after it would be read as that one cell, and read again with each chunk.
 */
export const MAX_ROW_CHARS = 1_000_000;

/** A CSV that cannot be read on from some row: a quoted cell that is never closed. */
export class CsvUnreadableError extends Error {}

/**
 * Why Papa Parse could not read a row, in the reader's words, by its error code (its own messages
 * are English only). With the separator given and no header, only its quote errors can occur.
 */
export function papaReason(code: unknown): string {
  if (code === 'MissingQuotes') return t('importer.csv.missingQuotes');
  if (code === 'InvalidQuotes') return t('importer.csv.invalidQuotes');
  return t('importer.csv.unreadableRow');
}

const isBlank = (cells: string[]) => cells.length === 1 && (cells[0] ?? '').trim() === '';

/**
 * A reader for CSV whose first chunk is `firstText` (used to find the separator and line ends);
 * push that chunk and the rest. Blank lines are skipped but keep their row numbers.
 */
export function createCsvRowReader(firstText: string, sink: CsvRowSink): CsvRowReader {
  const delimiter = detectDelimiter(firstText.replace(/^\uFEFF/, ''));
  const parser = new Papa.Parser({ delimiter, newline: detectNewline(firstText) });
  let pending = '';
  let base = 0;
  let rowNumber = 0;
  let first = true;

  const parse = (text: string, last: boolean) => {
    const result: unknown = parser.parse(text, base, !last);
    if (!isPapaResult(result)) throw new Error(t('importer.csv.noResult'));
    const problems = new Map<number, string>();
    for (const error of result.errors) {
      if (typeof error.row === 'number') problems.set(error.row, papaReason(error.code));
    }
    result.data.forEach((row, index) => {
      rowNumber += 1;
      const cells = Array.isArray(row) ? row.map((cell) => String(cell)) : [];
      const problem = problems.get(index);
      if (problem !== undefined) {
        sink.problem(rowNumber, problem);
        return;
      }
      if (!isBlank(cells)) sink.row(cells, rowNumber);
    });
    if (!last) {
      const cursor = typeof result.meta.cursor === 'number' ? result.meta.cursor : base;
      pending = text.slice(cursor - base);
      base = cursor;
      if (pending.length > MAX_ROW_CHARS) {
        throw new CsvUnreadableError(t('importer.csv.neverClosed', { row: String(rowNumber + 1) }));
      }
    }
  };

  return {
    delimiter,
    push: (chunk) => {
      let text = pending + chunk;
      if (first) {
        text = text.replace(/^\uFEFF/, '');
        first = false;
      }
      pending = '';
      parse(text, false);
    },
    end: () => {
      const text = pending;
      pending = '';
      if (text !== '') parse(text, true);
    },
  };
}

/** Every row of a whole CSV text (for tests and small files). */
export function readCsvText(text: string): {
  rows: { cells: string[]; rowNumber: number }[];
  problems: { rowNumber: number; reason: string }[];
} {
  const rows: { cells: string[]; rowNumber: number }[] = [];
  const problems: { rowNumber: number; reason: string }[] = [];
  const reader = createCsvRowReader(text, {
    row: (cells, rowNumber) => rows.push({ cells, rowNumber }),
    problem: (rowNumber, reason) => problems.push({ rowNumber, reason }),
  });
  reader.push(text);
  reader.end();
  return { rows, problems };
}
