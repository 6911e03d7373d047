import { describe, expect, it } from 'vitest';
import { VIRTUAL_ROW_PITCH, visibleRows } from './useVirtualWindow';

describe('visibleRows', () => {
  it('takes the rows in view and six either side', () => {
    // Rows 10…17 fill a 600px view scrolled to row 10 (pitch 78).
    expect(visibleRows(10 * VIRTUAL_ROW_PITCH, 600, 100_000)).toEqual({ first: 4, last: 24 });
  });

  it('stops at the ends of the list', () => {
    expect(visibleRows(0, 600, 100_000)).toEqual({ first: 0, last: 14 });
    expect(visibleRows(99_990 * VIRTUAL_ROW_PITCH, 600, 100_000)).toEqual({
      first: 99_984,
      last: 99_999,
    });
    expect(visibleRows(0, 600, 3)).toEqual({ first: 0, last: 2 });
  });

  it('renders nothing for an empty list', () => {
    expect(visibleRows(0, 600, 0)).toEqual({ first: 0, last: -1 });
  });
});
