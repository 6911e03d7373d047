import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../model/schema';
import { EventDetail } from '../events/EventDetail';
import { EmbedButton } from '../embed/EmbedButton';
import { EventList } from '../events/EventList';
import { FilterBar } from '../filters/FilterBar';
import { MapToggle } from '../map/MapToggle';
import { LazyMapView } from '../map/LazyMapView';
import { togglePlace } from '../map/placeToggle';
import { PrintView } from '../print/PrintView';
import { eventShareUrl } from '../share/shareLink';
import { createDatasetIndex } from '../state/datasetIndex';
import { filterEvents, filtersOf } from '../state/filter';
import { reconcileViewState } from '../state/reconcile';
import { useViewState, useViewStateNotices, viewStateHref } from '../state/useViewState';
import type { TimeWindow } from '../state/viewState';
import { Timeline } from '../timeline/Timeline';
import { fitAllWindow, revealSpan, roundWindow, storyWindow } from '../timeline/timeWindow';
import { PageHeader } from './PageHeader';
import { PageNotices } from './PageNotices';
import { useDocumentMeta } from './useDocumentMeta';
import { useFirstPaintMark } from './useFirstPaintMark';

const EMPTY_WINDOW: TimeWindow = { start: 0, end: 86_400_000 };
const NO_PLACES: readonly string[] = [];

/** The whole reading view of one dataset: header, filters, timeline, list and detail. */
/** Props: the validated dataset, where it came from when not bundled, and how to open another. */
export interface ChroniclePageProps {
  dataset: Dataset;
  /** Where a dataset not bundled with the app came from, for the header; null when bundled. */
  sourceLabel: string | null;
  onFile: (file: File) => void;
}

