import { useCallback, useMemo, useRef } from 'react';
import { EventDetail } from '../events/EventDetail';
import { FacetSelect } from '../filters/FacetSelect';
import { SearchBox } from '../filters/SearchBox';
import { asCategories, categoryOptions } from '../filters/facetOptions';
import { useDocumentMeta } from '../app/useDocumentMeta';
import { PageNotices } from '../app/PageNotices';
import { detailProps, timelineProps } from '../app/storyProps';
import { useStoryView } from '../app/useStoryView';
import { t } from '../i18n/i18n';
import type { Dataset } from '../model/schema';
import { fullViewUrl } from '../share/shareLink';
import { clearFilters, filterCounts, isFiltering } from '../state/filter';
import { useViewState, useViewStateNotices, type SetViewState } from '../state/useViewState';
import { Timeline } from '../timeline/Timeline';
import { PrintView } from '../print/PrintView';
import { embedCredit } from './embedCredit';
import { useEmbedHeight } from './useEmbedHeight';
import './embed.css';

/** Props: the validated dataset, and where it came from when not bundled (null when bundled). */
export interface EmbedPageProps {
  /** The validated dataset to show. */
  dataset: Dataset;
  /** Where a dataset not bundled with the app came from, for the credit; null when bundled. */
  sourceLabel: string | null;
}

/**
 * The view for an `<iframe>` in an article (`embed=1`): the story's title on one line, search and
 * one filter menu, the timeline, the open event below it, "Open in full view" and the source
 * credit. Every other key of the link works here. It tells the host page its height
 * (useEmbedHeight), and replaces the history entry on every change, so that the article's Back
 * button leaves the article rather than stepping through the frame.
 */
export function EmbedPage({ dataset, sourceLabel }: EmbedPageProps) {
  const [rawState, setUrlState] = useViewState();
  const setViewState = useCallback<SetViewState>(
    (update) => setUrlState(update, { replace: true }),
    [setUrlState],
  );
  const decodeNotices = useViewStateNotices();
  const storyView = useStoryView(dataset, rawState, setViewState);
  const { index, state, notices, missingEvent, filters, visible, selected, hrefFor } = storyView;
  const counts = useMemo(() => filterCounts(index, filters), [index, filters]);
  useDocumentMeta(dataset, selected?.event ?? null);

  const detail = detailProps(storyView, setViewState, sourceLabel === null);

  const root = useRef<HTMLDivElement>(null);
  useEmbedHeight(root);

  const fullView = fullViewUrl(state);
  const credit = embedCredit(index, sourceLabel);

  return (
    <div className="embed" ref={root}>
      <header className="embed__header">
        <h1 className="embed__title" title={dataset.title}>
          {dataset.title}
        </h1>
        <a className="embed__full" href={fullView} target="_blank" rel="noopener noreferrer">
          {t('embed.openFullView')} <span aria-hidden="true">↗</span>
          <span className="visually-hidden"> {t('app.newTab')}</span>
        </a>
      </header>
      <PageNotices
        notices={[...decodeNotices, ...notices]}
        missingEvent={missingEvent}
        hrefFor={hrefFor}
      />
      <div className="embed__controls">
        <SearchBox value={state.query} onCommit={(query) => setViewState({ query })} />
        <FacetSelect
          label={t('embed.filter')}
          options={categoryOptions(counts, state.categories)}
          selected={state.categories}
          onChange={(ids) => setViewState({ categories: asCategories(ids) })}
        />
        <p className="embed__count" role="status">
          {t('app.eventsOf', { shown: visible.length, total: index.events.length })}
        </p>
        {isFiltering(state) && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setViewState(clearFilters(state))}
          >
            {t('embed.clear')}
          </button>
        )}
      </div>
      <section className="embed__timeline" aria-labelledby="embed-timeline-heading">
        <h2 id="embed-timeline-heading" className="visually-hidden">
          {t('page.timeline')}
        </h2>
        <Timeline {...timelineProps(storyView, setViewState)} />
      </section>
      {detail && (
        <section className="embed__detail" aria-label={t('page.eventDetails')}>
          <EventDetail key={detail.entry.event.id} {...detail} />
        </section>
      )}
      <footer className="embed__credit">
        <p>
          {credit}{' '}
          <span className="embed__brand">
            ·{' '}
            <a href={fullView} target="_blank" rel="noopener noreferrer">
              Chronicle
              <span className="visually-hidden"> {t('app.newTab')}</span>
            </a>
          </span>
        </p>
      </footer>
      <PrintView index={index} state={state} events={visible} selected={selected} />
    </div>
  );
}
