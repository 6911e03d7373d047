import { describe, expect, it } from 'vitest';
import { valueGranularity } from './time';
import {
  aboutEvent,
  documentOf,
  makeTestDataset,
  messagesAt,
  positionOf,
  problemsAfter,
  removeAt,
  setAt,
} from './testDataset';
import { laterProblemsAfter, makeLaterReportingDataset } from './laterReportingFixture';
import { validateDataset } from './validate';

/** Validates the fixture with event 0's time written as `time` (and optionally another zone). */
function checkTime(time: unknown, timeZone = 'Asia/Almaty') {
  const dataset: Record<string, unknown> = JSON.parse(JSON.stringify(makeTestDataset()));
  dataset.timeZone = timeZone;
  setAt(dataset, ['events', 0, 'time'], time);
  return validateDataset(dataset);
}

/** The problems of `checkTime`, which must fail. */
function timeProblems(time: unknown, timeZone?: string) {
  const result = checkTime(time, timeZone);
  if (result.ok) throw new Error(`expected ${JSON.stringify(time)} to be rejected`);
  return result.problems;
}

const lasted = (start: unknown, end: unknown, more: object = {}) => ({ start, end, ...more });

describe('validateDataset: an end before the start', () => {
  it('reports date-only values in the wrong order, naming both', () => {
    expect(timeProblems(lasted('2022-01-05', '2022-01-04'))).toEqual([
      {
        path: 'events[0].time.end',
        message: aboutEvent(
          0,
          'ends before it starts: its end ("2022-01-04") is before its start ("2022-01-05") (in Asia/Almaty)',
        ),
      },
    ]);
  });

  it('reports date-times in the wrong order, even within the same hour', () => {
    expect(checkTime(lasted('2022-01-05T10:30+06:00', '2022-01-05T10:00+06:00')).ok).toBe(false);
  });

  it('compares date-times with different offsets as instants', () => {
    expect(checkTime(lasted('2022-01-05T10:00+06:00', '2022-01-05T04:30Z')).ok).toBe(true);
    expect(checkTime(lasted('2022-01-05T10:00+06:00', '2022-01-05T03:30Z')).ok).toBe(false);
  });

  it.each([
    ['the same day twice', lasted('2022-01-05', '2022-01-05')],
    ['an end month that contains the start day', lasted('2022-01-05', '2022-01')],
    ['an end day that contains the start time', lasted('2022-01-05T10:00+06:00', '2022-01-05')],
    ['a later year', lasted('2021', '2022')],
    ['an open end', lasted('2022-01-05', { notBefore: '2022-01-06' })],
    ['an unknown start', lasted({ notAfter: '2019' }, '2022-01-05')],
  ])('accepts %s', (_, time) => {
    expect(checkTime(time).ok).toBe(true);
  });

  it("reads a date-only end in the dataset's time zone", () => {
    // 20:00 UTC on the 4th is already 02:00 on the 5th in Almaty (UTC+6 in 2022), so an event
    // starting then cannot end on the 4th there; in UTC it still can.
    const time = lasted('2022-01-04T20:00Z', '2022-01-04');
    expect(checkTime(time, 'Asia/Almaty').ok).toBe(false);
    expect(checkTime(time, 'UTC').ok).toBe(true);
  });

  it('reports an end whose best estimate comes before the start', () => {
    const problems = timeProblems(
      lasted(
        { notAfter: '2022-01-10', estimate: '2022-01-09' },
        { notBefore: '2022-01-02', estimate: '2022-01-03' },
      ),
    );
    expect(messagesAt(problems, 'events[0].time.end')).toEqual([
      expect.stringContaining('the best estimate of its end'),
    ]);
  });
});

