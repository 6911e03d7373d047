import { describe, expect, it } from 'vitest';
import type { Category, ChronicleEvent } from '../model/schema';
import { createDatasetIndex, type IndexedEvent } from './datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { spanEntry } from './testIndex';
import type { TimeWindow } from './viewState';
import { eventsExtent, fitAllWindow, padWindow, storyWindow } from './storyWindow';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365 * DAY;
const index = createDatasetIndex(makeTestDataset());
/** The first event of the test dataset, to copy. */
function template(): ChronicleEvent {
  const first = index.events[0];
  if (!first) throw new Error('fixture: the test dataset has no events');
  return first.event;
}

function span(start: number, end: number, categories: Category[] = ['protest']): IndexedEvent {
  const event: ChronicleEvent = { ...template(), id: `e-${start}-${end}`, categories };
  return spanEntry(event, 0, start, end);
}

const window = (start: number, end: number): TimeWindow => ({ start, end });

describe('padWindow', () => {
  it('adds a fraction of the length on each side', () => {
    expect(padWindow(window(0, 100 * DAY))).toEqual(window(-4 * DAY, 104 * DAY));
    expect(padWindow(window(0, 100 * DAY), 0.1)).toEqual(window(-10 * DAY, 110 * DAY));
  });

  it('adds at least an hour on each side, so a single instant gets a window', () => {
    expect(padWindow(window(5 * HOUR, 5 * HOUR))).toEqual(window(4 * HOUR, 6 * HOUR));
    expect(padWindow(window(0, 10 * HOUR))).toEqual(window(-HOUR, 11 * HOUR));
  });
});

describe('eventsExtent', () => {
  it('spans from the earliest start to the latest end', () => {
    expect(eventsExtent([span(5, 10), span(0, 3), span(2, 20)])).toEqual(window(0, 20));
  });

  it('is null for no events', () => {
    expect(eventsExtent([])).toBeNull();
  });
});

describe('storyWindow', () => {
  it('leaves background events out of the frame', () => {
    const events = [span(-30 * YEAR, -29 * YEAR, ['background']), span(0, 10 * DAY)];
    expect(storyWindow(events)).toEqual(padWindow(window(0, 10 * DAY)));
  });

  it('frames everything when every event is background', () => {
    const events = [
      span(0, DAY, ['background']),
      span(9 * DAY, 10 * DAY, ['economy', 'background']),
    ];
    expect(storyWindow(events)).toEqual(padWindow(window(0, 10 * DAY)));
  });

  it('frames the test story from the first protest to the last order', () => {
    const story = storyWindow(index.events);
    const extent = eventsExtent(
      index.events.filter(({ event }) => event.id !== 'fuel-price-cap-lifted'),
    );
    expect(extent).not.toBeNull();
    if (extent) expect(story).toEqual(padWindow(extent));
  });

  it('is null for no events', () => {
    expect(storyWindow([])).toBeNull();
  });

  it('is kept per list of events: the same window for the same list, made afresh for another', () => {
    const events = [span(0, DAY), span(2 * DAY, 3 * DAY)];
    const first = storyWindow(events);
    expect(storyWindow(events)).toBe(first);
    expect(fitAllWindow(events)).toBe(fitAllWindow(events));
    const other = [...events, span(9 * DAY, 10 * DAY)];
    expect(storyWindow(other)).toEqual(padWindow(window(0, 10 * DAY)));
    expect(storyWindow(other)).not.toEqual(first);
  });
});

describe('fitAllWindow', () => {
  it('frames every event near the story, background included', () => {
    const events = [span(-20 * DAY, -19 * DAY, ['background']), span(0, 10 * DAY)];
    expect(fitAllWindow(events)).toEqual(padWindow(window(-20 * DAY, 10 * DAY)));
  });

  it('keeps the story its width when background events lie decades away', () => {
    const events = [span(-30 * YEAR, -29 * YEAR, ['background']), span(0, 10 * DAY)];
    expect(fitAllWindow(events)).toEqual(padWindow(window(0, 10 * DAY)));
  });

  it('is null for no events', () => {
    expect(fitAllWindow([])).toBeNull();
  });
});
