import { describe, expect, it } from 'vitest';
import { formatCoordinates } from './formatCoordinates';

describe('formatCoordinates', () => {
  it('writes GeoJSON [longitude, latitude] as latitude first, with hemispheres', () => {
    expect(formatCoordinates([76.95, 43.24])).toBe('43.24° N, 76.95° E');
  });

  it('uses S and W for negative latitudes and longitudes, without a minus sign', () => {
    expect(formatCoordinates([-58.38, -34.6])).toBe('34.60° S, 58.38° W');
  });

  it('rounds to two decimals', () => {
    expect(formatCoordinates([76.94512, 43.23849])).toBe('43.24° N, 76.95° E');
  });

  it('writes the origin and the extremes', () => {
    expect(formatCoordinates([0, 0])).toBe('0.00° N, 0.00° E');
    expect(formatCoordinates([180, 90])).toBe('90.00° N, 180.00° E');
    expect(formatCoordinates([-180, -90])).toBe('90.00° S, 180.00° W');
  });
});