export function ChroniclePage({ dataset, sourceLabel, onFile }: ChroniclePageProps) {
  const index = useMemo(() => createDatasetIndex(dataset), [dataset]);
  const [rawState, setViewState] = useViewState();
  const decodeNotices = useViewStateNotices();
  const reconciled = useMemo(() => reconcileViewState(rawState, index), [rawState, index]);
  const { state, missingEvent } = reconciled;

  // Only the filters matter here; the selection and the zoom do not filter.
  const filters = filtersOf(state);
  const visible = useMemo(() => filterEvents(index, filters), [index, filters]);

  const story = useMemo(() => storyWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const full = useMemo(() => fitAllWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const view = state.window ?? story;

  const selected = state.event === null ? null : (index.byId.get(state.event) ?? null);
  useDocumentMeta(dataset, selected?.event ?? null);
  useFirstPaintMark(dataset);

  const returnFocus = useRef<HTMLElement | SVGElement | null>(null);
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const focusDetail = useRef(false);

  const hrefFor = useCallback(
    (eventId: string) => viewStateHref({ ...state, event: eventId }),
    [state],
  );

  const select = useCallback(
    (eventId: string, options: { moveFocus?: boolean } = {}) => {
      const entry = index.byId.get(eventId);
      if (!entry) return;
      if (options.moveFocus !== false) {
        const active = document.activeElement;
        // Timeline marks are SVG links: they take focus back too.
        if (
          (active instanceof HTMLElement || active instanceof SVGElement) &&
          active !== document.body
        ) {
          returnFocus.current = active;
        }
        focusDetail.current = true;
      }
      setViewState((s) => {
        const current = s.window ?? story;
        const revealed = revealSpan(current, entry.start, entry.end);
        return {
          ...s,
          event: eventId,
          window: revealed === current ? s.window : roundWindow(revealed),
        };
      });
    },
    [index, setViewState, story],
  );

  const close = useCallback(() => {
    const closedId = state.event;
    setViewState({ event: null });
    const target = returnFocus.current;
    returnFocus.current = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) {
        target.focus();
      } else if (closedId) {
        document
          .querySelector<HTMLElement>(`.event-list [data-event-id="${CSS.escape(closedId)}"] a`)
          ?.focus();
      }
    });
  }, [setViewState, state.event]);

  // Move focus into the detail after a selection (the list keeps the selection in view itself).
  useEffect(() => {
    if (state.event === null) return;
    if (focusDetail.current) {
      focusDetail.current = false;
      detailHeading.current?.focus({
        preventScroll: window.matchMedia('(min-width: 960px)').matches,
      });
    }
  }, [state.event]);

  const position = selected ? visible.indexOf(selected) : -1;
  const previous =
    selected === null
      ? null
      : position >= 0
        ? visible[position - 1]
        : visible.filter((e) => e.order < selected.order).at(-1);
  const next =
    selected === null
      ? null
      : position >= 0
        ? visible[position + 1]
        : visible.find((e) => e.order > selected.order);

  const shareUrl = selected
    ? eventShareUrl({ ...state, event: selected.event.id }, sourceLabel === null)
    : '';

  return (
    <div className={selected ? 'page page--detail-open' : 'page'}>
      <a className="skip-link" href="#event-list-heading">
        Skip to the event list
      </a>
      <PageHeader index={index} story={story} sourceLabel={sourceLabel} onFile={onFile} />
      <main id="main" className="workspace">
        <div className="workspace__main">
          <PageNotices
            notices={[...decodeNotices, ...reconciled.notices]}
            missingEvent={missingEvent}
            hrefFor={hrefFor}
          />
          <FilterBar
            index={index}
            state={state}
            visibleCount={visible.length}
            onChange={(patch) => setViewState(patch)}
          />
          <div className={state.map ? 'views views--with-map' : 'views'}>
            <section className="panel timeline-panel" aria-labelledby="timeline-heading">
              <div className="panel__header">
                <h2 id="timeline-heading" className="panel__title">
                  Timeline
                </h2>
                <EmbedButton state={state} title={dataset.title} />
                <MapToggle shown={state.map} onChange={(map) => setViewState({ map })} />
              </div>
              <Timeline
                index={index}
                events={visible}
                window={view}
                fullWindow={full}
                isDefaultWindow={state.window === null}
                lanes={state.lanes}
                selectedId={selected?.event.id ?? null}
                hrefFor={hrefFor}
                onSelect={select}
                onWindowChange={(w) =>
                  setViewState({ window: w && roundWindow(w) }, { replace: true })
                }
                onLanesChange={(lanes) => setViewState({ lanes })}
              />
            </section>
            {state.map && (
              <LazyMapView
                index={index}
                events={visible}
                window={view}
                selectedPlaces={selected?.event.locations ?? NO_PLACES}
                filteredPlaces={state.locations}
                sizing={state.mapSize}
                onSizingChange={(mapSize) => setViewState({ mapSize })}
                onTogglePlace={(id) =>
                  setViewState((s) => ({ ...s, locations: togglePlace(s.locations, id) }))
                }
              />
            )}
          </div>
          <section className="panel list-panel" aria-labelledby="event-list-heading">
            <h2 id="event-list-heading" className="panel__title" tabIndex={-1}>
              Events <span className="panel__count">{visible.length}</span>
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
        <aside className="workspace__detail" aria-label="Event details">
          {selected ? (
            <EventDetail
              key={selected.event.id}
              entry={selected}
              index={index}
              position={{ current: position + 1, total: visible.length }}
              previousId={previous?.event.id ?? null}
              nextId={next?.event.id ?? null}
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
              shareUrl={shareUrl}
              headingRef={detailHeading}
            />
          ) : (
            <div className="detail-placeholder">
              <p className="detail-placeholder__title">No event selected</p>
              <p>
                Choose an event on the timeline or in the list to see what happened, where, who was
                involved, the casualty figures with who claimed them, and the sources with the
                original quotes.
              </p>
            </div>
          )}
        </aside>
      </main>
      <PrintView index={index} state={state} events={visible} selected={selected} />
    </div>
  );
}
