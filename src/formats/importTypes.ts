/**
 * What the importers share: the formats they read, how a CSV's columns map onto Chronicle's
 * fields, the rows that could not be read, and the report the preview shows before anything loads.
 */
import type { MessageKey } from '../i18n/i18n';
import type { DatasetDocument } from '../model/schema';

/** Every format Chronicle reads besides its own JSON, with the catalog key of its name. */
export const IMPORT_FORMATS = {
  'timelinejs-sheet': 'importer.format.timelinejsSheet',
  'chronicle-csv': 'importer.format.chronicleCsv',
  acled: 'importer.format.acled',
  'timelinejs-json': 'importer.format.timelinejsJson',
} as const satisfies Record<string, MessageKey>;

/** A format an importer reads. */
export type ImportFormatId = keyof typeof IMPORT_FORMATS;

/** The CSV formats, whose column mapping the reader can change. */
export type CsvFormatId = Exclude<ImportFormatId, 'timelinejs-json'>;

/** A row (or an item of a JSON file) that could not be read, or was read with a change to say. */
export interface RowProblem {
  /** The row as a spreadsheet numbers it (the header is row 1), or the item's position from 1. */
  row: number;
  /** The column (or field) at fault, or null when it is the row as a whole. */
  column: string | null;
  reason: string;
  /** `skipped`: the row is not imported; `note`: it is imported, and this is worth knowing. */
  severity: 'skipped' | 'note';
}

/** Per field of the format, the position of the column it is read from, or null when none. */
export type ColumnMapping = Record<string, number | null>;

/** How to import: set by the reader in the preview, else chosen from the file's content. */
export interface ImportOptions {
  /** Read the CSV as this format rather than the one its header suggests. */
  format?: CsvFormatId;
  /** Read each field from this column rather than the one its header names. */
  mapping?: ColumnMapping;
  /** The zone in which clock times without an offset are read; "UTC" when not given. */
  timeZone?: string;
  /** The file's name or the address, for the dataset's id and title when the file has none. */
  name?: string;
}

/** One field a CSV format reads, for the mapping the preview shows. */
export interface CsvField {
  key: string;
  /** The header names it is found under, the format's own first (matched ignoring case and spaces). */
  headers: readonly string[];
  /** What it becomes in Chronicle, in words (in the reader's language). */
  becomes: string;
  /** True for a column of the format that Chronicle does not read (it has no place for it). */
  ignored?: boolean;
}

/** A field as a format declares it: what it becomes, as the catalog key of the words. */
export type CsvFieldSpec = Omit<CsvField, 'becomes'> & { becomes: MessageKey };

/** What an import did, for the preview: the format, the mapping, the counts and every row problem. */
export interface ImportReport {
  format: ImportFormatId;
  /** The CSV's header (empty for JSON) and the mapping chosen from it. */
  columns: string[];
  mapping: ColumnMapping;
  /** The fields of the format, in its order (empty for JSON). */
  fields: CsvField[];
  /** Rows (or items) read, not counting the header. */
  rows: number;
  events: number;
  problems: RowProblem[];
  timeZone: string;
}

/** An imported dataset as written (the validator checks it next), with its report. */
export interface ImportResult {
  document: DatasetDocument;
  /** The row each event came from, by the event's position in `document.events`. */
  eventRows: number[];
  report: ImportReport;
}
