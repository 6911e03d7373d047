/**
 * The windows a dataset opens on, derived from its events: the story itself (distant background
 * events left out of the frame) and "fit all". Used by the page, the timeline and the filters.
 */
import type { IndexedEvent } from './datasetIndex';
import type { TimeWindow } from './viewState';

const HOUR = 3_600_000;

/** An extent with `fraction` of its length added on each side (at least an hour). */
export function padWindow(extent: TimeWindow, fraction = 0.04): TimeWindow {
  const pad = Math.max((extent.end - extent.start) * fraction, HOUR);
  return { start: extent.start - pad, end: extent.end + pad };
}

/** The span of all given events, or null for none. */
export function eventsExtent(events: readonly IndexedEvent[]): TimeWindow | null {
  return extentOf(events, () => true);
}

/**
 * The span of the events that pass `counts`, or null for none: one pass, with no list of them made
 * (at 500,000 rows of an ACLED export the lists of the story's and the near events were most of
 * the 0.2 s its windows took).
 */
function extentOf(
  events: readonly IndexedEvent[],
  counts: (event: IndexedEvent) => boolean,
): TimeWindow | null {
  let start = Infinity;
  let end = -Infinity;
  let any = false;
  for (const e of events) {
    if (!counts(e)) continue;
    any = true;
    if (e.start < start) start = e.start;
    if (e.end > end) end = e.end;
  }
  return any ? { start, end } : null;
}

/**
 * The window a fresh visit opens on: the story itself. Background events (years earlier) are left
 * out of the frame when other events exist; "Fit all" brings them in.
 */
export function storyWindow(events: readonly IndexedEvent[]): TimeWindow | null {
  return keptFor(storyWindows, events, () => {
    const extent =
      extentOf(events, (e) => !e.event.categories.includes('background')) ?? eventsExtent(events);
    return extent ? padWindow(extent) : null;
  });
}

/**
 * The windows of a list of events, kept per list (an index's events do not change): each is a
 * pass over every event, and "fit all" starts from the story's (at 500,000 events the two were
 * 0.4 s of the first render).
 */
const storyWindows = new WeakMap<readonly IndexedEvent[], TimeWindow | null>();
const fitAllWindows = new WeakMap<readonly IndexedEvent[], TimeWindow | null>();

function keptFor(
  windows: WeakMap<readonly IndexedEvent[], TimeWindow | null>,
  events: readonly IndexedEvent[],
  make: () => TimeWindow | null,
): TimeWindow | null {
  if (windows.has(events)) return windows.get(events) ?? null;
  const window = make();
  windows.set(events, window);
  return window;
}

/** Events whose best estimate lies farther than this many story lengths away are "distant". */
const NEAR_STORY_LENGTHS = 4;

/**
 * "Fit all": every event near the story, so the story's period keeps the width. Background events
 * decades away (whose best estimate lies more than four story lengths from it) stay out of the
 * frame; the timeline lists them in its context band, one click away. When nothing is that far,
 * this is every event.
 */
export function fitAllWindow(events: readonly IndexedEvent[]): TimeWindow | null {
  return keptFor(fitAllWindows, events, () => {
    const story = storyWindow(events);
    if (!story) return null;
    const reach = (story.end - story.start) * NEAR_STORY_LENGTHS;
    const extent =
      extentOf(
        events,
        ({ body }) => body.start >= story.start - reach && body.end <= story.end + reach,
      ) ?? eventsExtent(events);
    return extent ? padWindow(extent) : null;
  });
}
