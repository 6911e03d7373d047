import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from './datasetIndex';
import { makeTestDataset } from '../model/testDataset';
import { orderMask } from './orderMask';

const index = createDatasetIndex(makeTestDataset());

describe('orderMask', () => {
  it('marks the orders of the events a list holds, and no others', () => {
    const some = index.events.filter((_, i) => i % 3 === 0);
    const mask = orderMask(some, index.events.length);
    expect(mask).toHaveLength(index.events.length);
    index.events.forEach((entry) => expect(mask[entry.order]).toBe(some.includes(entry) ? 1 : 0));
  });

  it('is made once per list, and afresh for another list or size', () => {
    const some = index.events.slice(0, 2);
    expect(orderMask(some, index.events.length)).toBe(orderMask(some, index.events.length));
    expect(orderMask(index.events.slice(0, 2), index.events.length)).not.toBe(
      orderMask(some, index.events.length),
    );
    expect(orderMask(some, index.events.length + 1)).toHaveLength(index.events.length + 1);
  });
});
