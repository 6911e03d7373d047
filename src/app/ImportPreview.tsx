import { useId, useState } from 'react';
import { downloadFile } from '../formats/download';
import {
  IMPORT_FORMATS,
  type CsvFormatId,
  type ImportOptions,
  type ImportReport,
} from '../formats/importTypes';
import type { Dataset } from '../model/schema';
import type { ValidationWarning } from '../model/validationProblem';
import { DatasetOpener } from './DatasetOpener';

/** The preview's words, kept together for the translations to come. */
const messages = {
  heading: 'Check the import before it loads',
  nothingYet: 'Nothing is loaded until you accept.',
  format: 'Read the file as',
  timeZone: 'Clock times without a zone are in',
  mapping: 'Columns',
  field: 'Chronicle reads',
  becomes: 'as',
  column: 'from the column',
  problemColumn: 'Column',
  none: '(none)',
  readAgain: 'Read again with these choices',
  ignored: 'Columns of the format that Chronicle has no place for, and does not read:',
  unread: (n: number) =>
    n === 1 ? 'One row could not be read' : `${n.toLocaleString('en-GB')} rows could not be read`,
  notes: (n: number) =>
    n === 1
      ? 'One thing to know about the rows read'
      : `${n.toLocaleString('en-GB')} things to know about the rows read`,
  allRead: 'Every row could be read.',
  row: 'Row',
  reason: 'Reason',
  noSource: (n: number) =>
    n === 1
      ? 'One event has no source given.'
      : `${n.toLocaleString('en-GB')} events have no source given.`,
  load: (n: number) => `Load ${n.toLocaleString('en-GB')} ${n === 1 ? 'event' : 'events'}`,
  save: 'Save as Chronicle JSON',
  another: 'Open another file',
};

/** Rows shown in each table; the rest are counted. */
const SHOWN_ROWS = 500;

const CSV_FORMAT_IDS: CsvFormatId[] = ['timelinejs-sheet', 'acled', 'chronicle-csv'];

/** Props: what the import made, and what the reader can do about it. */
export interface ImportPreviewProps {
  /** What the import read: its format, the rows taken and the rows left out, and why. */
  report: ImportReport;
  /** The dataset the import made, to preview. */
  dataset: Dataset;
  /** What the validator warned about in it. */
  warnings: readonly ValidationWarning[];
  /** The imported file's name. */
  sourceName: string;
  /** Opens the imported dataset as the story. */
  onAccept: () => void;
  /** Reads the file again with other options: the format, the column mapping, the time zone. */
  onReimport: (options: ImportOptions) => void;
  /** Opens another file instead. */
  onFile: (file: File) => void;
}

