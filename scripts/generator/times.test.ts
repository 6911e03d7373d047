import { describe, expect, it } from 'vitest';
import { pointBounds } from '../../src/model/time';
import { createRandom } from './random';
import { drawEventTime, formatInstant } from './times';

// 2022-01-05 14:37 in Almaty (UTC+06:00) is 08:37 UTC.
const instant = Date.UTC(2022, 0, 5, 8, 37);

describe('formatInstant', () => {
  it('writes the instant in Almaty time at each precision', () => {
    expect(formatInstant(instant, 'minute')).toBe('2022-01-05T14:37+06:00');
    expect(formatInstant(instant, 'hour')).toBe('2022-01-05T14:00+06:00');
    expect(formatInstant(instant, 'day')).toBe('2022-01-05');
    expect(formatInstant(instant, 'month')).toBe('2022-01');
    expect(formatInstant(instant, 'year')).toBe('2022');
  });

  it('uses the local date, not the UTC one, around midnight', () => {
    // 20:30 UTC on 31 December is already 1 January in Almaty.
    expect(formatInstant(Date.UTC(2021, 11, 31, 20, 30), 'day')).toBe('2022-01-01');
  });
});

describe('drawEventTime', () => {
  it('never ends before it starts', () => {
    const random = createRandom(4);
    for (let i = 0; i < 2000; i++) {
      const time = drawEventTime(random, instant + i * 3_600_000, i % 2 === 0);
      if (!('start' in time)) continue;
      const start = pointBounds(time.start, 'Asia/Almaty');
      const end = pointBounds(time.end, 'Asia/Almaty');
      expect(end.estimate.end).toBeGreaterThan(start.estimate.start);
    }
  });
});
