import { t } from '../i18n/i18n';
import { DOCUMENT_PATH, type ValidationProblem } from '../model/validationProblem';
import { richMessage } from '../ui/richMessage';
import { DatasetOpener } from './DatasetOpener';

/** Props: what was wrong, with which dataset, and a way to try another file. */
export interface DatasetProblemsProps {
  /** Every problem the validator found, each with its JSON path; at least one. */
  problems: readonly ValidationProblem[];
  /** What the reader tried to open (an address or a file name), named in the message. */
  sourceName: string;
  /** Opens another dataset file from the reader's computer. */
  onFile: (file: File) => void;
}

const SHOWN = 200;

/** The page shown for a dataset that failed to load: every problem, with where it is. */
export function DatasetProblems({ problems, sourceName, onFile }: DatasetProblemsProps) {
  return (
    <main className="page-message" id="main">
      <h1>{t('problems.title')}</h1>
      <p>
        {richMessage(
          'problems.intro',
          { source: <strong>{sourceName}</strong> },
          { count: problems.length },
        )}
      </p>
      <ol className="problem-list">
        {problems.slice(0, SHOWN).map((problem, i) => (
          <li key={i}>
            {/* A problem of the whole file has no JSON path to show, so it says so in words. */}
            {problem.path === DOCUMENT_PATH ? (
              t('problems.document')
            ) : (
              <code>{problem.path}</code>
            )}{' '}
            {problem.message}
          </li>
        ))}
      </ol>
      {problems.length > SHOWN && <p>{t('app.andMore', { count: problems.length - SHOWN })}</p>}
      <p className="page-message__actions">
        <a className="button" href="./">
          {t('problems.openBundled')}
        </a>
      </p>
      <DatasetOpener onFile={onFile} />
    </main>
  );
}
