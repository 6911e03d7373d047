/**
 * Page side, on the vis-timeline page: the benchmark's filter and text search, done through
 * vis-timeline's API (it has no filter UI): replace the DataView's filter, refresh it, and time
 * from that call to the next "changed" event and a painted frame. Passed to `page.evaluate`, so
 * it stands alone (no imports at run time).
 */
import type { BenchWindow } from './benchWindow';

/** What to keep: events with a category, or events whose text contains a word. */
export interface VisFilter {
  kind: 'category' | 'search';
  value: string;
}

/** Applies the filter and resolves with the milliseconds until vis-timeline has redrawn. */
export function visFilterLatency(filter: VisFilter): Promise<number> {
  const bench = (window as BenchWindow).visBench;
  if (!bench) return Promise.reject(new Error('the vis-timeline page is not ready'));
  return new Promise((resolve) => {
    const start = performance.now();
    bench.timeline.once('changed', () => {
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
    });
    if (filter.kind === 'category') {
      bench.setFilter((event) => event.categories.some((category) => category === filter.value));
    } else {
      const needle = filter.value.toLowerCase();
      bench.setFilter((event) =>
        [
          event.title,
          event.summary,
          ...event.citations.flatMap((citation) =>
            citation.quote ? [citation.quote.original, citation.quote.translation ?? ''] : [],
          ),
        ]
          .join('\n')
          .toLowerCase()
          .includes(needle),
      );
    }
  });
}
