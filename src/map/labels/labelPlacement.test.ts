import { describe, expect, it } from 'vitest';
import {
  AROUND_MARK,
  boxMeetsCircle,
  boxesOverlap,
  estimateTextWidth,
  labelAt,
  placeLabels,
  type LabelRequest,
} from './labelPlacement';

/** Every character 10 px wide, so the boxes are easy to reason about. */
const measure = (text: string) => text.length * 10;
const bounds = { width: 400, height: 300 };

function request(id: string, x: number, y: number, priority = 0): LabelRequest {
  return {
    id,
    text: id,
    x,
    y,
    offset: 5,
    fontSize: 10,
    priority,
    positions: AROUND_MARK,
    kind: 'place',
  };
}

describe('estimateTextWidth', () => {
  it('grows with the text, wider for capitals and letter spacing', () => {
    expect(estimateTextWidth('almaty', 12)).toBeCloseTo(6 * 0.56 * 12);
    expect(estimateTextWidth('ALMATY', 12)).toBeGreaterThan(estimateTextWidth('almaty', 12));
    expect(estimateTextWidth('ab', 10, 2)).toBeCloseTo(2 * 5.6 + 2);
  });
});

describe('boxes and circles', () => {
  it('overlap only when they share area', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesOverlap(a, { x0: 5, y0: 5, x1: 15, y1: 15 })).toBe(true);
    expect(boxesOverlap(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxMeetsCircle(a, { id: 'c', x: 14, y: 5, r: 5 })).toBe(true);
    expect(boxMeetsCircle(a, { id: 'c', x: 14, y: 14, r: 5 })).toBe(false);
  });
});

describe('labelAt', () => {
  it('puts the text beside, above or below the mark, clear of its radius', () => {
    const r = request('abc', 100, 100);
    expect(labelAt(r, 'right', 30)).toMatchObject({
      x: 108,
      anchor: 'start',
      box: { x0: 108, x1: 138 },
    });
    expect(labelAt(r, 'left', 30)).toMatchObject({ x: 92, anchor: 'end', box: { x0: 62, x1: 92 } });
    expect(labelAt(r, 'above', 30).box.y1).toBeCloseTo(92);
    expect(labelAt(r, 'below', 30).box.y0).toBeCloseTo(108);
    expect(labelAt(r, 'center', 30)).toMatchObject({ x: 100, y: 100, anchor: 'middle' });
    const diagonal = labelAt(r, 'above-left', 30);
    expect(diagonal.anchor).toBe('end');
    expect(diagonal.box.x1).toBeLessThan(100);
    expect(diagonal.box.y1).toBeLessThan(100);
  });
});

describe('placeLabels', () => {
  it('puts a label to the right of its mark when there is room', () => {
    const [placed] = placeLabels([request('alpha', 100, 100)], [], bounds, [], measure);
    expect(placed).toMatchObject({ id: 'alpha', anchor: 'start', x: 108 });
  });

  it('moves a label that would collide, and places the more important label first', () => {
    const labels = placeLabels(
      [request('low', 100, 100, 1), request('high', 100, 104, 2)],
      [],
      bounds,
      [],
      measure,
    );
    expect(labels.map((l) => l.id)).toEqual(['high', 'low']);
    const [high, low] = labels;
    expect(high?.anchor).toBe('start');
    expect(low?.anchor).not.toBe('start');
    if (high && low) expect(boxesOverlap(high.box, low.box)).toBe(false);
  });

  it('never covers another mark, nor the boxes to avoid, nor leaves the map', () => {
    const labels = placeLabels(
      [request('edge', 395, 150)],
      [{ id: 'other', x: 380, y: 150, r: 6 }],
      bounds,
      [{ x0: 340, y0: 100, x1: 400, y1: 140 }],
      measure,
    );
    expect(labels).toHaveLength(1);
    const box = labels[0]?.box;
    expect(box && box.x1 <= 398 && box.x0 >= 2).toBe(true);
    expect(box && box.y0 >= 140).toBe(true);
  });

  it('leaves out a label that fits nowhere', () => {
    const crowded = [request('a', 35, 15, 3), request('b', 35, 15, 2), request('c', 35, 15, 1)];
    const flat = { width: 70, height: 30 }; // room to the right and to the left only
    const labels = placeLabels(crowded, [], flat, [], measure);
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'end']);
    for (const a of labels) {
      for (const b of labels) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
    }
  });
});
