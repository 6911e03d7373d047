/**
 * The props the full page and the embed give the timeline and the open event, built in one place
 * from the view both derive (`useStoryView`), so that the two never drift apart.
 */
import type { EventDetailProps } from '../events/EventDetail';
import { eventShareUrl } from '../share/shareLink';
import { clearFilters, isFiltering } from '../state/filter';
import { withId } from '../state/filterEdits';
import type { SetViewState } from '../state/useViewState';
import { roundWindow } from '../timeline/timeWindow';
import type { TimelineProps } from '../timeline/Timeline';
import { TIMELINE_CHART_ID } from './useDetailFocus';
import type { useStoryView } from './useStoryView';

/** What `useStoryView` derives for one dataset and link. */
export type StoryView = ReturnType<typeof useStoryView>;

/** The timeline's props: the events that pass the filters, the window, and what changes them. */
export function timelineProps(view: StoryView, setViewState: SetViewState): TimelineProps {
  const { state } = view;
  return {
    index: view.index,
    events: view.visible,
    timeIndex: view.timeIndex,
    window: view.view,
    inView: view.inView,
    fitAll: view.fitAll,
    fullWindow: view.full,
    isDefaultWindow: state.window === null,
    lanes: state.lanes,
    selected: view.selected,
    filtering: isFiltering(view.filters),
    onClearFilters: () => setViewState(clearFilters(state)),
    hrefFor: view.hrefFor,
    onSelect: view.select,
    // Zooming and panning replace the history entry: Back leaves the view, not each frame of it
    // (in an embed, too, where the frame's history is the host page's).
    onWindowChange: (w) => setViewState({ window: w && roundWindow(w) }, { replace: true }),
    onLanesChange: (lanes) => setViewState({ lanes }),
    chartId: TIMELINE_CHART_ID,
  };
}

/**
 * The open event's props, or null when none is open. `bundled`: the dataset ships with the app,
 * so its share link can go through the share page with a preview.
 */
export function detailProps(
  view: StoryView,
  setViewState: SetViewState,
  bundled: boolean,
): EventDetailProps | null {
  const { selected, around, state } = view;
  if (!selected || !around) return null;
  return {
    entry: selected,
    index: view.index,
    position: { current: around.position, total: view.visible.length },
    previousId: around.previous?.event.id ?? null,
    nextId: around.next?.event.id ?? null,
    onSelect: (id) => view.select(id, { moveFocus: false }),
    onClose: view.close,
    onFilterActor: (id) => setViewState((s) => ({ ...s, actors: withId(s.actors, id) })),
    onFilterLocation: (id) => setViewState((s) => ({ ...s, locations: withId(s.locations, id) })),
    shareUrl: eventShareUrl({ ...state, event: selected.event.id }, bundled),
    headingRef: view.headingRef,
  };
}
