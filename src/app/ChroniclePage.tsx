import { useMemo } from 'react';
import { formatNumber, t } from '../i18n/i18n';
import type { Dataset } from '../model/schema';
import type { ValidationWarning } from '../model/validationProblem';
import { ExportMenu } from '../formats/ExportMenu';
import type { DataProvenance } from '../state/dataProvenance';
import { DatasetWarnings } from './DatasetWarnings';
import { EventDetail } from '../events/EventDetail';
import { FigureTablePanel } from '../events/FigureTablePanel';
import { EmbedButton } from '../embed/EmbedButton';
import { EventList } from '../events/EventList';
import { FilterBar } from '../filters/FilterBar';
import { LazyMapView } from '../map/LazyMapView';
import { MapToggle } from '../map/MapToggle';
import { PrintView } from '../print/PrintView';
import { ReportingBar } from '../reporting/ReportingBar';
import { SourcesPanel } from '../sources/SourcesPanel';
import { toggleId } from '../state/filterEdits';
import { useViewState, useViewStateNotices } from '../state/useViewState';
import { figuresInView } from '../state/viewFigures';
import { Timeline } from '../timeline/Timeline';
import { useIsWide } from '../ui/breakpoints';
import { PageHeader } from './PageHeader';
import { PageNotices } from './PageNotices';
import { StoryGuide } from './StoryGuide';
import { TIMELINE_CHART_ID } from './useDetailFocus';
import { useDocumentMeta } from './useDocumentMeta';
import { useFirstPaintMark } from './useFirstPaintMark';
import { detailProps, timelineProps } from './storyProps';
import { useStoryView } from './useStoryView';

const NO_PLACES: readonly string[] = [];

/** Props: the validated dataset, where it came from when not bundled, and how to open another. */
export interface ChroniclePageProps {
  /** The validated dataset to show. */
  dataset: Dataset;
  /** What the validator warned about (events without a source); shown as a quiet notice. */
  warnings: readonly ValidationWarning[];
  /** Where the dataset came from, for exports. */
  provenance: DataProvenance;
  /** Where a dataset not bundled with the app came from, for the header; null when bundled. */
  sourceLabel: string | null;
  /** Opens a dataset file the reader picked or dropped (the header's opener passes it on). */
  onFile: (file: File) => void;
}

/**
 * The whole reading view of one dataset. The timeline takes the width; beside it (from the
 * breakpoint) a sticky column holds the open event, or the guide to reading the marks, and the
 * map; below the timeline, the list. On a phone it is one column and the event opens in a sheet.
 */
export function ChroniclePage({
  dataset,
  warnings,
  provenance,
  sourceLabel,
  onFile,
}: ChroniclePageProps) {
  const [rawState, setViewState] = useViewState();
  const decodeNotices = useViewStateNotices();
  const storyView = useStoryView(dataset, rawState, setViewState);
  const { index, state, notices, missingEvent, visible, story, selected, inView } = storyView;
  const { hrefFor, select, close } = storyView;
  const wide = useIsWide();
  const figures = useMemo(() => figuresInView(index, visible), [index, visible]);

  useDocumentMeta(dataset, selected?.event ?? null);
  useFirstPaintMark(dataset);

  const map = state.map && (
    <LazyMapView
      index={index}
      inView={inView}
      selectedPlaces={selected?.event.locations ?? NO_PLACES}
      filteredPlaces={state.locations}
      sizing={state.mapSize}
      onSizingChange={(mapSize) => setViewState({ mapSize })}
      onTogglePlace={(id) => setViewState((s) => ({ ...s, locations: toggleId(s.locations, id) }))}
    />
  );

  const detailView = detailProps(storyView, setViewState, sourceLabel === null);
  const detail = detailView && <EventDetail key={detailView.entry.event.id} {...detailView} />;

  return (
    <div className={selected ? 'page page--detail-open' : 'page'}>
      <nav className="skip-links" aria-label={t('page.skipTo')}>
        <a className="skip-link" href={`#${TIMELINE_CHART_ID}`}>
          {t('page.skipToTimeline')}
        </a>
        <a className="skip-link" href="#event-list-heading">
          {t('page.skipToList')}
        </a>
      </nav>
      <PageHeader index={index} story={story} sourceLabel={sourceLabel} onFile={onFile} />
      <main id="main" className="workspace">
        <PageNotices
          notices={[...decodeNotices, ...notices]}
          missingEvent={missingEvent}
          hrefFor={hrefFor}
        />
        <DatasetWarnings warnings={warnings} index={index} hrefFor={hrefFor} />
        <ReportingBar
          dataset={dataset}
          index={index}
          state={state}
          onChange={setViewState}
          figureCount={figures.length}
        />
        <FilterBar
          index={index}
          state={state}
          visibleCount={visible.length}
          onChange={(patch) => setViewState(patch)}
        />
        <div className="stage">
          <div className="stage__main">
            <section className="panel timeline-panel" aria-labelledby="timeline-heading">
              <div className="panel__header">
                <h2 id="timeline-heading" className="panel__title visually-hidden-narrow">
                  {t('page.timeline')}
                </h2>
                <div className="panel__actions">
                  <EmbedButton state={state} title={dataset.title} />
                  <MapToggle shown={state.map} onChange={(shown) => setViewState({ map: shown })} />
                  <ExportMenu
                    index={index}
                    events={visible}
                    state={state}
                    window={storyView.view}
                    provenance={provenance}
                  />
                </div>
              </div>
              <Timeline
                {...timelineProps(storyView, setViewState)}
                figureTable={{
                  shown: state.figureTable,
                  onToggle: () => setViewState({ figureTable: !state.figureTable }),
                }}
              />
            </section>
            {!wide && map}
            {state.figureTable && (
              <FigureTablePanel
                index={index}
                figures={figures}
                eventCount={visible.length}
                hrefFor={hrefFor}
                onSelect={select}
                onClose={() => setViewState({ figureTable: false })}
              />
            )}
            {state.sourceList && (
              <SourcesPanel
                index={index}
                selected={state.sources}
                onFilter={(sources) => setViewState({ sources })}
                onClose={() => setViewState({ sourceList: false })}
              />
            )}
            <section className="panel list-panel" aria-labelledby="event-list-heading">
              <h2 id="event-list-heading" className="panel__title" tabIndex={-1}>
                {t('page.events')}{' '}
                <span className="panel__count">{formatNumber(visible.length)}</span>
              </h2>
              <EventList
                events={visible}
                index={index}
                selectedId={selected?.event.id ?? null}
                hrefFor={hrefFor}
                onSelect={select}
              />
            </section>
          </div>
          {wide && (
            <div className="stage__rail">
              <div className="rail">
                {detail ? (
                  <aside className="rail__panel" aria-label={t('page.eventDetails')}>
                    {detail}
                  </aside>
                ) : (
                  <aside className="rail__panel" aria-label={t('page.aboutTimeline')}>
                    <StoryGuide index={index} />
                  </aside>
                )}
                {map}
              </div>
            </div>
          )}
        </div>
      </main>
      {!wide && selected && (
        <>
          <button
            type="button"
            className="sheet-backdrop"
            aria-label={t('page.closeDetails')}
            tabIndex={-1}
            onClick={close}
          />
          <aside className="sheet" aria-label={t('page.eventDetails')}>
            {detail}
          </aside>
        </>
      )}
      <PrintView index={index} state={state} events={visible} selected={selected} />
    </div>
  );
}
