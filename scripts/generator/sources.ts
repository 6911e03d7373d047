/**
 * The generated sources: a handful of made-up outlets of every kind, in four languages, and the
 * reporting chains ("via") through which claims reach the main report.
 */
import type { Source } from '../../src/model/schema';

/** The source the generated story is published in; it is cited most. */
export const MAIN_SOURCE = 'central-asia-chronicle';

/** The generated story's sources. */
export const SOURCES: readonly Source[] = [
  {
    id: MAIN_SOURCE,
    name: 'Central Asia Chronicle: two years of unrest',
    kind: 'newspaper',
    url: 'https://chronicle.example.org/unrest-2021-2023',
    author: 'Generated desk',
    date: '2024-01-15',
    language: 'en',
  },
  {
    id: 'steppe-wire',
    name: 'Steppe Wire Service',
    kind: 'news-agency',
    url: 'https://steppewire.example.com',
    language: 'en',
  },
  {
    id: 'eurasia-news-agency',
    name: 'Eurasia News Agency',
    kind: 'news-agency',
    url: 'https://eurasia-news.example.net',
    language: 'ru',
  },
  { id: 'national-tv-24', name: 'National TV 24', kind: 'broadcaster', language: 'kk' },
  {
    id: 'city-now-telegram',
    name: 'Telegram channel "City Now"',
    kind: 'social-media',
    author: '@citynow',
    url: 'https://t.example.org/citynow',
    language: 'ru',
  },
  {
    id: 'interior-ministry-press',
    name: 'Interior ministry press service',
    kind: 'official',
    language: 'ru',
  },
  {
    id: 'health-ministry-briefing',
    name: 'Health ministry briefing',
    kind: 'official',
    language: 'ru',
  },
  {
    id: 'nordlys-avis',
    name: 'Nordlys Avis',
    kind: 'newspaper',
    url: 'https://nordlys.example.no',
    language: 'nb',
    date: '2022-01',
  },
  { id: 'court-records', name: 'Court records', kind: 'other', language: 'ru' },
];

/** Citation chains, origin first, through which a claim reaches the source that is cited. */
export const VIA_CHAINS: readonly { source: string; via: string[] }[] = [
  { source: MAIN_SOURCE, via: ['interior-ministry-press', 'eurasia-news-agency'] },
  { source: MAIN_SOURCE, via: ['health-ministry-briefing'] },
  { source: MAIN_SOURCE, via: ['city-now-telegram'] },
  { source: 'nordlys-avis', via: ['steppe-wire'] },
  {
    source: 'nordlys-avis',
    via: ['interior-ministry-press', 'eurasia-news-agency', 'steppe-wire'],
  },
  { source: 'steppe-wire', via: ['national-tv-24'] },
];
