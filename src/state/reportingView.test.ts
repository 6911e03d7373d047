import { loadLanguage } from '../i18n/i18n';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/kazakhstan-2022-01.json';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { makeTestDataset } from '../model/testDataset';
import type { Dataset } from '../model/schema';
import { validateDataset } from '../model/validate';
import {
  articleAccount,
  currentFigure,
  differenceLine,
  figureHistory,
  figureKeys,
  laterReporting,
  publicationTimes,
  reportingView,
  revisedFigureKeys,
  type ReportingView,
} from './reportingView';

const later = makeLaterReportingDataset();
const ids = (view: ReportingView) => view.dataset.events.map((e) => e.id);
const eventOf = (view: ReportingView, id: string) => {
  const event = view.dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id} in the view`);
  return event;
};
const figuresOf = (view: ReportingView, id: string) =>
  eventOf(view, id).casualties.map((c) => c.count.text);

function bundledDataset(): Dataset {
  const result = validateDataset(bundled);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  return result.dataset;
}

describe('the article’s account', () => {
  it('keeps the article’s events exactly, drops the claims, and rests on the article’s sources', () => {
    const view = articleAccount(later);
    expect(view.events).toEqual(makeTestDataset().events);
    view.events.forEach((event, i) => expect(event).toBe(later.events[i]));
    expect(view.claims).toBeUndefined();
    expect(view.sources).toBe(later.sources);
    expect(reportingView(later, 'article', null).sources.map((s) => s.id)).toEqual([
      'daily-paper',
      'wire',
      'ministry',
      'second-agency',
      'reuters',
      'tengrinews',
      'akorda',
      'le-monde',
    ]);
  });

  it('is the dataset itself when there is no later reporting', () => {
    const dataset = makeTestDataset();
    expect(articleAccount(dataset)).toBe(dataset);
    expect(reportingView(dataset, 'article', '2022-01-05').dataset).toBe(dataset);
  });

  it('reproduces the bundled article’s 27 events, the merged storming once', () => {
    const dataset = bundledDataset();
    const view = reportingView(dataset, 'article', null);
    expect(view.dataset.events.map((e) => e.id)).toEqual([
      'independence-from-soviet-union',
      'tokayev-presidential-election-2019',
      'osce-condemns-2019-election',
      'nazarbayev-keeps-security-role',
      'lpg-price-cap-rise',
      'protests-begin',
      'protests-spread-to-political-demands',
      'nazarbayev-removed',
      'almaty-mayors-office-stormed',
      'looting-fires-gunfire-videos',
      'almaty-airport-staff-flee',
      'national-internet-blackout',
      'tokayev-blames-terrorist-gangs',
      'nationwide-state-of-emergency',
      'protesters-chant-nazarbayev-name',
      'taldykorgan-nazarbayev-statue',
      'rioters-steal-weapons',
      'aktobe-water-cannons',
      'security-forces-side-with-protesters',
      'tokayev-requests-csto-help',
      'russia-to-send-troops',
      'tokayev-confirms-csto-peacekeepers',
      'almaty-public-buildings-attacked',
      'almaty-restore-order-operation',
      'azirbek-stay-home-appeal',
      'death-toll-so-far',
      'injured-so-far',
    ]);
    const stormings = view.dataset.events.filter((e) =>
      e.aliases?.includes('protesters-storm-main-government-building'),
    );
    expect(stormings.map((e) => e.id)).toEqual(['almaty-mayors-office-stormed']);
    // Its events are the article's, untouched: their times and the article's seven figures.
    view.dataset.events.forEach((event) => {
      expect(dataset.events).toContain(event);
    });
    expect(view.dataset.events.flatMap((e) => e.casualties.map((c) => c.count.text))).toHaveLength(
      7,
    );
    expect(view.dataset.events.every((e) => e.account === undefined)).toBe(true);
    expect(view.dataset.claims).toBeUndefined();
  });
});

describe('what was known on a day', () => {
  it('dates each source by the end of its date, the article by its publication', () => {
    const published = publicationTimes(later);
    expect(published('daily-paper')).toBe(Date.parse('2022-01-07T00:00+06:00'));
    expect(published('evening-wire')).toBe(Date.parse('2022-01-05T20:01+06:00'));
    expect(published('undated-post')).toBeNull();
  });

  it('shows on 5 January only what was reported by its end, at the later-reported time', () => {
    const view = laterReporting(later, '2022-01-05');
    expect(ids(view)).toEqual(['square-cleared']);
    expect(eventOf(view, 'square-cleared').time).toEqual(later.claims?.[0]?.time);
    // The figure is the restated one; the injured figure is the article's, not yet published.
    expect(figuresOf(view, 'square-cleared')).toEqual(['eight']);
    expect(eventOf(view, 'square-cleared').casualties[0]?.claimedBy).toBe('government');
    expect(view.dataset.claims?.map((c) => c.id)).toEqual([
      'clearing-hours',
      'eight-by-government',
    ]);
    expect(view.eventReported.get('square-cleared')).toBe(Date.parse('2022-01-05T20:01+06:00'));
  });

  it('adds the article on 6 January, and a confirmed revision replaces a figure on the 7th', () => {
    expect(ids(laterReporting(later, '2022-01-06'))).toEqual([
      'square-protest',
      'square-cleared',
      'state-of-emergency',
      'station-attacked',
    ]);
    const seventh = laterReporting(later, '2022-01-07');
    expect(figuresOf(seventh, 'square-cleared')).toEqual(['twelve', 'dozens']);
    // The unconfirmed "fifteen" is in the history, not on the event.
    const history = figureHistory(seventh.figures, 'killed', 'protesters', later.timeZone);
    expect(history.map((r) => r.casualty.count.text)).toEqual(['eight', 'twelve', 'fifteen']);
    expect(currentFigure(history)?.casualty.count.text).toBe('twelve');
  });

  it('never moves an event by an unconfirmed claim', () => {
    const view = laterReporting(later, '2022-01-07');
    expect(eventOf(view, 'square-protest').locations).toEqual(['square']);
    expect(view.claimsByEvent.get('square-protest')?.map((c) => c.id)).toEqual(['protest-in-city']);
  });

  it('shows a retracted figure as posted until its withdrawal, then as withdrawn, never as a figure', () => {
    const posted = laterReporting(later, '2022-01-08');
    expect(figuresOf(posted, 'toll-revised')).toEqual(['30 dead']);
    expect(eventOf(posted, 'toll-revised').casualties[0]?.status).toBeUndefined();
    const withdrawn = laterReporting(later, '2022-01-09');
    expect(figuresOf(withdrawn, 'toll-revised')).toEqual([]);
    const record = withdrawn.figures.find((r) => r.casualty.count.text === '30 dead');
    expect(record?.state).toBe('withdrawn');
    expect(record?.casualty.withdrawn?.at).toBe('2022-01-09');
    expect(figuresOf(laterReporting(later, '2022-01-10'), 'toll-revised')).toEqual(['20 dead']);
  });

  it('leaves out what no dated source reports once a day is set, and shows it with everything', () => {
    expect(
      laterReporting(later, '2022-01-31').claimsByEvent.get('station-attacked'),
    ).toBeUndefined();
    const all = laterReporting(later, null);
    expect(all.claimsByEvent.get('station-attacked')?.map((c) => c.id)).toEqual(['undated-rumour']);
    expect(ids(all)).toEqual([...makeTestDataset().events.map((e) => e.id), 'toll-revised']);
  });

  it('lists the sources of what is shown, and the originals of copies', () => {
    const fifth = laterReporting(later, '2022-01-05');
    expect(fifth.dataset.sources).toBe(later.sources);
    expect(fifth.sources.map((s) => s.id)).toEqual([
      'daily-paper',
      'wire',
      'ministry',
      'evening-wire',
    ]);
    const seventh = laterReporting(later, '2022-01-07').sources.map((s) => s.id);
    expect(seventh).toContain('agency-copy');
  });

  it('gives a view that is itself a valid dataset', () => {
    for (const day of [null, '2022-01-05', '2022-01-09']) {
      const result = validateDataset(
        JSON.parse(JSON.stringify(laterReporting(later, day).dataset)),
      );
      expect(result.ok ? '' : result.problems, String(day)).toBe('');
    }
  });
});

describe('figure histories and differences', () => {
  it('orders a history by when the figures held, withdrawn ones included', () => {
    const all = laterReporting(later, null);
    const history = figureHistory(all.figures, 'killed', 'unspecified', later.timeZone);
    expect(history.map((r) => [r.casualty.count.text, r.state])).toEqual([
      ['30 dead', 'withdrawn'],
      ['20 dead', 'standing'],
    ]);
    expect(revisedFigureKeys(all.figures)).toEqual([
      { kind: 'killed', group: 'protesters' },
      { kind: 'killed', group: 'unspecified' },
    ]);
    expect(figureKeys(all.figures)).toEqual([
      { kind: 'killed', group: 'protesters' },
      { kind: 'injured', group: 'unspecified' },
      { kind: 'injured', group: 'security-forces' },
      { kind: 'killed', group: 'unspecified' },
    ]);
  });

  it('says in one line where the article differs, from its strongest claim', () => {
    const claims = laterReporting(later, null).claimsByEvent.get('square-cleared') ?? [];
    expect(differenceLine(claims)).toBe(
      'Article: the ministry, as of 5 January. Later reporting: the government, as of 4 January.',
    );
    expect(differenceLine(claims.filter((c) => c.relation === 'outcome'))).toBeNull();
  });

  it('says it in Norwegian on a Norwegian page', async () => {
    await loadLanguage('nb');
    try {
      const claims = laterReporting(later, null).claimsByEvent.get('square-cleared') ?? [];
      expect(differenceLine(claims)).toMatch(/^Artikkelen: .+\. Senere rapportering: .+\.$/);
    } finally {
      await loadLanguage('en');
    }
  });
});

describe('the bundled story, reporting day by reporting day', () => {
  const dataset = bundledDataset();
  const securityToll = (day: string | null) => {
    const history = figureHistory(
      laterReporting(dataset, day).figures,
      'killed',
      'kazakh-security-forces',
      dataset.timeZone,
    );
    return currentFigure(history)?.casualty.count.min;
  };
  const total = (day: string | null) =>
    figureHistory(
      laterReporting(dataset, day).figures,
      'killed',
      'unspecified',
      dataset.timeZone,
    ).map((r) => `${r.casualty.count.min}${r.state === 'withdrawn' ? ' withdrawn' : ''}`);

  it('shows the security-force toll go 8 → 18 → 19 from 5 to 15 January', () => {
    expect(securityToll('2022-01-04')).toBeUndefined();
    expect(securityToll('2022-01-05')).toBe(8);
    expect(securityToll('2022-01-06')).toBe(18);
    expect(securityToll('2022-01-14')).toBe(18);
    expect(securityToll('2022-01-15')).toBe(19);
  });

  it('shows the 164 from its posting on 9 January, withdrawn, and never as a figure of its event', () => {
    expect(total('2022-01-08')).toEqual([]);
    expect(total('2022-01-09')).toEqual(['164 withdrawn']);
    expect(total('2022-01-15')).toEqual(['164 withdrawn', '225']);
    const view = laterReporting(dataset, '2022-01-09');
    expect(eventOf(view, 'toll-of-164-posted-and-withdrawn').casualties).toEqual([]);
  });

  it('places events at their later-reported times, and says where the article differs', () => {
    const view = laterReporting(dataset, null);
    expect(eventOf(view, 'lpg-price-cap-rise').time).toMatchObject({ at: '2022-01-01' });
    expect(eventOf(view, 'almaty-public-buildings-attacked').time).toMatchObject({
      start: { at: '2022-01-05T20:00+06:00' },
    });
    expect(differenceLine(view.claimsByEvent.get('lpg-price-cap-rise') ?? [])).toBe(
      'Article: raised the price cap on Sunday (2 January). Later reporting: the cap was removed on 1 January.',
    );
  });
});
