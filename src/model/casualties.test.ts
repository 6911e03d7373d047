import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  casualtySummary,
  channelsText,
  claimantText,
  compareCounts,
  countBar,
  countScaleMax,
  describeCount,
  drawingText,
  figureChannels,
  figureLine,
  figureSummary,
  groupText,
  readingText,
  type FigureNames,
} from './casualties';
import type { Actor, Casualty, CasualtyCount, Citation, Source } from './schema';

const count = (min: number, max: number | null, approximate = false): CasualtyCount => ({
  min,
  max,
  approximate,
  text: 'as worded',
});

/** Any count: exact, approximate, a range or open-ended. */
const anyCount = fc
  .tuple(
    fc.integer({ min: 0, max: 100_000 }),
    fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
    fc.boolean(),
  )
  .map(([min, extra, approximate]) => count(min, extra === null ? null : min + extra, approximate));

const casualty = (
  kind: Casualty['kind'],
  c: CasualtyCount,
  changes: Partial<Casualty> = {},
): Casualty => ({
  kind,
  group: 'unspecified',
  count: c,
  asOf: '2022-01-05',
  claimedBy: null,
  sources: ['wire'],
  ...changes,
});

const actors: Actor[] = [
  { id: 'azirbek', name: 'Saltanat Azirbek', kind: 'person', memberOf: ['almaty-police'] },
  { id: 'almaty-police', name: 'Almaty police', kind: 'security-forces' },
  { id: 'security-forces', name: 'Kazakh security forces', kind: 'security-forces' },
  { id: 'tokayev', name: 'Kassym-Jomart Tokayev', kind: 'person' },
  { id: 'protesters', name: 'Protesters', kind: 'protesters' },
];
const sources: Source[] = [
  { id: 'resett', name: 'Resett', kind: 'newspaper' },
  { id: 'statement', name: 'Statement by Azirbek', kind: 'official' },
  { id: 'interfax', name: 'Interfax', kind: 'news-agency' },
  { id: 'tass', name: 'TASS', kind: 'news-agency' },
  { id: 'ria', name: 'RIA Novosti', kind: 'news-agency' },
  { id: 'bbc', name: 'BBC', kind: 'broadcaster' },
];
const names: FigureNames = {
  actorsById: new Map(actors.map((a) => [a.id, a])),
  sourcesById: new Map(sources.map((s) => [s.id, s])),
};

/** The storming's citations: two quotes of the spokeswoman, one through three agencies. */
const citations: Citation[] = [
  { source: 'resett', via: ['statement'] },
  { source: 'resett', via: ['statement', ['interfax', 'tass', 'ria']] },
];
const dozens = casualty(
  'killed',
  { min: 24, max: null, approximate: true, text: 'dozens' },
  {
    group: 'protesters',
    groupLabel: 'attackers',
    claimedBy: 'azirbek',
    sources: ['resett', 'interfax', 'tass', 'ria'],
  },
);

describe('describeCount', () => {
  it('reads an exact figure as the number', () => {
    expect(describeCount(count(8, 8))).toBe('8');
    expect(describeCount(count(0, 0))).toBe('0');
    expect(describeCount(count(12345, 12345))).toBe('12,345');
  });

  it('says "about" for an approximate figure', () => {
    expect(describeCount(count(1000, 1000, true))).toBe('about 1,000');
    expect(describeCount(count(10, 19, true))).toBe('about 10 to 19');
  });

  it('says "at least" or "or more" for an open-ended figure', () => {
    expect(describeCount(count(24, null))).toBe('at least 24');
    expect(describeCount(count(24, null, true))).toBe('about 24 or more');
  });

  it('gives both ends of a range', () => {
    expect(describeCount(count(10, 19))).toBe('10 to 19');
    expect(describeCount(count(900, 1200))).toBe('900 to 1,200');
  });

  it('never writes a figure as symbols', () => {
    fc.assert(
      fc.property(anyCount, (c) => {
        expect(describeCount(c)).not.toMatch(/[~+–≈≥]/);
        expect(readingText(c)).toMatch(/^read as: /);
        expect(drawingText(c)).not.toMatch(/[~+–≈≥]/);
      }),
    );
  });
});

describe('readingText', () => {
  it('says it is a reading, with the kind when asked', () => {
    expect(readingText(count(24, null))).toBe('read as: at least 24');
    expect(readingText(count(1000, 1000, true), 'injured')).toBe('read as: about 1,000 injured');
    expect(readingText(count(62, 62), 'intensive-care')).toBe('read as: 62 in intensive care');
  });
});

describe('claimantText', () => {
  it('names a person with the body they belong to', () => {
    expect(claimantText(dozens, names)).toBe('Saltanat Azirbek, Almaty police');
  });

  it('names a body, or a person who belongs to none, alone', () => {
    const forces = casualty('killed', count(24, null), { claimedBy: 'security-forces' });
    expect(claimantText(forces, names)).toBe('Kazakh security forces');
    const president = casualty('killed', count(8, 8), { claimedBy: 'tokayev' });
    expect(claimantText(president, names)).toBe('Kassym-Jomart Tokayev');
  });

  it('says "not attributed" without a claimant, and falls back to an unknown id', () => {
    expect(claimantText(casualty('killed', count(8, 8)), names)).toBe('not attributed');
    expect(claimantText(casualty('killed', count(8, 8), { claimedBy: 'ghost' }), names)).toBe(
      'ghost',
    );
  });
});

