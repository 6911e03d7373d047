import { useCallback, useMemo, useRef } from 'react';
import { EventDetail } from '../events/EventDetail';
import { useEventSelection } from '../events/useEventSelection';
import { FacetSelect } from '../filters/FacetSelect';
import { SearchBox } from '../filters/SearchBox';
import { asCategories, categoryOptions } from '../filters/facetOptions';
import { useDocumentMeta } from '../app/useDocumentMeta';
import { PageNotices } from '../app/PageNotices';
import type { Dataset } from '../model/schema';
import { eventShareUrl, fullViewUrl } from '../share/shareLink';
import { createDatasetIndex } from '../state/datasetIndex';
import { clearFilters, filterCounts, filterEvents, filtersOf, isFiltering } from '../state/filter';
import { reconcileViewState } from '../state/reconcile';
import {
  useViewState,
  useViewStateNotices,
  viewStateHref,
  type SetViewState,
} from '../state/useViewState';
import type { TimeWindow } from '../state/viewState';
import { Timeline } from '../timeline/Timeline';
import { fitAllWindow, roundWindow, storyWindow } from '../timeline/timeWindow';
import { PrintView } from '../print/PrintView';
import { embedCredit } from './embedCredit';
import { useEmbedHeight } from './useEmbedHeight';
import './embed.css';

const EMPTY_WINDOW: TimeWindow = { start: 0, end: 86_400_000 };

/** The embed view's words, together for translation. */
const messages = {
  openFullView: 'Open in full view',
  newTab: ' (opens in a new tab)',
  timeline: 'Timeline',
  filter: 'Category',
  clear: 'Clear filters',
  count: (shown: number, total: number) =>
    `${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} events`,
};

/** Props: the validated dataset, and where it came from when not bundled (null when bundled). */
export interface EmbedPageProps {
  dataset: Dataset;
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
  const index = useMemo(() => createDatasetIndex(dataset), [dataset]);
  const [rawState, setUrlState] = useViewState();
  const setViewState = useCallback<SetViewState>(
    (update) => setUrlState(update, { replace: true }),
    [setUrlState],
  );
  const decodeNotices = useViewStateNotices();
  const reconciled = useMemo(() => reconcileViewState(rawState, index), [rawState, index]);
  const { state, missingEvent } = reconciled;

  const filters = filtersOf(state);
  const visible = useMemo(() => filterEvents(index, filters), [index, filters]);
  const counts = useMemo(() => filterCounts(index, filters), [index, filters]);
  const story = useMemo(() => storyWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const full = useMemo(() => fitAllWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const selected = state.event === null ? null : (index.byId.get(state.event) ?? null);
  useDocumentMeta(dataset, selected?.event ?? null);

  const root = useRef<HTMLDivElement>(null);
  useEmbedHeight(root);

  const { select, close, headingRef } = useEventSelection({
    index,
    story,
    openId: state.event,
    setViewState,
    fallbackFocus: (id) =>
      root.current?.querySelector<SVGElement>(`.timeline [data-event-id="${CSS.escape(id)}"]`) ??
      null,
  });
  const hrefFor = useCallback(
    (eventId: string) => viewStateHref({ ...state, event: eventId }),
    [state],
  );

  const position = selected ? visible.indexOf(selected) : -1;
  const neighbour = (step: 1 | -1) => {
    if (selected === null) return null;
    if (position >= 0) return visible[position + step] ?? null;
    return step < 0
      ? (visible.filter((e) => e.order < selected.order).at(-1) ?? null)
      : (visible.find((e) => e.order > selected.order) ?? null);
  };
  const fullView = fullViewUrl(state);
  const credit = embedCredit(index, sourceLabel);

  return (
    <div className="embed" ref={root}>
      <header className="embed__header">
        <h1 className="embed__title" title={dataset.title}>
          {dataset.title}
        </h1>
        <a className="embed__full" href={fullView} target="_blank" rel="noopener noreferrer">
          {messages.openFullView} <span aria-hidden="true">↗</span>
          <span className="visually-hidden">{messages.newTab}</span>
        </a>
      </header>
      <PageNotices
        notices={[...decodeNotices, ...reconciled.notices]}
        missingEvent={missingEvent}
        hrefFor={hrefFor}
      />
      <div className="embed__controls">
        <SearchBox value={state.query} onCommit={(query) => setViewState({ query })} />
        <FacetSelect
          label={messages.filter}
          options={categoryOptions(counts, state.categories)}
          selected={state.categories}
          onChange={(ids) => setViewState({ categories: asCategories(ids) })}
        />
        <p className="embed__count" role="status">
          {messages.count(visible.length, index.events.length)}
        </p>
        {isFiltering(state) && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() => setViewState(clearFilters(state))}
          >
            {messages.clear}
          </button>
        )}
      </div>
      <section className="embed__timeline" aria-labelledby="embed-timeline-heading">
        <h2 id="embed-timeline-heading" className="visually-hidden">
          {messages.timeline}
        </h2>
        <Timeline
          index={index}
          events={visible}
          window={state.window ?? story}
          fullWindow={full}
          isDefaultWindow={state.window === null}
          lanes={state.lanes}
          selectedId={selected?.event.id ?? null}
          hrefFor={hrefFor}
          onSelect={select}
          onWindowChange={(w) => setViewState({ window: w && roundWindow(w) })}
          onLanesChange={(lanes) => setViewState({ lanes })}
        />
      </section>
      {selected && (
        <section className="embed__detail" aria-label="Event details">
          <EventDetail
            key={selected.event.id}
            entry={selected}
            index={index}
            position={{ current: position + 1, total: visible.length }}
            previousId={neighbour(-1)?.event.id ?? null}
            nextId={neighbour(1)?.event.id ?? null}
            onSelect={(id) => select(id, { moveFocus: false })}
            onClose={close}
            onFilterActor={(id) =>
              setViewState((s) => ({
                ...s,
                actors: s.actors.includes(id) ? s.actors : [...s.actors, id],
              }))
            }
            onFilterLocation={(id) =>
              setViewState((s) => ({
                ...s,
                locations: s.locations.includes(id) ? s.locations : [...s.locations, id],
              }))
            }
            shareUrl={eventShareUrl({ ...state, event: selected.event.id }, sourceLabel === null)}
            headingRef={headingRef}
          />
        </section>
      )}
      <footer className="embed__credit">
        <p>
          {credit}{' '}
          <span className="embed__brand">
            ·{' '}
            <a href={fullView} target="_blank" rel="noopener noreferrer">
              Chronicle
              <span className="visually-hidden">{messages.newTab}</span>
            </a>
          </span>
        </p>
      </footer>
      <PrintView index={index} state={state} events={visible} selected={selected} />
    </div>
  );
}
