/**
 * `npm run bench:search -- [--events 100000]`: the search index against a scan and two kept
 * libraries (MiniSearch, FlexSearch), in Node, on the generated dataset (seed 1): build time,
 * memory kept, time per query, and whether each gives exactly the events the scan gives (the
 * semantics the app's search tests pin: every term a substring of the normalised text). Prints
 * the figures; asserts nothing. Run with `--expose-gc` (the npm script does) for the memory.
 */
import { parseArgs } from 'node:util';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { generateDataset } from '../scripts/generateDataset';
import { createDatasetIndex } from '../src/state/datasetIndex';
import { createSearchIndex } from '../src/state/searchIndex';
import { matchesAllTerms, searchTerms } from '../src/state/searchText';

const QUERIES = ['airport', 'port', 'almaty police', 'prot', 'a', 'city-hall'];
const REPEATS = 5;

interface Contender {
  name: string;
  build: (texts: readonly string[]) => (terms: readonly string[]) => Set<number>;
}

function memory(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const CONTENDERS: Contender[] = [
  {
    name: 'scan (before)',
    build: (texts) => (terms) =>
      new Set(texts.flatMap((text, order) => (matchesAllTerms(text, terms) ? [order] : []))),
  },
  {
    name: 'own word index',
    build: (texts) => {
      const index = createSearchIndex(texts);
      return (terms) => {
        const mask = index.match(terms);
        const found = new Set<number>();
        mask.forEach((hit, order) => hit === 1 && found.add(order));
        return found;
      };
    },
  },
  {
    name: 'MiniSearch 7 (prefix, AND)',
    build: (texts) => {
      const mini = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      mini.addAll(texts.map((text, id) => ({ id, text })));
      return (terms) =>
        new Set(
          mini
            .search(terms.join(' '), { prefix: true, combineWith: 'AND' })
            .map((r) => Number(r.id)),
        );
    },
  },
  {
    name: 'FlexSearch 0.8 (forward)',
    build: (texts) => {
      const flex = new FlexSearch.Index({ tokenize: 'forward' });
      texts.forEach((text, id) => flex.add(id, text));
      return (terms) =>
        new Set(flex.search(terms.join(' '), { limit: texts.length }).map((id) => Number(id)));
    },
  },
  {
    name: 'FlexSearch 0.8 (full: infixes)',
    build: (texts) => {
      const flex = new FlexSearch.Index({ tokenize: 'full' });
      texts.forEach((text, id) => flex.add(id, text));
      return (terms) =>
        new Set(flex.search(terms.join(' '), { limit: texts.length }).map((id) => Number(id)));
    },
  },
];

function main(): void {
  const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } });
  const events = Number(values.events);
  const index = createDatasetIndex(generateDataset({ events, seed: 1 }));
  const texts = time(() => index.searchTexts());
  console.log(
    `${events.toLocaleString('en-US')} events; normalised search texts made in ${texts.ms.toFixed(0)} ms ` +
      `(${(texts.value.reduce((n, t) => n + t.length, 0) / 1e6).toFixed(1)} M characters)\n`,
  );
  const truth = new Map(
    QUERIES.map((q) => {
      const terms = searchTerms(q);
      return [q, new Set(texts.value.flatMap((t, o) => (matchesAllTerms(t, terms) ? [o] : [])))];
    }),
  );
  for (const contender of CONTENDERS) {
    const before = memory();
    let built: { value: (terms: readonly string[]) => Set<number>; ms: number } | undefined;
    try {
      built = time(() => contender.build(texts.value));
    } catch (error) {
      console.log(`${contender.name}: failed to build (${String(error)})\n`);
      continue;
    }
    const kept = memory() - before;
    const search = built.value;
    console.log(
      `${contender.name}: built in ${built.ms.toFixed(0)} ms, keeps ${(kept / 1e6).toFixed(1)} MB`,
    );
    for (const query of QUERIES) {
      const terms = searchTerms(query);
      let found = new Set<number>();
      const times: number[] = [];
      for (let i = 0; i < REPEATS; i += 1) {
        const run = time(() => search(terms));
        found = run.value;
        times.push(run.ms);
      }
      const expected = truth.get(query) ?? new Set<number>();
      const missing = [...expected].filter((o) => !found.has(o)).length;
      const extra = [...found].filter((o) => !expected.has(o)).length;
      const same = missing === 0 && extra === 0;
      times.sort((a, b) => a - b);
      console.log(
        `  "${query}": ${(times[Math.floor(REPEATS / 2)] ?? 0).toFixed(1)} ms (median of ${REPEATS}), ` +
          `${found.size} found, ${same ? 'same as the scan' : `${missing} missing, ${extra} extra`}`,
      );
    }
    console.log('');
    built = undefined;
  }
}

main();
