import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/schema';
import { makeLaterReportingDataset } from '../model/laterReportingFixture';
import { makeTestDataset } from '../model/testDataset';
import {
  langAttribute,
  localizeDataset,
  localizeDatasetSteps,
  phrasesFor,
  quotedSegments,
  textLanguage,
} from './localize';
import { STEP_ITEMS, stepsTaken } from './mainThreadSteps';

/** The test dataset with Norwegian for its title, its first event, an actor, a place and a role. */
function withNorwegian(): Dataset {
  const dataset = makeTestDataset();
  dataset.translations = { nb: { title: 'Uro i Kasakhstan (test)' } };
  dataset.quotedPhrases = { nb: ['på søndag'] };
  const [event] = dataset.events;
  const [actor] = dataset.actors;
  const [location] = dataset.locations;
  if (!event || !actor || !location) throw new Error('the test dataset is too short');
  event.translations = {
    'nb-NO': { title: 'Demonstrasjon', basis: 'Artikkelen sier «på søndag».' },
  };
  event.time = { ...event.time, basis: 'The article says "på søndag" (on Sunday).' };
  event.actors = [
    { actor: actor.id, role: 'marched', translations: { nb: { role: 'marsjerte' } } },
  ];
  actor.translations = { nb: { name: 'Regjeringen' } };
  location.translations = { nb: { name: 'Kasakhstan' } };
  return dataset;
}

function first<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error('expected an item');
  return item;
}

