import { describe, expect, it } from 'vitest';
import { drawCount } from './casualties';
import { createRandom } from './random';

describe('drawCount', () => {
  const random = createRandom(21);
  const counts = Array.from({ length: 1000 }, () => drawCount(random));

  it('words figures the ways reports do', () => {
    const texts = counts.map((count) => count.text);
    expect(texts).toContain('dozens');
    expect(texts.some((t) => t.startsWith('around '))).toBe(true);
    expect(texts.some((t) => t.startsWith('at least '))).toBe(true);
    expect(texts.some((t) => t.startsWith('between '))).toBe(true);
    expect(texts.some((t) => /^\d[\d,]*$/.test(t))).toBe(true);
  });

  it('keeps ranges the right way round, open ones open', () => {
    for (const count of counts) {
      expect(count.min).toBeGreaterThanOrEqual(0);
      if (count.max !== null) expect(count.max).toBeGreaterThanOrEqual(count.min);
      if (/^(at least|more than|dozens|hundreds)/.test(count.text)) expect(count.max).toBeNull();
    }
  });
});
