import { describe, expect, it } from 'vitest';
import { createDatasetIndex } from '../../state/datasetIndex';
import { makeTestDataset } from '../../state/testDataset';
import { layoutMarks } from './mapMarks';
import { radiusScale } from './markSize';
import { eventCountText, markLabel, nameWithLocal, shortName } from './markText';
import { mappedPlaces, tallyPlaces } from './placeAggregation';

const index = createDatasetIndex(makeTestDataset());

function marksAt(scale: number, selected: string[] = []) {
  return layoutMarks({
    tallies: tallyPlaces(mappedPlaces(index).points, index.events),
    position: (l) => [(l.coordinates?.[0] ?? 0) * scale, -(l.coordinates?.[1] ?? 0) * scale],
    radius: radiusScale(4),
    overall: () => 1,
    footprint: () => 5,
    sizing: 'events',
    locationsById: index.locationsById,
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
    expect(markLabel(almaty, 'events')).toBe(
      'Almaty (Алматы): 3 events, counting 2 places within it',
    );
  });

  it('says when the selected event is there', () => {
    const zhanaozen = marksAt(10, ['zhanaozen']).find((m) => m.placeId === 'zhanaozen');
    if (!zhanaozen) throw new Error('no Zhanaozen mark');
    expect(markLabel(zhanaozen, 'events')).toBe(
      'Zhanaozen (Жаңаөзен): 1 event; a place of the selected event',
    );
  });

  it('gives the largest figure in casualty mode, in words', () => {
    const hall = marksAt(2000).find((m) => m.placeId === 'almaty-city-hall');
    if (!hall) throw new Error('no city hall mark');
    expect(markLabel(hall, 'casualties')).toMatch(
      /^City hall \(Әкімдік\): largest casualty figure reported: .+ (killed|injured)/,
    );
    const zhanaozen = marksAt(10).find((m) => m.placeId === 'zhanaozen');
    if (zhanaozen) expect(markLabel(zhanaozen, 'casualties')).toContain('no casualty figures');
  });

  it('names a loose group by its places and says to zoom in', () => {
    const almaty = marksAt(10).find((m) => m.placeId === 'almaty');
    if (!almaty) throw new Error('no Almaty mark');
    const loose = { ...almaty, placeId: null, place: null };
    expect(markLabel(loose, 'events')).toBe(
      '3 places close together: 3 events (Almaty, City hall, Almaty International Airport); zoom in to tell them apart',
    );
  });
});
