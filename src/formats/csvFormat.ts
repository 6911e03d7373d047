/**
 * What every CSV format has: its fields and the header names they are found under, how well a
 * header fits it, and a reader that turns each row into events. The mapping from fields to
 * columns is chosen from the header and can be changed by the reader in the preview.
 */
import type { DatasetBuilder } from './datasetBuilder';
import { t } from '../i18n/i18n';
import type { ColumnMapping, CsvField, CsvFieldSpec, CsvFormatId, RowProblem } from './importTypes';

/** One row as a format's reader sees it: cells by field, and where to report. */
export interface CsvRow {
  /** The row's number as a spreadsheet shows it. */
  number: number;
  /** The cell of a field, trimmed; "" when the field has no column or the cell is empty. */
  get: (field: string) => string;
  /** The header of the column a field is read from, for messages; the field's name when none. */
  column: (field: string) => string;
  skip: (field: string | null, reason: string) => void;
  note: (field: string | null, reason: string) => void;
}

/** A CSV format: its fields, how it recognises a header, and how it reads rows. */
export interface CsvFormat {
  id: CsvFormatId;
  fields: readonly CsvFieldSpec[];
  /** True when a file whose columns map so can be read as this format. */
  recognises: (mapping: ColumnMapping) => boolean;
  /** Reads one row into the builder. */
  readRow: (row: CsvRow, builder: DatasetBuilder, timeZone: string) => void;
  /** After the last row: anything the format does with what it gathered. */
  finish?: (builder: DatasetBuilder) => void;
}

/** A header name as compared: without case, spaces, underscores or hyphens ("End Year" = "end_year"). */
export function headerKey(name: string): string {
  return name
    .replace(/^\uFEFF/, '')
    .replace(/[\s_-]+/g, '')
    .toLowerCase();
}

/** The column each field is found in, by its header names (the first column wins). */
export function defaultMapping(
  header: readonly string[],
  fields: readonly Pick<CsvFieldSpec, 'key' | 'headers'>[],
): ColumnMapping {
  const positions = new Map<string, number>();
  header.forEach((name, index) => {
    const key = headerKey(name);
    if (!positions.has(key)) positions.set(key, index);
  });
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const found = field.headers
      .map((name) => positions.get(headerKey(name)))
      .find((i) => i !== undefined);
    mapping[field.key] = found ?? null;
  }
  return mapping;
}

/** A format's fields as the preview shows them, in the reader's language. */
export function fieldsInWords(format: CsvFormat): CsvField[] {
  return format.fields.map((field) => ({ ...field, becomes: t(field.becomes) }));
}

/** How many of a format's fields the header has; 0 unless it has every required one. */
export function headerScore(header: readonly string[], format: CsvFormat): number {
  const mapping = defaultMapping(header, format.fields);
  if (!format.recognises(mapping)) return 0;
  return Object.values(mapping).filter((column) => column !== null).length;
}

/** A row's cells as a `CsvRow` under `mapping`, reporting into `problems`. */
export function csvRow(
  cells: readonly string[],
  number: number,
  header: readonly string[],
  mapping: ColumnMapping,
  problems: RowProblem[],
): CsvRow {
  const columnOf = (field: string) => mapping[field] ?? null;
  const column = (field: string) => {
    const at = columnOf(field);
    return at === null ? field : (header[at] ?? field);
  };
  const report = (field: string | null, reason: string, severity: RowProblem['severity']) =>
    problems.push({ row: number, column: field === null ? null : column(field), reason, severity });
  return {
    number,
    get: (field) => {
      const at = columnOf(field);
      return at === null ? '' : (cells[at] ?? '').trim();
    },
    column,
    skip: (field, reason) => report(field, reason, 'skipped'),
    note: (field, reason) => report(field, reason, 'note'),
  };
}