describe('groupText', () => {
  it("puts the claimant's words first, the dataset's group beside them", () => {
    expect(groupText(dozens, names)).toBe('attackers (group: Protesters)');
    const people = casualty('injured', count(1000, 1000, true), { groupLabel: 'people' });
    expect(groupText(people, names)).toBe('people (group: not specified)');
  });

  it("gives the dataset's group alone when the source has no words for it", () => {
    expect(groupText(casualty('killed', count(8, 8), { group: 'protesters' }), names)).toBe(
      'Protesters',
    );
    expect(groupText(casualty('killed', count(8, 8)), names)).toBe('group not specified');
  });
});

describe('figureChannels', () => {
  it("follows the citation that chains most of the figure's sources, without the statement", () => {
    expect(figureChannels(dozens, citations, names)).toEqual({
      chain: ['Interfax, TASS and RIA Novosti', 'Resett'],
      also: [],
    });
  });

  it('lists the sources beside the chain that no citation places in it', () => {
    const wider = { ...dozens, sources: [...dozens.sources, 'bbc'] };
    expect(figureChannels(wider, citations, names).also).toEqual(['BBC']);
  });

  it('names the sources together when no citation of the event cites them', () => {
    const loose = casualty('killed', count(8, 8), { sources: ['interfax', 'bbc'] });
    expect(figureChannels(loose, citations, names)).toEqual({
      chain: ['Interfax and BBC'],
      also: [],
    });
  });

  it('reads in a sentence', () => {
    expect(channelsText(figureChannels(dozens, citations, names))).toBe(
      'via Interfax, TASS and RIA Novosti, then Resett',
    );
    expect(channelsText({ chain: ['Resett'], also: ['BBC', 'TASS'] })).toBe(
      'via Resett; also in BBC and TASS',
    );
  });
});

describe('figureLine', () => {
  it("leads with the source's words, then who claims the figure and through whom", () => {
    expect(figureLine(dozens, citations, names)).toBe(
      'dozens — Saltanat Azirbek, Almaty police, via Interfax, TASS and RIA Novosti, then Resett',
    );
  });
});

describe('casualtySummary', () => {
  it('lists every figure in words with its kind and claimant, in the order given', () => {
    expect(
      casualtySummary(
        [dozens, casualty('injured', { ...count(1000, 1000, true), text: 'around 1,000' })],
        names,
      ),
    ).toBe(
      'killed: dozens — Saltanat Azirbek, Almaty police · injured: around 1,000 — not attributed',
    );
  });

  it('keeps contested figures of the same kind apart, and shows no number of its own', () => {
    const a = casualty('killed', { ...count(8, 8), text: 'eight' });
    const b = casualty('killed', { ...count(225, 225), text: '225' }, { claimedBy: 'tokayev' });
    expect(casualtySummary([a, b], names)).toBe(
      'killed: eight — not attributed · killed: 225 — Kassym-Jomart Tokayev',
    );
    expect(figureSummary(dozens, names)).not.toMatch(/24/);
  });

  it('is empty for no figures', () => {
    expect(casualtySummary([], names)).toBe('');
  });
});

describe('drawingText', () => {
  it('says how the figure is drawn, "or more" for an open end', () => {
    expect(drawingText(count(8, 8))).toBe('a dot at 8');
    expect(drawingText(count(1000, 1000, true))).toBe('a dot at about 1,000');
    expect(drawingText(count(10, 19))).toBe('a line from 10 to 19');
    expect(drawingText(count(24, null, true))).toBe('a dot at about 24 and an arrow: or more');
  });
});

describe('compareCounts', () => {
  it('orders by the lower bound, then the upper, open ends highest', () => {
    const sorted = [count(24, null), count(8, 8), count(24, 30), count(10, 19)].sort(compareCounts);
    expect(sorted.map((c) => [c.min, c.max])).toEqual([
      [8, 8],
      [10, 19],
      [24, 30],
      [24, null],
    ]);
  });
});

describe('countScaleMax', () => {
  it('is the largest number any count mentions', () => {
    expect(countScaleMax([count(8, 8), count(10, 19), count(24, null)])).toBe(24);
    expect(countScaleMax([count(8, 8), count(10, 1900)])).toBe(1900);
  });

  it('is at least 1, even for no counts or only zeros', () => {
    expect(countScaleMax([])).toBe(1);
    expect(countScaleMax([count(0, 0)])).toBe(1);
  });
});

describe('countBar', () => {
  const x = (n: number) => n * 10;

  it('draws an exact figure as a solid bar alone', () => {
    expect(countBar(count(8, 8), x)).toEqual({
      solidEnd: 80,
      whisker: null,
      fade: null,
      approximate: false,
    });
  });

  it('draws a closed range as a bar to the lowest figure and a whisker to the highest', () => {
    expect(countBar(count(10, 19), x)).toEqual({
      solidEnd: 100,
      whisker: [100, 190],
      fade: null,
      approximate: false,
    });
  });

  it('draws an open-ended count as a bar to the lowest figure and a fade after it', () => {
    expect(countBar(count(24, null), x)).toEqual({
      solidEnd: 240,
      whisker: null,
      fade: [240, 288],
      approximate: false,
    });
    expect(countBar(count(24, null), x, 20).fade).toEqual([240, 260]);
  });

  it('carries the approximate flag of the figure', () => {
    expect(countBar(count(1000, 1000, true), x).approximate).toBe(true);
    expect(countBar(count(10, 19, true), x).approximate).toBe(true);
    expect(countBar(count(24, null, true), x).approximate).toBe(true);
  });

  it('never collapses a range or an open end into one number', () => {
    fc.assert(
      fc.property(anyCount, (c) => {
        const { min, max, approximate } = c;
        const bar = countBar(c, (n) => n / 400);
        if (max === null) expect(bar.fade).not.toBeNull();
        else if (max > min) expect(bar.whisker).not.toBeNull();
        else expect(bar.whisker ?? bar.fade).toBeNull();
        expect(bar.approximate).toBe(approximate);
      }),
    );
  });
});
