import { describe, expect, it } from 'vitest';
import { inLanguage } from '../i18n/inLanguage';
import {
  channelsText,
  describeCount,
  drawingText,
  groupText,
  orMoreText,
  readingText,
  type FigureNames,
} from './casualties';
import { joinNames } from './reportingChain';
import type { Casualty, CasualtyCount } from './schema';

const count = (min: number, max: number | null, approximate = false): CasualtyCount => ({
  min,
  max,
  approximate,
  text: 'dusinvis',
});
const NO_NAMES: FigureNames = { actorsById: new Map(), sourcesById: new Map() };
/** Norwegian groups thousands with a (no-break) space: "1 000". */
const space = (text: string) => text.replace(/\s/gu, ' ');

inLanguage('nb');

describe('casualty wording in Norwegian', () => {
  it('reads every kind of count in words, with Norwegian numbers', () => {
    expect(describeCount(count(8, 8))).toBe('8');
    expect(space(describeCount(count(1000, 1000, true)))).toBe('omkring 1 000');
    expect(describeCount(count(24, null))).toBe('minst 24');
    expect(describeCount(count(24, null, true))).toBe('omkring 24 eller flere');
    expect(describeCount(count(10, 19))).toBe('10 til 19');
    expect(describeCount(count(10, 19, true))).toBe('omkring 10 til 19');
  });

  it('marks a reading as one, with the kind after it', () => {
    expect(readingText(count(24, null))).toBe('lest som: minst 24');
    expect(readingText(count(8, 8), 'killed')).toBe('lest som: 8 drepte');
  });

  it('describes the drawing and the open end', () => {
    expect(drawingText(count(24, null, true))).toBe(
      'et punkt ved omkring 24 og en pil: eller flere',
    );
    expect(drawingText(count(10, 19))).toBe('en linje fra 10 til 19');
    expect(orMoreText()).toBe('eller flere');
  });

  it('names an unspecified group and the channels, with Norwegian lists', () => {
    const casualty: Casualty = {
      kind: 'killed',
      group: 'unspecified',
      count: count(8, 8),
      asOf: '2022-01-05',
      claimedBy: null,
      sources: ['wire'],
    };
    expect(groupText(casualty, NO_NAMES)).toBe('gruppe ikke oppgitt');
    expect(joinNames(['Interfax', 'TASS', 'RIA Novosti'])).toBe('Interfax, TASS og RIA Novosti');
    expect(channelsText({ chain: ['Interfax', 'Resett'], also: ['BBC', 'NRK'] })).toBe(
      'via Interfax, deretter Resett; også i BBC og NRK',
    );
  });
});
