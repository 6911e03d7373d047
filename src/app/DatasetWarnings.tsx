import { t } from '../i18n/i18n';
import type { ValidationWarning } from '../model/validationProblem';
import type { DatasetIndex } from '../state/datasetIndex';

/** Events listed by name in the notice; the rest are counted. */
const LISTED = 100;

/** Props: the loader's warnings, and how to name and link the events concerned. */
export interface DatasetWarningsProps {
  /** What the validator warned about (events without a source, and the like). */
  warnings: readonly ValidationWarning[];
  /** The dataset, to name the events the warnings concern. */
  index: DatasetIndex;
  /** The link that opens an event, so each warning links to its event. */
  hrefFor: (eventId: string) => string;
}

/**
 * What the loader warned about, unobtrusively: "12 events have no source given", with the events
 * themselves behind "Which ones".
 */
export function DatasetWarnings({ warnings, index, hrefFor }: DatasetWarningsProps) {
  const unsourced = warnings.filter((warning) => warning.kind === 'no-source');
  if (unsourced.length === 0) return null;
  return (
    <div className="dataset-warnings" role="note">
      <p>{t('notices.noSource', { count: unsourced.length })}</p>
      <details>
        <summary>{t('notices.which')}</summary>
        <ul>
          {unsourced.slice(0, LISTED).map(({ eventId }) => (
            <li key={eventId}>
              <a href={hrefFor(eventId)}>{index.byId.get(eventId)?.event.title ?? eventId}</a>
            </li>
          ))}
        </ul>
        {unsourced.length > LISTED && (
          <p>{t('app.andMore', { count: unsourced.length - LISTED })}</p>
        )}
      </details>
    </div>
  );
}
