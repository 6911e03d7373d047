import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n';
import { rangeNotes } from './TimeRangeFilter';

const SPAN = { first: '2022-01-02', last: '2022-01-11' };
const words = (day: string) => `<${day}>`;

describe('rangeNotes', () => {
  afterEach(async () => {
    await loadLanguage('en');
  });

  it('says nothing for days within the story, or none', () => {
    expect(rangeNotes(null, null, SPAN, words)).toEqual({ from: null, to: null });
    expect(rangeNotes('2022-01-02', '2022-01-11', SPAN, words)).toEqual({ from: null, to: null });
    expect(rangeNotes('2022-01-05', '2022-01-05', SPAN, words)).toEqual({ from: null, to: null });
    expect(rangeNotes('2021-12-01', '2022-03-01', SPAN, words)).toEqual({ from: null, to: null });
  });

  it('tells From when it is after the last day, and To when it is before the first', () => {
    expect(rangeNotes('2022-01-12', null, SPAN, words).from).toBe(
      'Nothing happens from this day on: the story’s last day is <2022-01-11>.',
    );
    expect(rangeNotes(null, '2022-01-01', SPAN, words).to).toBe(
      'Nothing happens up to this day: the story’s first day is <2022-01-02>.',
    );
    // Without events there is no span to compare with.
    expect(rangeNotes('2022-01-12', '2022-01-13', null, words)).toEqual({ from: null, to: null });
  });

  it('says it in Norwegian', async () => {
    await loadLanguage('nb');
    expect(rangeNotes('2022-01-12', null, SPAN, words).from).toBe(
      'Ingenting skjer fra og med denne dagen: historiens siste dag er <2022-01-11>.',
    );
  });
});
