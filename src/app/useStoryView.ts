import { useCallback, useMemo } from 'react';
import type { Dataset } from '../model/schema';
import { filterEvents, filtersOf } from '../state/filter';
import { neighbours } from '../state/neighbours';
import { reconcileViewState } from '../state/reconcile';
import { indexOfView } from '../state/preparedIndex';
import { fitAllWindow, storyWindow } from '../state/storyWindow';
import { createTimeIndex, eventsInWindow } from '../state/timeIndex';
import { eventHrefs, type SetViewState } from '../state/useViewState';
import type { TimeWindow, ViewState } from '../state/viewState';
import { roundWindow, windowForEvent } from '../timeline/timeWindow';
import { useDetailFocus } from './useDetailFocus';
import { useSearchWarmUp } from './useSearchWarmUp';

const EMPTY_WINDOW: TimeWindow = { start: 0, end: 86_400_000 };

/**
 * Everything a view of one dataset derives from the link, once, for the full page and the embed
 * alike: the account and reporting date choose the events (reportingView); the link is reconciled
 * with the dataset; the filters give the visible events and their time index; the windows (the
 * story's, fit-all, the whole extent, the one a link naming only an event opens at); the events in
 * view; and opening and closing an event, with focus that follows it.
 */
export function useStoryView(dataset: Dataset, rawState: ViewState, setViewState: SetViewState) {
  const { account, knownOn } = rawState;
  // Prepared beforehand for a large dataset's first view (preparedIndex.ts), else built here.
  const index = useMemo(() => indexOfView(dataset, account, knownOn), [dataset, account, knownOn]);
  const reconciled = useMemo(() => reconcileViewState(rawState, index), [rawState, index]);
  useSearchWarmUp(index);
  const { state } = reconciled;

  // Only the filters matter here; the selection and the zoom do not filter.
  const filters = filtersOf(state);
  const visible = useMemo(() => filterEvents(index, filters), [index, filters]);
  const timeIndex = useMemo(() => createTimeIndex(visible, index.events), [visible, index]);

  const story = useMemo(() => storyWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const fitAll = useMemo(() => fitAllWindow(index.events) ?? EMPTY_WINDOW, [index]);
  const full = useMemo(() => {
    const extent = index.extent ?? EMPTY_WINDOW;
    return { start: Math.min(extent.start, fitAll.start), end: Math.max(extent.end, fitAll.end) };
  }, [index, fitAll]);
  const selected = state.event === null ? null : (index.byId.get(state.event) ?? null);
  // A link that names an event but no window opens on that event at its own scale.
  const opening = useMemo(
    () => (selected ? windowForEvent(story, selected) : story),
    [selected, story],
  );
  const view = state.window ?? opening;
  // The events in the window, once, for the map (the timeline follows its gestures itself).
  const inView = useMemo(() => eventsInWindow(timeIndex, view), [timeIndex, view]);
  const around = selected ? neighbours(visible, selected) : null;

  // Its callbacks one by one: the object around them is new on every render, and `select` must
  // stay the same function for the memoised marks, rows and figures that take it.
  const { willOpen, didClose, headingRef } = useDetailFocus(selected?.event.id ?? null);
  const hrefFor = useMemo(() => eventHrefs(state), [state]);

  const select = useCallback(
    (eventId: string, options: { moveFocus?: boolean } = {}) => {
      const entry = index.byId.get(eventId);
      if (!entry) return;
      if (options.moveFocus !== false) willOpen();
      setViewState((s) => {
        const current = s.window ?? opening;
        const next = windowForEvent(current, entry);
        // An unchanged view stays as the link had it; one derived from the open event (a link
        // without a window) is written down, so opening another event does not move it.
        const kept = s.window ?? (current === story ? null : roundWindow(current));
        return { ...s, event: eventId, window: next === current ? kept : roundWindow(next) };
      });
    },
    [index, setViewState, opening, story, willOpen],
  );

  const openId = state.event;
  const close = useCallback(() => {
    setViewState({ event: null });
    didClose(openId);
  }, [setViewState, didClose, openId]);

  return {
    index,
    state,
    notices: reconciled.notices,
    missingEvent: reconciled.missingEvent,
    filters,
    visible,
    timeIndex,
    story,
    fitAll,
    full,
    selected,
    view,
    inView,
    around,
    hrefFor,
    select,
    close,
    headingRef,
  };
}
