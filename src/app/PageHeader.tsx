import { useMemo, useState } from 'react';
import { formatValue } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';
import { storyPeriod } from '../state/storyPeriod';
import type { TimeWindow } from '../state/viewState';
import { safeHref } from '../events/safeHref';
import { DatasetOpener } from './DatasetOpener';

/** Props: the dataset (through its index) and the story's time span. */
export interface PageHeaderProps {
  index: DatasetIndex;
  story: TimeWindow;
  /** Where a dataset not bundled with the app came from ("Data from …"), or null. */
  sourceLabel: string | null;
  onFile: (file: File) => void;
}

/** The masthead: what this timeline is about, when, and the article it was built from. */
export function PageHeader({ index, story, sourceLabel, onFile }: PageHeaderProps) {
  const { dataset } = index;
  const [moreShown, setMoreShown] = useState(false);
  const { published } = dataset;
  const source = published ? index.sourcesById.get(published.source) : undefined;
  const href = safeHref(source?.url);
  const range = useMemo(() => storyPeriod(index, story), [index, story]);
  const publishedOn = published ? formatValue(published.date, dataset.timeZone) : null;
  return (
    <header className="masthead">
      <div className="masthead__top">
        <p className="masthead__brand">
          <span className="masthead__logo" aria-hidden="true" />
          Chronicle
        </p>
        {sourceLabel && <p className="masthead__source">{sourceLabel}</p>}
        <DatasetOpener onFile={onFile} />
      </div>
      <h1 className="masthead__title">{dataset.title}</h1>
      {dataset.summary !== undefined && (
        <>
          <p
            className={
              moreShown ? 'masthead__summary masthead__summary--open' : 'masthead__summary'
            }
            id="dataset-summary"
          >
            {dataset.summary}
          </p>
          <button
            type="button"
            className="link-button masthead__more"
            aria-expanded={moreShown}
            aria-controls="dataset-summary"
            onClick={() => setMoreShown((shown) => !shown)}
          >
            {moreShown ? 'Less' : 'More about this story'}
          </button>
        </>
      )}
      <dl className="masthead__facts">
        <div>
          <dt>Period</dt>
          <dd>{range}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{index.events.length.toLocaleString('en-GB')}</dd>
        </div>
        {published && (
          <div>
            <dt>Built from</dt>
            <dd>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source?.name ?? published.source}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                (source?.name ?? published.source)
              )}
              ,{' '}
              {published.approximate === true
                ? `probably ${publishedOn ?? ''} (inferred)`
                : publishedOn}{' '}
              <details className="masthead__basis">
                <summary>How this date was established</summary>
                <p>{published.basis}</p>
              </details>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
