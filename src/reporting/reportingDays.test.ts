import { describe, expect, it } from 'vitest';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { dayInWords, dayOf, reportingDays, shiftDay } from './reportingDays';

describe('reporting days', () => {
  it('steps a day forward and back, across months and years', () => {
    expect(shiftDay('2022-01-05', 1, 'Asia/Almaty')).toBe('2022-01-06');
    expect(shiftDay('2022-01-01', -1, 'Asia/Almaty')).toBe('2021-12-31');
    expect(shiftDay('2022-02-28', 1, 'UTC')).toBe('2022-03-01');
  });

  it('reads an instant as the day of the dataset’s zone', () => {
    expect(dayOf(Date.parse('2022-01-05T20:30Z'), 'Asia/Almaty')).toBe('2022-01-06');
    expect(dayOf(Date.parse('2022-01-05T20:30Z'), 'UTC')).toBe('2022-01-05');
  });

  it('spans the days from the first to the last publication', () => {
    expect(reportingDays(makeLaterReportingDataset())).toEqual({
      first: '2022-01-05',
      last: '2022-01-10',
    });
  });

  it('writes a day in words', () => {
    expect(dayInWords('2022-01-06', 'Asia/Almaty')).toBe('6 January 2022');
  });
});
