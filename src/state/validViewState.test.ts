import { describe, expect, it } from 'vitest';
import type { Category } from '../model/schema';
import { isValidDay, isValidId, isValidViewState, isValidWindow } from './validViewState';
import { DEFAULT_VIEW_STATE, type LaneMode, type Theme, type ViewState } from './viewState';

const view = (changes: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW_STATE, ...changes });
const MINUTE = 60_000;

describe('isValidId', () => {
  it('accepts slugs of up to 120 characters', () => {
    expect(isValidId('almaty-city-hall')).toBe(true);
    expect(isValidId('a'.repeat(120))).toBe(true);
  });

  it.each([
    '',
    'Almaty',
    'almaty--hall',
    '-almaty',
    'almaty-',
    'alma ty',
    'алматы',
    'a'.repeat(121),
  ])('rejects %j', (id) => {
    expect(isValidId(id)).toBe(false);
  });
});

describe('isValidDay', () => {
  it('accepts real days', () => {
    expect(isValidDay('2022-01-05')).toBe(true);
    expect(isValidDay('2024-02-29')).toBe(true);
  });

  it.each(['2022-13-45', '2023-02-29', '2022-01', '2022-1-5', '2022-01-05T00:00Z', ''])(
    'rejects %j',
    (day) => {
      expect(isValidDay(day)).toBe(false);
    },
  );
});

describe('isValidWindow', () => {
  it('accepts whole milliseconds from a minute to 10,000 years apart', () => {
    expect(isValidWindow({ start: 0, end: MINUTE })).toBe(true);
    expect(isValidWindow({ start: -1, end: 10_000 * 365.2425 * 86_400_000 - 1 })).toBe(true);
  });

  it.each([
    { start: 0, end: MINUTE - 1 },
    { start: MINUTE, end: 0 },
    { start: 0, end: 0 },
    { start: 0, end: 10_000 * 365.2425 * 86_400_000 + 1 },
    { start: 0.5, end: MINUTE },
    { start: Number.NaN, end: MINUTE },
    { start: 0, end: Number.POSITIVE_INFINITY },
    { start: 8.64e15, end: 8.64e15 + MINUTE },
  ])('rejects %o', (window) => {
    expect(isValidWindow(window)).toBe(false);
  });
});

describe('isValidViewState', () => {
  it('accepts the default view and a full one', () => {
    expect(isValidViewState(DEFAULT_VIEW_STATE)).toBe(true);
    expect(
      isValidViewState(
        view({
          event: 'city-hall-stormed',
          actors: ['tokayev'],
          locations: Array.from({ length: 200 }, (_, i) => `place-${i}`),
          categories: ['protest', 'violence'],
          query: '😀'.repeat(500),
          from: '2022-01-05',
          to: '2022-01-05',
          lanes: 'location',
          window: { start: 0, end: MINUTE },
          map: false,
          embed: true,
          theme: 'dark',
        }),
      ),
    ).toBe(true);
  });

  it.each<[string, Partial<ViewState>]>([
    ['an event id that is not a slug', { event: 'City Hall' }],
    ['an actor id that is not a slug', { actors: ['Tokayev'] }],
    ['a repeated place', { locations: ['almaty', 'almaty'] }],
    ['more than 200 places', { locations: Array.from({ length: 201 }, (_, i) => `p-${i}`) }],
    ['an unknown category', { categories: ['riots' as Category] }],
    ['a repeated category', { categories: ['protest', 'protest'] }],
    ['a query of 501 characters', { query: 'x'.repeat(501) }],
    ['a query with a lone surrogate', { query: 'a\uD800' }],
    ['an impossible day', { from: '2022-02-30' }],
    ['dates in reverse order', { from: '2022-01-06', to: '2022-01-05' }],
    ['unknown lanes', { lanes: 'people' as LaneMode }],
    ['an unknown theme', { theme: 'sepia' as Theme }],
    ['a window narrower than a minute', { window: { start: 0, end: 1 } }],
  ])('rejects %s', (_, changes) => {
    expect(isValidViewState(view(changes))).toBe(false);
  });
});
