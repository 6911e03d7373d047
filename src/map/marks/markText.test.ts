import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n/i18n';
import { createDatasetIndex } from '../../state/datasetIndex';
import type { MapSizing } from '../../state/viewState';
import { makeTestDataset } from '../../model/testDataset';
import { layoutMarks } from './mapMarks';
import { radiusScale } from './markSize';
import {
  eventCountText,
  figureText,
  figureWords,
  markLabel,
  nameWithLocal,
  shortName,
} from './markText';
import { indexWithKilled } from './testFigures';
import { mappedPlaces, tallyPlaces } from './placeAggregation';

const index = createDatasetIndex(makeTestDataset());
/** A scale at which the city hall has a mark of its own, apart from Republic Square. */
const ZOOMED_IN = 20_000;

function marksAt(scale: number, selected: string[] = [], on = index, sizing: MapSizing = 'events') {
  return layoutMarks({
    tallies: tallyPlaces(mappedPlaces(on).points, on.events),
    position: (l) => [(l.coordinates?.[0] ?? 0) * scale, -(l.coordinates?.[1] ?? 0) * scale],
    radius: radiusScale(4),
    overall: () => 1,
    footprint: () => 5,
    sizing,
    locationsById: on.locationsById,
    selected: new Set(selected),
    filtered: new Set(),
  });
}

describe('names', () => {
  it('drops a trailing gloss in parentheses', () => {
    expect(shortName({ name: "Almaty mayor's office (the city's main government building)" })).toBe(
      "Almaty mayor's office",
    );
    expect(shortName({ name: '(unnamed)' })).toBe('(unnamed)');
  });

  it('adds the local name when there is one', () => {
    expect(nameWithLocal({ name: 'Almaty', localName: 'Алматы' })).toBe('Almaty (Алматы)');
    expect(nameWithLocal({ name: 'Almaty' })).toBe('Almaty');
  });

  it('counts in words', () => {
    expect(eventCountText(0)).toBe('no events in view');
    expect(eventCountText(1)).toBe('1 event');
    expect(eventCountText(1200)).toBe('1,200 events');
  });
});

describe('markLabel', () => {
  it('names the place, its local name and its events, and the places it counts', () => {
    const almaty = marksAt(10).find((m) => m.placeId === 'almaty');
    if (!almaty) throw new Error('no Almaty mark');
    expect(markLabel(almaty, 'events', index)).toBe(
      'Almaty (Алматы): 5 events, counting 3 places within it',
    );
  });

  it('says when the selected event is there', () => {
    const zhanaozen = marksAt(10, ['zhanaozen']).find((m) => m.placeId === 'zhanaozen');
    if (!zhanaozen) throw new Error('no Zhanaozen mark');
    expect(markLabel(zhanaozen, 'events', index)).toBe(
      'Zhanaozen (Жаңаөзен): 1 event; a place of the selected event',
    );
  });

  it("gives the largest figure of people killed in casualty mode, its source's words first", () => {
    const killed = indexWithKilled();
    const hall = marksAt(ZOOMED_IN, [], killed, 'casualties').find(
      (m) => m.placeId === 'almaty-city-hall',
    );
    if (!hall) throw new Error('no city hall mark');
    expect(markLabel(hall, 'casualties', killed)).toBe(
      'City hall (Әкімдік): largest figure of people killed: at least three rioters — Security forces; read as: at least 3 killed',
    );
  });

  it('says when a place has no figure of people killed, even with other kinds', () => {
    // The city hall's 95 injured are not drawn on the scale of people killed.
    const hall = marksAt(ZOOMED_IN, [], index, 'casualties').find(
      (m) => m.placeId === 'almaty-city-hall',
    );
    if (!hall) throw new Error('no city hall mark');
    expect(markLabel(hall, 'casualties', index)).toBe(
      'City hall (Әкімдік): no figures of people killed in view',
    );
  });

  it('names a loose group by its places and says to zoom in', () => {
    const almaty = marksAt(10).find((m) => m.placeId === 'almaty');
    if (!almaty) throw new Error('no Almaty mark');
    const loose = { ...almaty, placeId: null, place: null };
    expect(markLabel(loose, 'events', index)).toBe(
      '4 places close together: 5 events (Almaty, Republic Square, City hall, Almaty International Airport); zoom in to tell them apart',
    );
  });
});

describe('figure words', () => {
  const killed = indexWithKilled();
  const figure = killed.events
    .flatMap((entry) => entry.event.casualties.map((casualty) => ({ entry, casualty })))
    .find((f) => f.casualty.kind === 'killed');
  if (!figure) throw new Error('fixture: no killed figure');

  it('reads a figure as a number only as a reading, with its kind', () => {
    expect(figureText(figure)).toBe('read as: at least 3 killed');
  });

  it("puts the source's words and the claimant before the reading", () => {
    expect(figureWords(figure, killed)).toBe(
      'at least three rioters — Security forces; read as: at least 3 killed',
    );
  });
});

describe('in Norwegian', () => {
  afterEach(() => loadLanguage('en'));

  it('counts events with the Norwegian plural and number format', async () => {
    await loadLanguage('nb');
    expect(eventCountText(0)).toBe('ingen hendelser i utsnittet');
    expect(eventCountText(1)).toBe('1 hendelse');
    expect(eventCountText(1200)).toMatch(/^1\s200 hendelser$/);
  });

  it('names a mark, the places it counts and the selected event in one sentence', async () => {
    await loadLanguage('nb');
    const almaty = marksAt(10, ['almaty']).find((m) => m.placeId === 'almaty');
    if (!almaty) throw new Error('no Almaty mark');
    expect(markLabel(almaty, 'events', index)).toBe(
      'Almaty (Алматы): 5 hendelser, medregnet 3 steder innenfor; et sted i den valgte hendelsen',
    );
  });
});
