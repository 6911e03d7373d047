import { describe, expect, it } from 'vitest';
import { toggleId, withId, withoutId } from './filterEdits';

describe('filter edits', () => {
  it('adds an id once, removes it, and toggles it', () => {
    expect(withId(['a'], 'b')).toEqual(['a', 'b']);
    expect(withId(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withoutId(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleId(['a'], 'a')).toEqual([]);
    expect(toggleId(['a'], 'b')).toEqual(['a', 'b']);
  });
});
