import { describe, expect, it } from 'vitest';
import { togglePlace } from './placeToggle';

describe('togglePlace', () => {
  it('adds a place at the end, or takes it out', () => {
    expect(togglePlace(['almaty'], 'aktobe')).toEqual(['almaty', 'aktobe']);
    expect(togglePlace(['almaty', 'aktobe'], 'almaty')).toEqual(['aktobe']);
  });
});
