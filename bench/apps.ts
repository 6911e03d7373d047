/**
 * The two timelines under test, and how the benchmark drives each: where it lives, which marks
 * time its load, where the gesture goes, and how a filter and a text search are applied.
 */
import type { Page } from '@playwright/test';
import { percentile } from '../scripts/benchStats';
import {
  type LoadMarks,
  ourFilterLatencies,
  ourSearchLatencies,
  SEARCH_WORDS,
  visLatency,
} from './pageActions';

/** The word typed into the search (it matches the events at airports, in every dataset size). */
export const SEARCH_WORD = 'airport';
/** The category vis-timeline filters on: the first in the app's Category facet. */
export const FILTER_CATEGORY = 'protest';

/** A timed update (the p95 of several), with every sample and a note on what exactly was done. */
export interface TimedUpdate {
  latency: number;
  samples: number[];
  note: string;
}

/** One timeline under test. */
export interface BenchApp {
  key: 'ours' | 'vis';
  name: string;
  url: (origin: string, dataPath: string) => string;
  marks: LoadMarks;
  /** The mark set when search is ready after the first paint (ours: the index built), or null. */
  searchReadyMark: string | null;
  gestureTarget: string;
  filter: (page: Page, timeoutMs: number) => Promise<TimedUpdate>;
  search: (page: Page, timeoutMs: number) => Promise<TimedUpdate>;
}

/** Chronicle's production build, loading the dataset through `?data=`. */
export const OUR_APP: BenchApp = {
  key: 'ours',
  name: 'Chronicle',
  url: (origin, dataPath) => `${origin}/app/?data=${dataPath}`,
  marks: { parsed: 'chronicle:dataset-parsed', paint: 'chronicle:first-paint' },
  searchReadyMark: 'chronicle:search-ready',
  gestureTarget: '.timeline__viewport',
  filter: async (page, timeoutMs) => {
    const { latencies, labels } = await ourFilterLatencies(page, timeoutMs);
    return {
      latency: percentile(latencies, 95) ?? NaN,
      samples: latencies,
      note: `clicked the Category checkboxes ${labels.map((l) => `"${l}"`).join(', ')} on, then off`,
    };
  },
  search: async (page, timeoutMs) => {
    const latencies = await ourSearchLatencies(page, timeoutMs);
    return {
      latency: percentile(latencies, 95) ?? NaN,
      samples: latencies,
      note: `typed ${SEARCH_WORDS.map((w) => `"${w}"`).join(', ')} in Search, each then Enter`,
    };
  },
};

/** vis-timeline 8 (standalone build) on bench/vis/index.html, filtered through its API. */
export const VIS_APP: BenchApp = {
  key: 'vis',
  name: 'vis-timeline',
  url: (origin, dataPath) => `${origin}/vis/?data=${dataPath}`,
  marks: { parsed: 'vis:dataset-parsed', paint: 'vis:first-paint' },
  searchReadyMark: null,
  gestureTarget: '.vis-timeline',
  filter: async (page, timeoutMs) => {
    const latency = await visLatency(page, { kind: 'category', value: FILTER_CATEGORY }, timeoutMs);
    return {
      latency,
      samples: [latency],
      note: `API: DataView filter to category "${FILTER_CATEGORY}", refresh(), until "changed" + paint`,
    };
  },
  search: async (page, timeoutMs) => {
    const latency = await visLatency(page, { kind: 'search', value: SEARCH_WORD }, timeoutMs);
    return {
      latency,
      samples: [latency],
      note: `API: DataView filter to "${SEARCH_WORD}" in title, summary or quotes, until "changed" + paint`,
    };
  },
};