describe('validateDataset: bounds', () => {
  it('reports bounds the wrong way round', () => {
    expect(timeProblems({ notBefore: '2022-01-06', notAfter: '2022-01-02' })).toEqual([
      {
        path: 'events[0].time.notAfter',
        message: aboutEvent(
          0,
          'notAfter "2022-01-02" is before notBefore "2022-01-06" (in Asia/Almaty)',
        ),
      },
    ]);
  });

  it('reports an estimate outside its bounds, and one without bounds', () => {
    expect(
      messagesAt(
        timeProblems({ notBefore: '2022-01-02', notAfter: '2022-01-06', estimate: '2022-01-08' }),
        'events[0].time.estimate',
      ),
    ).toEqual([expect.stringContaining('lies outside its bounds')]);
    expect(timeProblems({ estimate: '2022-01-08' })).toEqual([
      {
        path: 'events[0].time',
        message: aboutEvent(
          0,
          '"estimate" needs the bounds it lies between: add "notBefore" and/or "notAfter", got an object',
        ),
      },
    ]);
  });

  it('refuses "at" together with bounds, and a time with neither', () => {
    expect(
      messagesAt(timeProblems({ at: '2022-01-05', notAfter: '2022-01-06' }), 'events[0].time'),
    ).toEqual([expect.stringContaining('give either "at"')]);
    expect(messagesAt(timeProblems({ basis: 'no date at all' }), 'events[0].time')).toEqual([
      expect.stringContaining('expected "at", or bounds'),
    ]);
  });

  it('refuses point fields beside start and end, and a duration without both ends', () => {
    expect(
      messagesAt(timeProblems({ at: '2022-01-05', end: '2022-01-06' }), 'events[0].time.at'),
    ).toEqual([expect.stringContaining('belongs inside "start" or "end"')]);
    expect(messagesAt(timeProblems({ start: '2022-01-05' }), 'events[0].time.end')).toEqual([
      expect.stringContaining('a duration needs an "end" too'),
    ]);
  });

  it('reads a time written as EDTF, and reports EDTF it cannot read', () => {
    expect(checkTime('[2022-01-02..2022-01-06]').ok).toBe(true);
    expect(checkTime({ edtf: '2022-01-05/2022-01-19', basis: 'the decree' }).ok).toBe(true);
    expect(checkTime(lasted('2022-01-05', '[2022-01-10..2022-01-19]')).ok).toBe(true);
    expect(messagesAt(timeProblems('Jan 5'), 'events[0].time')).toEqual([
      expect.stringContaining('neither an ISO 8601 date'),
    ]);
    expect(
      messagesAt(timeProblems({ edtf: '2022-01-05', at: '2022-01-05' }), 'events[0].time.edtf'),
    ).toEqual([expect.stringContaining('"edtf" gives the whole time')]);
  });
});

describe('validateDataset: a precision finer than the value', () => {
  it.each([
    [{ at: '2022-01', precision: 'day' }, 'at "2022-01", which names a whole month'],
    [{ at: '2022-01-05', precision: 'minute' }, 'at "2022-01-05", which names a whole day'],
    [{ at: '2022', precision: 'month' }, 'at "2022", which names a whole year'],
  ])('reports %j', (time, detail) => {
    expect(messagesAt(timeProblems(time), 'events[0].time.precision')).toEqual([
      expect.stringContaining(`has precision "${time.precision}", finer than its ${detail}`),
    ]);
  });

  it('reports it in the end of a duration too', () => {
    expect(
      messagesAt(
        timeProblems(lasted('2022-01-05', { at: '2022-01', precision: 'day' })),
        'events[0].time.end.precision',
      ),
    ).toEqual([expect.stringContaining('finer than its at "2022-01"')]);
  });

  it.each([
    [{ at: '2022-01-05', precision: 'month' }],
    [{ at: '2022-01-05T10:30+06:00', precision: 'hour' }],
    [{ at: '2022-01-05T10:30+06:00', precision: 'minute' }],
    [{ at: '2022', precision: 'year' }],
  ])('accepts a precision as fine as the value or coarser: %j', (time) => {
    expect(checkTime(time).ok).toBe(true);
  });

  it('knows what each kind of value can name', () => {
    expect(
      ['2022', '2022-01', '2022-01-05', '2022-01-05T10:30:15+06:00'].map(valueGranularity),
    ).toEqual(['year', 'month', 'day', 'minute']);
  });
});

describe('validateDataset: the story order', () => {
  it('reports an `after` that the times contradict', () => {
    const problems = problemsAfter((doc) => {
      // square-protest (4 January) "after" square-cleared (5 January, 02:00): impossible.
      setAt(doc, ['events', 0, 'after'], ['square-cleared']);
    });
    expect(messagesAt(problems, 'events[0].after[0]')).toEqual([
      expect.stringContaining('is said to come after "square-cleared"'),
    ]);
  });

  it('accepts an `after` between events whose bounds overlap', () => {
    const doc: Record<string, unknown> = JSON.parse(JSON.stringify(makeTestDataset()));
    setAt(doc, ['events', 0, 'time'], { notBefore: '2022-01-02', notAfter: '2022-01-06' });
    setAt(doc, ['events', 0, 'after'], ['square-cleared']);
    expect(validateDataset(doc).ok).toBe(true);
  });
});

