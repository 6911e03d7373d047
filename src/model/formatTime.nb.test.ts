import { describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import {
  formatDayRange,
  formatEventTime,
  formatEventTimeShort,
  formatValue,
  timeCertaintyInWords,
} from './formatTime';
import type { DurationTime, EventTime, TimePoint } from './schema';

const ZONE = 'Asia/Almaty';

const at = (value: string, more: TimePoint = {}): EventTime => ({ at: value, ...more });
const lasted = (start: TimePoint | string, end: TimePoint | string): DurationTime => ({
  start: typeof start === 'string' ? { at: start } : start,
  end: typeof end === 'string' ? { at: end } : end,
});
const almatyDay = (isoDate: string) => Date.parse(`${isoDate}T00:00+06:00`);

inLanguage('nb');

describe('formatEventTime in Norwegian: every precision', () => {
  it('writes a day as a Norwegian newspaper does, weekday first', () => {
    expect(formatEventTime(at('2022-01-05'), ZONE)).toBe('onsdag 5. januar 2022');
    expect(formatEventTimeShort(at('2022-01-05'), ZONE)).toBe('5. jan. 2022');
  });

  it('writes a month and a year', () => {
    expect(formatEventTime(at('2022-01'), ZONE)).toBe('januar 2022');
    expect(formatEventTime(at('1991'), ZONE)).toBe('1991');
  });

  it('writes hours and minutes with "kl." and a full stop in the clock', () => {
    expect(formatEventTime(at('2022-01-05T14:30+06:00'), ZONE)).toBe(
      'onsdag 5. januar 2022 kl. 14.30',
    );
    expect(formatEventTime(at('2022-01-05T20:00+06:00', { precision: 'hour' }), ZONE)).toBe(
      'onsdag 5. januar 2022 kl. 20.00',
    );
    expect(formatValue('2022-01-06T08:51+06:00', ZONE, undefined, 'short')).toBe(
      '6. jan. 2022 kl. 08.51',
    );
  });

  it('keeps a time written with another offset on its own clock', () => {
    expect(formatEventTime(at('2022-01-05T14:00+05:00'), ZONE)).toBe(
      'onsdag 5. januar 2022 kl. 14.00 (UTC+05:00)',
    );
  });
});

describe('formatEventTime in Norwegian: every uncertainty form', () => {
  it('says approximate and uncertain in words', () => {
    expect(formatEventTime(at('2022-01-05', { approximate: true }), ZONE)).toBe(
      'omkring onsdag 5. januar 2022',
    );
    expect(formatEventTime(at('2022-01-05', { uncertain: true }), ZONE)).toBe(
      'muligens onsdag 5. januar 2022',
    );
    expect(formatEventTime(at('2022-01', { approximate: true, uncertain: true }), ZONE)).toBe(
      'muligens omkring januar 2022',
    );
  });

  it('writes bounds: by, not before, on or after, around an estimate', () => {
    const byThursday = { notBefore: '2022-01-02', notAfter: '2022-01-06' };
    expect(formatEventTime(byThursday, ZONE)).toBe(
      'innen torsdag 6. januar 2022 (tidligst søndag 2. januar 2022)',
    );
    expect(formatEventTime(byThursday, ZONE, 'medium')).toBe('innen torsdag 6. januar 2022');
    expect(formatEventTimeShort(byThursday, ZONE)).toBe('innen 6. jan. 2022');
    expect(formatEventTime({ notBefore: '2022-01-05' }, ZONE)).toBe(
      'tidligst onsdag 5. januar 2022',
    );
    expect(
      formatEventTime(
        { notBefore: '2022-01-04', notAfter: '2022-01-06', estimate: '2022-01-05' },
        ZONE,
      ),
    ).toBe(
      'omkring onsdag 5. januar 2022 (tidligst tirsdag 4. januar 2022, senest torsdag 6. januar 2022)',
    );
  });

  it('writes ranges at each precision', () => {
    expect(formatEventTime(lasted('2022-01-04', '2022-01-06'), ZONE)).toBe('4.–6. januar 2022');
    expect(formatEventTime(lasted('2022-01-31', '2022-02-02'), ZONE)).toBe(
      '31. januar – 2. februar 2022',
    );
    expect(formatEventTime(lasted('2021-12-30', '2022-01-02'), ZONE)).toBe(
      '30. desember 2021 – 2. januar 2022',
    );
    expect(formatEventTime(lasted('2022-01', '2022-03'), ZONE)).toBe('januar – mars 2022');
    expect(formatEventTime(lasted('1991', '1993'), ZONE)).toBe('1991–1993');
    expect(formatEventTime(lasted('2022-01-05T14:30+06:00', '2022-01-05T15:00+06:00'), ZONE)).toBe(
      'onsdag 5. januar 2022 kl. 14.30–15.00',
    );
    expect(formatDayRange(almatyDay('2022-01-02'), almatyDay('2022-01-06'), ZONE)).toBe(
      '2.–6. januar 2022',
    );
  });

  it('writes durations with uncertain ends: between, or earlier, at least, unknown end', () => {
    expect(
      formatEventTime(
        lasted({ notBefore: '2022-01-04', notAfter: '2022-01-06' }, '2022-01-10'),
        ZONE,
      ),
    ).toBe(
      'fra mellom tirsdag 4. januar 2022 og torsdag 6. januar 2022 til mandag 10. januar 2022',
    );
    expect(formatEventTime(lasted({ notAfter: '2019' }, '2022-01-05'), ZONE)).toBe(
      'fra 2019 eller tidligere til onsdag 5. januar 2022',
    );
    expect(formatEventTime(lasted('2022-01-02', { notBefore: '2022-01-06' }), ZONE)).toBe(
      'fra søndag 2. januar 2022 til minst torsdag 6. januar 2022',
    );
    expect(formatEventTime(lasted('2022-01-02', { notAfter: '2022-01-06' }), ZONE)).toBe(
      'fra søndag 2. januar 2022 til senest torsdag 6. januar 2022',
    );
  });
});

describe('timeCertaintyInWords in Norwegian', () => {
  it('names the precision of a known time', () => {
    expect(timeCertaintyInWords(at('2022-01-05T14:30+06:00'), ZONE)).toBe('Kjent på minuttet nær.');
    expect(timeCertaintyInWords(at('2022-01-05'), ZONE)).toBe('Kjent på dagen nær.');
    expect(timeCertaintyInWords(at('2022'), ZONE)).toBe('Kjent på året nær.');
    expect(timeCertaintyInWords(at('2022-01-05', { approximate: true }), ZONE)).toBe(
      'Kjent på dagen nær; kilden oppgir det som omtrentlig.',
    );
  });

  it('says what is not given, and the bounds', () => {
    expect(timeCertaintyInWords({ notBefore: '2022-01-02', notAfter: '2022-01-06' }, ZONE)).toBe(
      'Dagen er ikke oppgitt: en gang mellom søndag 2. januar 2022 og torsdag 6. januar 2022.',
    );
    expect(timeCertaintyInWords(lasted({ notAfter: '2019' }, '2022-01-05'), ZONE)).toBe(
      'Start: året er ikke oppgitt, senest 2019. Slutten kjent på dagen nær.',
    );
  });
});
