import { describe, expect, it } from 'vitest';
import { formatDayRange } from '../model/formatTime';
import type { ChronicleEvent, Dataset } from '../model/schema';
import { makeTestDataset } from '../model/testDataset';
import { createDatasetIndex } from './datasetIndex';
import { storyPeriod } from './storyPeriod';

const story = { start: Date.UTC(2022, 0, 1), end: Date.UTC(2022, 0, 2) };

/** The test dataset with a background event years before it and another years after. */
function withBackground(): Dataset {
  const dataset = makeTestDataset();
  const [first] = dataset.events;
  if (!first) throw new Error('the test dataset has events');
  const background = (id: string, value: string): ChronicleEvent => ({
    ...first,
    id,
    time: { at: value, basis: 'a test' },
    categories: ['background'],
    after: undefined,
  });
  return {
    ...dataset,
    events: [
      background('long-before', '1991-12-16'),
      ...dataset.events,
      background('after', '2030-01-01'),
    ],
  };
}

describe('storyPeriod', () => {
  it('runs from the first to the last story event, leaving background events out', () => {
    const plain = createDatasetIndex(makeTestDataset());
    const index = createDatasetIndex(withBackground());
    expect(index.events).toHaveLength(plain.events.length + 2);
    expect(storyPeriod(index, story)).toBe(storyPeriod(plain, story));
    expect(storyPeriod(index, story)).not.toMatch(/1991|2030/);
  });

  it('runs over every event when all are background, and over the window when there are none', () => {
    const dataset = withBackground();
    const index = createDatasetIndex({
      ...dataset,
      events: dataset.events.map((event) => ({ ...event, categories: ['background' as const] })),
    });
    expect(storyPeriod(index, story)).toMatch(/1991.*2030/);
    const empty = createDatasetIndex({ ...dataset, events: [], claims: [] });
    expect(storyPeriod(empty, story)).toBe(
      formatDayRange(story.start, story.end, dataset.timeZone),
    );
  });
});
