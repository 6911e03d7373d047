import type { ValidationWarning } from '../model/validationProblem';
import type { DatasetIndex } from '../state/datasetIndex';

/** The notice's words, kept together for the translations to come. */
const messages = {
  noSource: (n: number) =>
    n === 1
      ? 'One event has no source given.'
      : `${n.toLocaleString('en-GB')} events have no source given.`,
  which: 'Which ones',
  more: (n: number) => `…and ${n.toLocaleString('en-GB')} more.`,
};

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
      <p>{messages.noSource(unsourced.length)}</p>
      <details>
        <summary>{messages.which}</summary>
        <ul>
          {unsourced.slice(0, LISTED).map(({ eventId }) => (
            <li key={eventId}>
              <a href={hrefFor(eventId)}>{index.byId.get(eventId)?.event.title ?? eventId}</a>
            </li>
          ))}
        </ul>
        {unsourced.length > LISTED && <p>{messages.more(unsourced.length - LISTED)}</p>}
      </details>
    </div>
  );
}
