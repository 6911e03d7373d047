import { formatDayRange } from '../model/formatTime';
import type { DatasetIndex } from './datasetIndex';
import type { TimeWindow } from './viewState';

/**
 * The days the story covers, in words ("2–6 January 2022"): from its first to its last event,
 * leaving out background events when others exist; `story` (the opening window) when there is
 * no event.
 */
export function storyPeriod(index: DatasetIndex, story: TimeWindow): string {
  const { timeZone } = index.dataset;
  const storyEvents = index.events.filter((e) => !e.event.categories.includes('background'));
  const first = storyEvents[0] ?? index.events[0];
  const last = storyEvents.at(-1) ?? index.events.at(-1);
  return first && last
    ? formatDayRange(first.start, Math.max(first.start, last.end - 1), timeZone)
    : formatDayRange(story.start, story.end, timeZone);
}
