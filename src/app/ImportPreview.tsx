import { useId, useState } from 'react';
import { downloadFile } from '../formats/download';
import {
  IMPORT_FORMATS,
  type CsvFormatId,
  type ImportOptions,
  type ImportReport,
} from '../formats/importTypes';
import { intlLocale, t } from '../i18n/i18n';
import type { Dataset } from '../model/schema';
import type { ValidationWarning } from '../model/validationProblem';
import { richMessage } from '../ui/richMessage';
import { DatasetOpener } from './DatasetOpener';
import './importPreview.css';

/** Rows shown in each table; the rest are counted. */
const SHOWN_ROWS = 500;

const CSV_FORMAT_IDS: CsvFormatId[] = ['timelinejs-sheet', 'acled', 'chronicle-csv'];

/** Column names one after another ("date, title, notes"), in the reader's language's way. */
function columnList(names: readonly string[]): string {
  return new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(names);
}

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
            <th scope="col">{t('import.row')}</th>
            <th scope="col">{t('import.problemColumn')}</th>
            <th scope="col">{t('import.reason')}</th>
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
        <p>{t('app.andMore', { count: problems.length - SHOWN_ROWS })}</p>
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
      <h1>{t('import.heading')}</h1>
      <p>
        {richMessage(
          dataset.title ? 'import.summaryTitled' : 'import.summary',
          {
            source: <strong>{sourceName}</strong>,
            events: <strong>{t('app.eventCount', { count: events })}</strong>,
          },
          { format: t(IMPORT_FORMATS[report.format]), rows: report.rows, title: dataset.title },
        )}{' '}
        {t('import.nothingYet')}
      </p>
      {noSource > 0 && <p className="notice">{t('notices.noSource', { count: noSource })}</p>}
      <div className="page-message__actions">
        <button type="button" className="button" disabled={events === 0} onClick={onAccept}>
          {t('import.load', { count: events })}
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
          {t('import.save')}
        </button>
        <DatasetOpener onFile={onFile} label={t('import.another')} />
      </div>

      {skipped.length === 0 ? (
        <p>{t('import.allRead')}</p>
      ) : (
        <ProblemTable caption={t('import.unread', { count: skipped.length })} problems={skipped} />
      )}
      {notes.length > 0 && (
        <ProblemTable caption={t('import.notes', { count: notes.length })} problems={notes} />
      )}

      <form
        className="import-preview__choices"
        onSubmit={(e) => {
          e.preventDefault();
          readAgain();
        }}
      >
        <h2>{t('import.mapping')}</h2>
        {format !== null && (
          <p>
            <label htmlFor={`${id}-format`}>{t('import.format')} </label>
            <select
              id={`${id}-format`}
              value={format}
              onChange={(e) =>
                setFormat(CSV_FORMAT_IDS.find((f) => f === e.target.value) ?? format)
              }
            >
              {CSV_FORMAT_IDS.map((f) => (
                <option key={f} value={f}>
                  {t(IMPORT_FORMATS[f])}
                </option>
              ))}
            </select>
          </p>
        )}
        <p>
          <label htmlFor={`${id}-zone`}>{t('import.timeZone')} </label>
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
                  <th scope="col">{t('import.field')}</th>
                  <th scope="col">{t('import.column')}</th>
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
                          <option value="">{t('import.none')}</option>
                          {report.columns.map((name, i) => (
                            <option key={i} value={i}>
                              {name === '' ? t('import.columnNumber', { number: i + 1 }) : name}
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
            {t('import.ignored', {
              columns: columnList(
                report.fields
                  .filter((field) => field.ignored === true)
                  .map((field) => field.headers[0] ?? field.key),
              ),
            })}
          </p>
        )}
        <button type="submit" className="button">
          {t('import.readAgain')}
        </button>
      </form>
    </main>
  );
}
