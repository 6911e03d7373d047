/**
 * The bundled dataset: valid, every reference resolves (walked here independently of the
 * validator), and every event cites the article with a Norwegian quote and its translation.
 */
import { describe, expect, it } from 'vitest';
import data from '../../data/kazakhstan-2022-01.json';
import type { Dataset } from './schema';
import { formatProblems, validateDataset } from './validate';

/** The events of the article's own account (the later-reporting layer has its own checks). */
function articleEvents(dataset: Dataset): Dataset['events'] {
  return dataset.events.filter((event) => event.account !== 'later-reporting');
}

function validDataset(): Dataset {
  const result = validateDataset(data);
  if (!result.ok)
    throw new Error(`the bundled dataset is invalid:\n${formatProblems(result.problems)}`);
  return result.dataset;
}

describe('data/kazakhstan-2022-01.json', () => {
  it('is a valid chronicle/1 dataset', () => {
    const result = validateDataset(data);
    expect(result.ok ? '' : formatProblems(result.problems)).toBe('');
  });

  it('refers only to ids that exist', () => {
    const dataset = validDataset();
    const actors = new Set(dataset.actors.map((actor) => actor.id));
    const locations = new Set(dataset.locations.map((location) => location.id));
    const sources = new Set(dataset.sources.map((source) => source.id));
    const missing: string[] = [];
    const need = (ids: Set<string>, id: string, where: string) => {
      if (!ids.has(id)) missing.push(`${where}: ${id}`);
    };

    if (dataset.published) need(sources, dataset.published.source, 'published.source');
    for (const actor of dataset.actors) {
      for (const id of actor.memberOf ?? []) need(actors, id, `actor ${actor.id} memberOf`);
    }
    for (const location of dataset.locations) {
      if (location.within) need(locations, location.within, `location ${location.id} within`);
    }
    for (const event of dataset.events) {
      for (const { actor } of event.actors) need(actors, actor, `event ${event.id} actor`);
      for (const id of event.locations) need(locations, id, `event ${event.id} location`);
      for (const casualty of event.casualties) {
        if (casualty.group !== 'unspecified')
          need(actors, casualty.group, `event ${event.id} group`);
        if (casualty.claimedBy !== null) {
          need(actors, casualty.claimedBy, `event ${event.id} claimedBy`);
        }
        for (const id of casualty.sources) need(sources, id, `event ${event.id} casualty source`);
      }
      for (const citation of event.citations) {
        need(sources, citation.source, `event ${event.id} citation`);
        for (const id of (citation.via ?? []).flat()) need(sources, id, `event ${event.id} via`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has unique ids in each list', () => {
    const dataset = validDataset();
    for (const list of [dataset.actors, dataset.locations, dataset.sources, dataset.events]) {
      const ids = list.map((item) => item.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('cites the published article in every event of its account', () => {
    const dataset = validDataset();
    const uncited = articleEvents(dataset)
      .filter((event) => !event.citations.some((c) => c.source === dataset.published?.source))
      .map((event) => event.id);
    expect(uncited).toEqual([]);
  });

  it('quotes the Norwegian original, with a translation, in every event of the article', () => {
    const dataset = validDataset();
    const unquoted = articleEvents(dataset)
      .filter(
        (event) =>
          !event.citations.some(
            (c) => c.quote?.language === 'nb' && c.quote.original && c.quote.translation,
          ),
      )
      .map((event) => event.id);
    expect(unquoted).toEqual([]);
  });

  it('draws as a duration only what lasted: never an undated event as a bar over its bounds', () => {
    const durations = articleEvents(validDataset())
      .filter((event) => 'start' in event.time)
      .map((event) => event.id);
    expect(durations).toEqual([
      'nazarbayev-keeps-security-role',
      'protests-spread-to-political-demands',
    ]);
  });

  it('gives every event the article does not date its bounds, not a day', () => {
    const dataset = validDataset();
    const byThursday = articleEvents(dataset).filter(
      (event) => !('start' in event.time) && event.time.notAfter === '2022-01-06',
    );
    expect(byThursday.length).toBeGreaterThanOrEqual(13);
    for (const event of byThursday) {
      expect(event.time, event.id).toMatchObject({ notBefore: expect.any(String) });
      expect(event.time.basis, event.id).not.toMatch(/published\.basis/);
    }
  });

  it('dates casualty figures at a point, never a span', () => {
    for (const event of validDataset().events) {
      for (const casualty of event.casualties) {
        expect(casualty.asOf).toMatch(/^\d{4}-\d{2}-\d{2}/);
      }
    }
  });

  it('keeps the ids links use, including the merged storming as a former id', () => {
    const dataset = validDataset();
    const stormed = dataset.events.find((event) => event.id === 'almaty-mayors-office-stormed');
    expect(stormed?.aliases).toEqual(['protesters-storm-main-government-building']);
    expect(dataset.events.some((event) => event.id === 'lpg-price-cap-rise')).toBe(true);
  });

  it('rests every claim and every event of later reporting on linked pages, with their words', () => {
    const dataset = validDataset();
    const sources = new Map(dataset.sources.map((source) => [source.id, source]));
    const later = [
      ...(dataset.claims ?? []),
      ...dataset.events.filter((event) => event.account === 'later-reporting'),
    ];
    expect(later.length).toBeGreaterThan(50);
    const unlinked = later.flatMap((item) =>
      item.citations
        .filter(
          (c) =>
            !sources.get(c.source)?.url?.startsWith('https://') &&
            !sources.get(c.source)?.url?.startsWith('http://'),
        )
        .map((c) => `${item.id}: ${c.source}`),
    );
    expect(unlinked).toEqual([]);
    const translated = later.flatMap((item) =>
      item.citations.filter((c) => c.quote && c.quote.language !== 'en' && !c.quote.translation),
    );
    expect(translated).toEqual([]);
  });

  it('says of the article that no public link was found, and which sources are copies of which', () => {
    const dataset = validDataset();
    const article = dataset.sources.find((s) => s.id === dataset.published?.source);
    expect(article?.url).toBeUndefined();
    expect(article?.noLink).toMatch(/^No public link found/);
    const copies = dataset.sources.filter((s) => s.copyOf !== undefined);
    expect(copies.length).toBeGreaterThan(40);
    expect(dataset.sources.find((s) => s.id === 'cerberus-bbc')?.copyOf).toBe('bbc');
  });

  it('writes hour-precise times with the offset of their place', () => {
    const dataset = validDataset();
    const times = [
      ...dataset.events.filter((e) => e.account === 'later-reporting').map((e) => e.time),
      ...(dataset.claims ?? []).flatMap((c) => (c.time ? [c.time] : [])),
    ].flatMap((time) => ('start' in time ? [time.start, time.end] : [time]));
    const clock = times.flatMap((point) =>
      [point.at, point.notBefore, point.notAfter].filter((v) => v?.includes('T')),
    );
    expect(clock.length).toBeGreaterThan(5);
    for (const value of clock) expect(value).toMatch(/T\d{2}:\d{2}[+]0[56]:00$/);
  });

  it("names each figure's group only in the article's own words, as its citations translate them", () => {
    const labelled = validDataset().events.flatMap((event) =>
      event.casualties.flatMap((casualty) =>
        casualty.groupLabel === undefined ? [] : [{ event, label: casualty.groupLabel }],
      ),
    );
    expect(labelled.map((l) => l.label)).toEqual(
      expect.arrayContaining([
        'attackers',
        'anti-government rebels',
        'demonstrators',
        'members of the security forces',
        'people',
      ]),
    );
    for (const { event, label } of labelled) {
      const translations = event.citations.map((c) => c.quote?.translation ?? '').join(' ');
      expect(translations, `${event.id}: "${label}"`).toContain(label);
    }
  });
});