describe('localizeDataset', () => {
  it('gives each field in the reader’s language where the dataset has it', () => {
    const dataset = withNorwegian();
    const shown = localizeDataset(dataset, 'nb-NO');
    const event = first(shown.events);
    expect(shown.title).toBe('Uro i Kasakhstan (test)');
    expect(event.title).toBe('Demonstrasjon');
    expect(event.time.basis).toBe('Artikkelen sier «på søndag».');
    expect(first(event.actors).role).toBe('marsjerte');
    expect(first(shown.actors).name).toBe('Regjeringen');
    expect(first(shown.locations).name).toBe('Kasakhstan');
  });

  it('keeps the dataset’s own text where there is no translation, and everything else', () => {
    const dataset = withNorwegian();
    const shown = localizeDataset(dataset, 'nb');
    const event = first(shown.events);
    expect(shown.summary).toBe(dataset.summary);
    expect(event.summary).toBe(first(dataset.events).summary);
    expect(shown.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect({ ...event.time, basis: undefined }).toEqual({
      ...first(dataset.events).time,
      basis: undefined,
    });
    expect(shown.sources).toEqual(dataset.sources);
  });

  it('gives a claim its article, later and time basis in the reader’s language', () => {
    const dataset = makeLaterReportingDataset();
    const claim = (dataset.claims ?? []).find((c) => c.time !== undefined && c.article);
    if (!claim?.time) throw new Error('the fixture needs a claim with a time and article words');
    claim.time = { ...claim.time, basis: 'The decree.' };
    claim.translations = { nb: { article: 'artikkelen', later: 'senere', basis: 'Dekretet.' } };
    const shown = first(
      (localizeDataset(dataset, 'nb').claims ?? []).filter((c) => c.id === claim.id),
    );
    expect([shown.article, shown.later, shown.time?.basis]).toEqual([
      'artikkelen',
      'senere',
      'Dekretet.',
    ]);
    expect(shown.time && textLanguage(shown.time, 'basis')).toBe('nb');
    const english = first(
      (localizeDataset(dataset, 'en').claims ?? []).filter((c) => c.id === claim.id),
    );
    expect(english.time?.basis).toBe('The decree.');
  });

  it('changes nothing of the input', () => {
    const dataset = withNorwegian();
    const before = JSON.stringify(dataset);
    localizeDataset(dataset, 'nb');
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('copies only what a translation changes, and records the language of the rest', () => {
    const dataset = withNorwegian();
    const shown = localizeDataset(dataset, 'nb');
    const [translated, ...rest] = shown.events;
    expect(translated).not.toBe(first(dataset.events));
    // The events without a translation are the dataset's own objects, in the same array order.
    rest.forEach((event, i) => expect(event).toBe(dataset.events[i + 1]));
    const untouched = first(rest);
    expect(textLanguage(untouched, 'title')).toBe('en');
    expect(textLanguage(untouched.time, 'basis')).toBe('en');
    expect(langAttribute(untouched, 'summary', 'nb')).toBe('en');
    // A reader of the dataset's own language gets the same events, the dataset itself a copy;
    // with no quoted phrases there is nothing to mark, so nothing is recorded of its events.
    delete dataset.quotedPhrases;
    const english = localizeDataset(dataset, 'en');
    expect(english).not.toBe(dataset);
    expect(english.events).toBe(dataset.events);
    expect(textLanguage(english, 'title')).toBe('en');
    expect(langAttribute(first(english.events), 'title', 'en')).toBeUndefined();
  });

  it('shows the dataset’s own text to a reader of its language or of one it lacks', () => {
    const dataset = withNorwegian();
    expect(localizeDataset(dataset, 'en-GB').title).toBe(dataset.title);
    expect(first(localizeDataset(dataset, 'fr').events).title).toBe(first(dataset.events).title);
  });
});

describe('localizeDatasetSteps', () => {
  /** `withNorwegian`'s events and claims, copied under new ids until there are `count` of each. */
  function large(count: number): Dataset {
    const dataset = withNorwegian();
    const events = Array.from({ length: count }, (_, i) => ({
      ...first(dataset.events.slice(i % dataset.events.length)),
      id: `event-${i}`,
    }));
    const claim = makeLaterReportingDataset().claims?.[0];
    if (!claim) throw new Error('the later-reporting fixture has claims');
    const claims = Array.from({ length: count }, (_, i) => ({ ...claim, id: `claim-${i}` }));
    return { ...dataset, events, claims };
  }

  it('gives in steps what localizeDataset gives at once, a step per STEP_ITEMS items', () => {
    const dataset = large(STEP_ITEMS * 2 + 7);
    for (const language of ['nb', 'en']) {
      const steps = localizeDatasetSteps(dataset, language);
      const { yielded, value } = stepsTaken(steps);
      // Two full steps of events and two of claims.
      expect(yielded).toBe(4);
      const whole = localizeDataset(dataset, language);
      expect(value).toEqual(whole);
      expect(textLanguage(first(value.events), 'title')).toBe(
        textLanguage(first(whole.events), 'title'),
      );
    }
  });
});

describe('textLanguage and langAttribute', () => {
  it('say which language each shown field holds', () => {
    const shown = localizeDataset(withNorwegian(), 'nb');
    const event = first(shown.events);
    expect(textLanguage(event, 'title')).toBe('nb-NO');
    expect(textLanguage(event, 'summary')).toBe('en');
    expect(textLanguage(event.time, 'basis')).toBe('nb-NO');
    expect(textLanguage(first(event.actors), 'role')).toBe('nb');
    expect(textLanguage(shown, 'summary')).toBe('en');
  });

  it('mark only text in another language than the page’s', () => {
    const shown = localizeDataset(withNorwegian(), 'nb');
    const event = first(shown.events);
    expect(langAttribute(event, 'title', 'nb-NO')).toBeUndefined();
    expect(langAttribute(event, 'summary', 'nb-NO')).toBe('en');
    const english = first(localizeDataset(withNorwegian(), 'en-GB').events);
    expect(langAttribute(english, 'title', 'en-GB')).toBeUndefined();
  });

  it('know nothing of objects that were not localised', () => {
    expect(textLanguage(first(makeTestDataset().events), 'title')).toBeUndefined();
  });
});

describe('quotedSegments', () => {
  const phrases = { nb: ['på søndag', 'Onsdag', 'Onsdag ble han'] };

  it('cuts out each named phrase that stands in quotation marks', () => {
    expect(quotedSegments('"på søndag" ("on Sunday") and «Onsdag ble han»', phrases)).toEqual([
      { text: '"' },
      { text: 'på søndag', language: 'nb' },
      { text: '" ("on Sunday") and «' },
      { text: 'Onsdag ble han', language: 'nb' },
      { text: '»' },
    ]);
  });

  it('leaves phrases that are not in quotation marks, and text without phrases', () => {
    expect(quotedSegments('Onsdag, on Wednesday', phrases)).toEqual([
      { text: 'Onsdag, on Wednesday' },
    ]);
    expect(quotedSegments('plain', undefined)).toEqual([{ text: 'plain' }]);
  });

  it('applies to the dataset’s own text only, not to a translation', () => {
    const norwegian = first(localizeDataset(withNorwegian(), 'nb').events);
    const english = first(localizeDataset(withNorwegian(), 'en').events);
    expect(phrasesFor(norwegian.time, 'basis')).toBeUndefined();
    expect(phrasesFor(english.time, 'basis')).toEqual({ nb: ['på søndag'] });
  });
});
