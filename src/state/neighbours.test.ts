import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './datasetIndex';
import { neighbours } from './neighbours';
import { makeTestDataset } from '../model/testDataset';

const { events } = createDatasetIndex(makeTestDataset());

describe('neighbours', () => {
  it('gives the events either side in the story order, and the position', () => {
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error('fixture');
    expect(neighbours(events, second)).toEqual({ position: 2, previous: first, next: third });
    expect(neighbours(events, first).previous).toBeNull();
    expect(neighbours(events, events.at(-1) ?? first).next).toBeNull();
  });

  it('finds the nearest shown events when the filters hide the open one', () => {
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error('fixture');
    expect(neighbours([first, third], second)).toEqual({
      position: 0,
      previous: first,
      next: third,
    });
  });
});
