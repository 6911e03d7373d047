/**
 * Importing a file that is not Chronicle JSON, by its content: a CSV (or TSV) is read as it
 * streams in, its format chosen by its header (TimelineJS sheet, ACLED export, Chronicle CSV) or
 * by the reader; TimelineJS JSON is read from its parsed document. Then the dataset is checked by
 * the validator like any other, and an event it refuses is reported at its row and left out, so
 * the preview can say exactly which rows will not load.
 */
import { t } from '../i18n/i18n';
import { validateDataset } from '../model/validate';
import { eventLabel } from '../model/validationMessages';
import type { Dataset } from '../model/schema';
import type { ValidationProblem, ValidationWarning } from '../model/validationProblem';
import { acledExport } from './acled';
import { chronicleCsv } from './chronicleCsv';
import { csvRow, defaultMapping, fieldsInWords, headerScore, type CsvFormat } from './csvFormat';
import { createCsvRowReader, CsvUnreadableError } from './csvRows';
import { DatasetBuilder } from './datasetBuilder';
import type { CsvFormatId, ImportOptions, ImportReport, ImportResult } from './importTypes';
import { timelineJsSheet } from './timelineJsSheet';

/** The CSV formats, by id. */
export const CSV_FORMATS: Record<CsvFormatId, CsvFormat> = {
  'timelinejs-sheet': timelineJsSheet,
  acled: acledExport,
  'chronicle-csv': chronicleCsv,
};

/** A file that cannot be imported at all: why, in words. */
export class ImportFailure extends Error {}

/** The name a dataset takes from its file or address when it has no title of its own. */
export function nameFromSource(name: string | undefined): string {
  if (name === undefined) return 'Imported timeline';
  const last = name.split(/[/\\]/).pop()?.split(/[?#]/)[0] ?? name;
  const bare = last
    .replace(/\.(csv|tsv|txt|json)$/i, '')
    .replace(/[_-]+/g, ' ')
    .trim();
  return bare === '' ? 'Imported timeline' : bare;
}

function unknownHeader(header: readonly string[]): ImportFailure {
  const found = header
    .slice(0, 8)
    .map((name) => `"${name}"`)
    .join(', ');
  return new ImportFailure(
    t('importer.unknownHeader', { found: `${found}${header.length > 8 ? ', …' : ''}` }),
  );
}

/** The format a header is best read as, or null when none fits. */
export function detectCsvFormat(header: readonly string[]): CsvFormat | null {
  let best: CsvFormat | null = null;
  let bestScore = 0;
  for (const format of Object.values(CSV_FORMATS)) {
    const score = headerScore(header, format);
    if (score > bestScore) {
      best = format;
      bestScore = score;
    }
  }
  return best;
}

/** A CSV import fed chunk by chunk. `end` gives the result, or throws an `ImportFailure`. */
export interface CsvImport {
  push: (chunk: string) => void;
  end: () => ImportResult;
}

/** Starts importing a CSV whose first chunk is `firstChunk` (push it too). */
export function createCsvImport(firstChunk: string, options: ImportOptions = {}): CsvImport {
  const timeZone = options.timeZone ?? 'UTC';
  const builder = new DatasetBuilder(nameFromSource(options.name), timeZone);
  let header: string[] | null = null;
  let format: CsvFormat | null = null;
  let mapping = options.mapping ?? {};
  let rows = 0;
  const reader = createCsvRowReader(firstChunk, {
    row: (cells, number) => {
      if (header === null) {
        header = cells.map((cell) => cell.trim());
        format =
          options.format === undefined ? detectCsvFormat(header) : CSV_FORMATS[options.format];
        if (format === null) throw unknownHeader(header);
        mapping = options.mapping ?? defaultMapping(header, format.fields);
        return;
      }
      rows += 1;
      format?.readRow(csvRow(cells, number, header, mapping, builder.problems), builder, timeZone);
    },
    problem: (number, reason) => {
      rows += 1;
      builder.skip(number, null, reason);
    },
  });
  const guard = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof CsvUnreadableError) throw new ImportFailure(error.message);
      throw error;
    }
  };
  return {
    push: (chunk) => guard(() => reader.push(chunk)),
    end: () => {
      guard(() => reader.end());
      if (header === null || format === null) throw new ImportFailure(t('importer.emptyFile'));
      format.finish?.(builder);
      const { document, eventRows } = builder.finish();
      const report: ImportReport = {
        format: format.id,
        columns: header,
        mapping,
        fields: fieldsInWords(format),
        rows,
        events: eventRows.length,
        problems: builder.problems,
        timeZone,
      };
      return { document, eventRows, report };
    },
  };
}

/** A whole CSV text imported at once (for tests and small files). */
export function importCsvText(text: string, options: ImportOptions = {}): ImportResult {
  const csv = createCsvImport(text, options);
  csv.push(text);
  return csv.end();
}

/** An imported dataset once checked: ready with its report, or the problems that stop it. */
export type CheckedImport =
  | { ok: true; dataset: Dataset; warnings: ValidationWarning[]; report: ImportReport }
  | { ok: false; problems: ValidationProblem[] };

/** How many times events the validator refuses are taken out and the rest checked again. */
const CHECK_ROUNDS = 3;

/**
 * Validates an import. Events the validator refuses are reported at their rows and left out, and
 * the rest are checked again; problems outside the events (which the importers never make) stop it.
 */
export function checkImport(result: ImportResult): CheckedImport {
  let { document, eventRows } = result;
  const problems = [...result.report.problems];
  for (let round = 0; ; round += 1) {
    const checked = validateDataset(document);
    if (checked.ok) {
      return {
        ok: true,
        dataset: checked.dataset,
        warnings: checked.warnings,
        report: {
          ...result.report,
          events: checked.dataset.events.length,
          problems: sortProblems(problems),
        },
      };
    }
    const outside = checked.problems.some((problem) => !/^events\[\d+\]/.test(problem.path));
    if (outside || round === CHECK_ROUNDS) return { ok: false, problems: checked.problems };
    const refused = new Set<number>();
    for (const problem of checked.problems) {
      const position = Number(/^events\[(\d+)\]/.exec(problem.path)?.[1]);
      refused.add(position);
      problems.push({
        row: eventRows[position] ?? 0,
        column: null,
        reason: withoutEventLabel(problem.message, document.events[position]),
        severity: 'skipped',
      });
    }
    document = { ...document, events: document.events.filter((_, i) => !refused.has(i)) };
    eventRows = eventRows.filter((_, i) => !refused.has(i));
  }
}

/**
 * A validator's message about an event without the event's name in front ("event "x" (Title): "),
 * which the preview shows as the row instead: the label is made as the validator makes it, so it
 * goes in any language.
 */
function withoutEventLabel(
  message: string,
  event: { id?: unknown; title?: unknown } | undefined,
): string {
  if (event === undefined || typeof event.id !== 'string') return message;
  const prefix = `${eventLabel(event.id, event.title)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

function sortProblems(problems: ImportReport['problems']): ImportReport['problems'] {
  return [...problems].sort((a, b) => a.row - b.row);
}