function ProblemTable({
  caption,
  problems,
}: {
  caption: string;
  problems: ImportReport['problems'];
}) {
  return (
    <div className="import-preview__table-wrap">
      <table className="import-preview__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.row}</th>
            <th scope="col">{messages.problemColumn}</th>
            <th scope="col">{messages.reason}</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN_ROWS).map((problem, i) => (
            <tr key={i}>
              <td>{problem.row}</td>
              <td>{problem.column ?? '—'}</td>
              <td>{problem.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN_ROWS && (
        <p>…and {(problems.length - SHOWN_ROWS).toLocaleString('en-GB')} more.</p>
      )}
    </div>
  );
}

/**
 * What an import of a file in another format made, before anything loads: how many events from
 * how many rows, the format and the column mapping chosen (both changeable for a CSV, and the zone
 * clock times are read in), every row that could not be read with its number, column and reason,
 * and the ways on: load, save as Chronicle JSON, or open another file.
 */
export function ImportPreview({
  report,
  dataset,
  warnings,
  sourceName,
  onAccept,
  onReimport,
  onFile,
}: ImportPreviewProps) {
  const id = useId();
  const isCsv = report.format !== 'timelinejs-json';
  const [format, setFormat] = useState<CsvFormatId | null>(
    report.format === 'timelinejs-json' ? null : report.format,
  );
  const [mapping, setMapping] = useState(report.mapping);
  const [timeZone, setTimeZone] = useState(report.timeZone);
  const skipped = report.problems.filter((p) => p.severity === 'skipped');
  const notes = report.problems.filter((p) => p.severity === 'note');
  const events = dataset.events.length;
  const noSource = warnings.filter((w) => w.kind === 'no-source').length;

  const readAgain = () => {
    const sameFormat = format === report.format;
    onReimport({
      ...(format === null ? {} : { format }),
      // Another format has other fields: its own mapping is chosen from the header again.
      ...(sameFormat && isCsv ? { mapping } : {}),
      timeZone: timeZone.trim() === '' ? 'UTC' : timeZone.trim(),
    });
  };

  return (
    <main className="page-message import-preview" id="main">
      <h1>{messages.heading}</h1>
      <p>
        <strong>{sourceName}</strong>, read as {IMPORT_FORMATS[report.format]}:{' '}
        <strong>
          {events.toLocaleString('en-GB')} {events === 1 ? 'event' : 'events'}
        </strong>{' '}
        from {report.rows.toLocaleString('en-GB')} {report.rows === 1 ? 'row' : 'rows'}
        {dataset.title ? ` (“${dataset.title}”)` : ''}. {messages.nothingYet}
      </p>
      {noSource > 0 && <p className="notice">{messages.noSource(noSource)}</p>}
      <div className="page-message__actions">
        <button type="button" className="button" disabled={events === 0} onClick={onAccept}>
          {messages.load(events)}
        </button>
        <button
          type="button"
          className="button"
          disabled={events === 0}
          onClick={() =>
            downloadFile(
              `${dataset.id}.json`,
              `${JSON.stringify(dataset, null, 2)}\n`,
              'application/json',
            )
          }
        >
          {messages.save}
        </button>
        <DatasetOpener onFile={onFile} label={messages.another} />
      </div>

      {skipped.length === 0 ? (
        <p>{messages.allRead}</p>
      ) : (
        <ProblemTable caption={messages.unread(skipped.length)} problems={skipped} />
      )}
      {notes.length > 0 && <ProblemTable caption={messages.notes(notes.length)} problems={notes} />}

      <form
        className="import-preview__choices"
        onSubmit={(e) => {
          e.preventDefault();
          readAgain();
        }}
      >
        <h2>{messages.mapping}</h2>
        {format !== null && (
          <p>
            <label htmlFor={`${id}-format`}>{messages.format} </label>
            <select
              id={`${id}-format`}
              value={format}
              onChange={(e) =>
                setFormat(CSV_FORMAT_IDS.find((f) => f === e.target.value) ?? format)
              }
            >
              {CSV_FORMAT_IDS.map((f) => (
                <option key={f} value={f}>
                  {IMPORT_FORMATS[f]}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor={`${id}-zone`}>{messages.timeZone} </label>
          <input
            id={`${id}-zone`}
            type="text"
            spellCheck={false}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            placeholder="UTC, Asia/Almaty, Europe/Oslo"
          />
        </p>
        {isCsv && format === report.format && (
          <div className="import-preview__table-wrap">
            <table className="import-preview__table">
              <thead>
                <tr>
                  <th scope="col">{messages.field}</th>
                  <th scope="col">{messages.column}</th>
                </tr>
              </thead>
              <tbody>
                {report.fields
                  .filter((field) => field.ignored !== true)
                  .map((field) => (
                    <tr key={field.key}>
                      <th scope="row">
                        <label htmlFor={`${id}-${field.key}`}>
                          {field.headers[0] ?? field.key}
                        </label>
                        <span className="import-preview__becomes">{field.becomes}</span>
                      </th>
                      <td>
                        <select
                          id={`${id}-${field.key}`}
                          value={mapping[field.key] ?? ''}
                          onChange={(e) =>
                            setMapping((m) => ({
                              ...m,
                              [field.key]: e.target.value === '' ? null : Number(e.target.value),
                            }))
                          }
                        >
                          <option value="">{messages.none}</option>
                          {report.columns.map((name, i) => (
                            <option key={i} value={i}>
                              {name === '' ? `column ${i + 1}` : name}
                            </option>
                          ))}
                        </select>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
        {isCsv && report.fields.some((field) => field.ignored === true) && (
          <p className="import-preview__becomes">
            {messages.ignored}{' '}
            {report.fields
              .filter((field) => field.ignored === true)
              .map((field) => field.headers[0] ?? field.key)
              .join(', ')}
            .
          </p>
        )}
        <button type="submit" className="button">
          {messages.readAgain}
        </button>
      </form>
    </main>
  );
}
