/**
 * The bundled dataset: valid, every reference resolves (walked here independently of the
 * validator), and every event cites the article with a Norwegian quote and its translation.
 */
import { describe, expect, it } from 'vitest';
import data from '../../data/kazakhstan-2022-01.json';
import type { Dataset } from './schema';
import { formatProblems, validateDataset } from './validate';

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

  it('cites the published article in every event', () => {
    const dataset = validDataset();
    const uncited = dataset.events
      .filter((event) => !event.citations.some((c) => c.source === dataset.published?.source))
      .map((event) => event.id);
    expect(uncited).toEqual([]);
  });

  it('quotes the Norwegian original, with a translation, in every event', () => {
    const dataset = validDataset();
    const unquoted = dataset.events
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
    const durations = validDataset()
      .events.filter((event) => 'start' in event.time)
      .map((event) => event.id);
    expect(durations).toEqual([
      'nazarbayev-keeps-security-role',
      'protests-spread-to-political-demands',
    ]);
  });

  it('gives every event the article does not date its bounds, not a day', () => {
    const dataset = validDataset();
    const byThursday = dataset.events.filter(
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
