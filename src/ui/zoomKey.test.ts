import { describe, expect, it } from 'vitest';
import { wheelZoomDelta } from './zoomKey';

function wheel(deltaY: number, deltaMode = 0): WheelEvent {
  return new WheelEvent('wheel', { deltaY, deltaMode, ctrlKey: true });
}

describe('wheelZoomDelta', () => {
  it('zooms about 1.4 times for one notch of a mouse wheel, in or out', () => {
    expect(2 ** wheelZoomDelta(wheel(-100))).toBeCloseTo(Math.SQRT2, 5);
    expect(2 ** wheelZoomDelta(wheel(100))).toBeCloseTo(1 / Math.SQRT2, 5);
  });

  it('keeps a pinch (small deltas) as responsive as d3 has it', () => {
    expect(wheelZoomDelta(wheel(-10))).toBeCloseTo(10 * 0.002 * 10, 10);
  });

  it('reads line-mode wheels (Firefox) as notches', () => {
    expect(2 ** wheelZoomDelta(wheel(-3, 1))).toBeCloseTo(2 ** (3 * 0.05 * 2.5), 5);
  });
});