describe('validateDataset: casualty ranges', () => {
  it('reports an inverted range at count.max', () => {
    const problems = problemsAfter((doc) => {
      setAt(doc, ['events', 1, 'casualties', 0, 'count', 'min'], 50);
      setAt(doc, ['events', 1, 'casualties', 0, 'count', 'max'], 10);
    });
    expect(problems).toEqual([
      {
        path: 'events[1].casualties[0].count.max',
        message: aboutEvent(1, 'inverted range: max 10 is less than min 50'),
      },
    ]);
  });

  it('accepts exact, ranged and open-ended counts', () => {
    const dataset = makeTestDataset();
    const casualty = dataset.events[1]?.casualties[0];
    if (casualty === undefined) throw new Error('fixture has no casualty');
    for (const [min, max] of [
      [3, 3],
      [3, 30],
      [0, null],
    ] as const) {
      casualty.count = { ...casualty.count, min, max };
      expect(validateDataset(dataset).ok).toBe(true);
    }
  });
});

describe('validateDataset: categories', () => {
  it('reports a category listed twice in one event', () => {
    const problems = problemsAfter((doc) => setAt(doc, ['events', 1, 'categories', 2], 'violence'));
    expect(problems).toEqual([
      {
        path: 'events[1].categories[2]',
        message: aboutEvent(1, 'category "violence" is listed twice (also at categories[0])'),
      },
    ]);
  });
});

describe('validateDataset: later reporting inside events and claims', () => {
  const tollRevised = positionOf(makeLaterReportingDataset(), 'events', 'toll-revised');
  const figure = ['events', tollRevised, 'casualties', 0] as const;

  it('reports a retracted figure without a withdrawal date', () => {
    const problems = laterProblemsAfter((doc) => removeAt(doc, [...figure, 'withdrawn']));
    expect(messagesAt(problems, `events[${tollRevised}].casualties[0].withdrawn`)).toEqual([
      'event "toll-revised" (Government revises the toll): the figure "30 dead" is retracted but does not say when it was withdrawn; give "withdrawn": { "at": … } later than its asOf "2022-01-08"',
    ]);
  });

  it('reports a withdrawal before the figure was posted, and accepts one the same day', () => {
    const problems = laterProblemsAfter((doc) =>
      setAt(doc, [...figure, 'withdrawn', 'at'], '2022-01-07'),
    );
    expect(messagesAt(problems, `events[${tollRevised}].casualties[0].withdrawn.at`)).toEqual([
      'event "toll-revised" (Government revises the toll): the figure "30 dead" is withdrawn at "2022-01-07", before its asOf "2022-01-08"; a figure is withdrawn after it was posted',
    ]);
    const sameDay = documentOf(makeLaterReportingDataset());
    setAt(sameDay, [...figure, 'withdrawn', 'at'], '2022-01-08T21:00+06:00');
    expect(validateDataset(sameDay).ok).toBe(true);
  });

  it('reports a withdrawal of a figure that is not retracted', () => {
    const problems = laterProblemsAfter((doc) => setAt(doc, [...figure, 'status'], 'confirmed'));
    expect(messagesAt(problems, `events[${tollRevised}].casualties[0].status`)[0]).toContain(
      'has a withdrawal but its status is "confirmed"',
    );
  });

  it('checks the figures inside claims too', () => {
    const problems = laterProblemsAfter((doc) => {
      setAt(doc, ['claims', 3, 'casualties', 0, 'status'], 'retracted');
      setAt(doc, ['claims', 3, 'casualties', 1, 'count', 'max'], 3);
    });
    expect(messagesAt(problems, 'claims[3].casualties[0].withdrawn')[0]).toContain(
      'in claim "toll-rises" is retracted but does not say when',
    );
    expect(messagesAt(problems, 'claims[3].casualties[1].count.max')).toEqual([
      'inverted range in claim "toll-rises": max 3 is less than min 15',
    ]);
  });

  it('checks a claim’s time as an event’s', () => {
    const problems = laterProblemsAfter((doc) =>
      setAt(doc, ['claims', 0, 'time', 'end', 'at'], '2022-01-04T04:00+06:00'),
    );
    expect(messagesAt(problems, 'claims[0].time.end')[0]).toContain(
      'claim "clearing-hours": ends before it starts',
    );
  });

  it('reports a restated figure the event does not have, or more than one figure given', () => {
    const problems = laterProblemsAfter((doc) => {
      setAt(doc, ['claims', 2, 'figure'], 5);
      setAt(doc, ['claims', 2, 'casualties'], []);
    });
    expect(messagesAt(problems, 'claims[2].figure')).toEqual([
      'claim "eight-by-government" restates figure 5 of event "square-cleared", which has figures 0 to 1',
    ]);
    expect(messagesAt(problems, 'claims[2].casualties')).toEqual([
      'claim "eight-by-government" restates one figure ("figure": 5), so it gives exactly one in "casualties", not 0',
    ]);
  });
});
