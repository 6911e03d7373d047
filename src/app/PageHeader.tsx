import { useMemo, useState } from 'react';
import { formatNumber, t } from '../i18n/i18n';
import { formatValue } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';
import { storyPeriod } from '../state/storyPeriod';
import type { TimeWindow } from '../state/viewState';
import { safeHref } from '../ui/safeHref';
import { DatasetOpener } from './DatasetOpener';
import { LanguageSwitch } from './LanguageSwitch';
import { DataText, dataLang } from '../ui/DataText';

/** Props: the dataset (through its index) and the story's time span. */
export interface PageHeaderProps {
  /** The dataset, through its index: title, summary, the facts in the header. */
  index: DatasetIndex;
  /** The span of the story (background events left out), shown as its period. */
  story: TimeWindow;
  /** Where a dataset not bundled with the app came from ("Data from …"), or null. */
  sourceLabel: string | null;
  /** Opens a dataset file the reader picked in the header's opener. */
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
    <header className={moreShown ? 'masthead masthead--more' : 'masthead'}>
      <div className="masthead__top">
        <p className="masthead__brand">
          <span className="masthead__logo" aria-hidden="true" />
          Chronicle
        </p>
        {sourceLabel && <p className="masthead__source">{sourceLabel}</p>}
        <DatasetOpener onFile={onFile} />
        <LanguageSwitch />
      </div>
      <h1 className="masthead__title" lang={dataLang(dataset, 'title')}>
        {dataset.title}
      </h1>
      {dataset.summary !== undefined && (
        <>
          <p
            className={
              moreShown ? 'masthead__summary masthead__summary--open' : 'masthead__summary'
            }
            id="dataset-summary"
            lang={dataLang(dataset, 'summary')}
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
            {moreShown ? t('header.less') : t('header.more')}
          </button>
        </>
      )}
      <dl className="masthead__facts">
        <div>
          <dt>{t('header.period')}</dt>
          <dd>{range}</dd>
        </div>
        <div>
          <dt>{t('header.events')}</dt>
          <dd>{formatNumber(index.events.length)}</dd>
        </div>
        {published && (
          <div className="masthead__fact--source">
            <dt>{t('header.builtFrom')}</dt>
            <dd>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source?.name ?? published.source}
                  <span className="visually-hidden"> {t('app.newTab')}</span>
                </a>
              ) : (
                (source?.name ?? published.source)
              )}
              ,{' '}
              {published.approximate === true
                ? t('header.publishedProbably', { date: publishedOn ?? '' })
                : publishedOn}{' '}
              <details className="masthead__basis">
                <summary>{t('header.basis')}</summary>
                <p>
                  <DataText text={published.basis} of={published} field="basis" />
                </p>
              </details>
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}
