import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeTestDataset } from './testDataset';
import type { Dataset } from './schema';
import { DATASET_SIZE_LIMIT_BYTES, STALL_TIMEOUT_MS } from './loadLimits';
import { loadDatasetInWorker } from './loadInWorker';
import type { DatasetWorkerMessage } from './datasetWorkerProtocol';

const request = {
  kind: 'url',
  url: 'http://localhost:3000/x.json',
  maxBytes: DATASET_SIZE_LIMIT_BYTES,
} as const;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The worker's head message for the test dataset, with the counts it gives. */
function headOf(
  head: Omit<Dataset, 'events' | 'actors' | 'locations' | 'sources'>,
  counts: { events: number; actors: number; locations: number; sources: number },
): DatasetWorkerMessage {
  return { kind: 'dataset', head, finalUrl: null, warnings: [], imported: null, counts };
}

/** What a load of the test dataset through the worker gives. */
const readyTestDataset = () => ({
  status: 'ready',
  dataset: makeTestDataset(),
  finalUrl: null,
  warnings: [],
  imported: null,
});

/** A stand-in Worker that answers with `script` once it receives the request. */
function fakeWorker(script: (worker: { send: (m: DatasetWorkerMessage) => void }) => void) {
  return class {
    onmessage: ((event: MessageEvent<DatasetWorkerMessage>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    terminated = false;
    constructor() {
      queueMicrotask(() => this.send({ kind: 'started' }));
    }
    send(message: DatasetWorkerMessage) {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data: message }));
    }
    postMessage() {
      script(this);
    }
    terminate() {
      this.terminated = true;
    }
  };
}

describe('loadDatasetInWorker', () => {
  it('falls back to loading on the page when the Worker constructor throws (Trusted Types)', async () => {
    vi.stubGlobal('Worker', function ThrowingWorker() {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    });
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(makeTestDataset()))));
    const result = await loadDatasetInWorker(request, () => undefined);
    expect(result).toEqual({
      status: 'ready',
      dataset: makeTestDataset(),
      finalUrl: request.url,
      warnings: [],
      imported: null,
    });
  });

  it('falls back when the worker’s script never starts', async () => {
    vi.stubGlobal(
      'Worker',
      class {
        onerror: ((event: Event) => void) | null = null;
        constructor() {
          queueMicrotask(() => this.onerror?.(new Event('error', { cancelable: true })));
        }
        postMessage() {}
        terminate() {}
      },
    );
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(JSON.stringify(makeTestDataset()))));
    const result = await loadDatasetInWorker(request, () => undefined);
    expect(result.status).toBe('ready');
  });

  it('puts the dataset back together from its parts', async () => {
    const { events, actors, locations, sources, ...head } = makeTestDataset();
    vi.stubGlobal(
      'Worker',
      fakeWorker((worker) => {
        worker.send(
          headOf(head, {
            events: events.length,
            actors: actors.length,
            locations: locations.length,
            sources: sources.length,
          }),
        );
        worker.send({ kind: 'part', collection: 'actors', items: actors });
        worker.send({ kind: 'part', collection: 'locations', items: locations });
        worker.send({ kind: 'part', collection: 'sources', items: sources });
        worker.send({ kind: 'part', collection: 'events', items: events.slice(0, 1) });
        worker.send({ kind: 'part', collection: 'events', items: events.slice(1) });
        worker.send({ kind: 'done' });
      }),
    );
    const progress: number[] = [];
    const result = await loadDatasetInWorker(request, (p) => progress.push(p.loaded));
    expect(result).toEqual(readyTestDataset());
    expect(progress).toEqual([0, 1, events.length]);
  });

  it('takes in events sent ahead of the dataset, while the worker still checks the rest', async () => {
    const { events, actors, locations, sources, ...head } = makeTestDataset();
    vi.stubGlobal(
      'Worker',
      fakeWorker((worker) => {
        worker.send({ kind: 'part', collection: 'events', items: events.slice(0, 2) });
        worker.send({ kind: 'part', collection: 'events', items: events.slice(2, 4) });
        worker.send(headOf(head, { events: events.length, actors: 0, locations: 0, sources: 0 }));
        worker.send({ kind: 'part', collection: 'actors', items: actors });
        worker.send({ kind: 'part', collection: 'locations', items: locations });
        worker.send({ kind: 'part', collection: 'sources', items: sources });
        worker.send({ kind: 'part', collection: 'events', items: events.slice(4) });
        worker.send({ kind: 'done' });
      }),
    );
    const progress: number[] = [];
    const result = await loadDatasetInWorker(request, (p) => progress.push(p.loaded));
    expect(result).toEqual(readyTestDataset());
    // Progress counts from the dataset's message on, with the events that came ahead in it.
    expect(progress).toEqual([4, events.length]);
  });

  it('drops the events sent ahead when the document turns out invalid', async () => {
    const { events } = makeTestDataset();
    const problems = [{ path: 'claims[0].event', message: 'No event has the id "x".' }];
    vi.stubGlobal(
      'Worker',
      fakeWorker((worker) => {
        worker.send({ kind: 'part', collection: 'events', items: events.slice(0, 2) });
        worker.send({ kind: 'invalid', problems });
      }),
    );
    expect(await loadDatasetInWorker(request, () => undefined)).toEqual({
      status: 'invalid',
      problems,
    });
  });

  it('gives up on a server that sends nothing for the stall timeout, and not before', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'Worker',
      fakeWorker((worker) =>
        worker.send({
          kind: 'progress',
          progress: { phase: 'connecting', loaded: 0, total: null },
        }),
      ),
    );
    let result: unknown = null;
    void loadDatasetInWorker(request, () => undefined).then((r) => (result = r));
    await vi.advanceTimersByTimeAsync(STALL_TIMEOUT_MS - 1_000);
    expect(result).toBeNull();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(result).toEqual({
      status: 'failed',
      failure: { kind: 'timeout', message: 'localhost:3000 has sent nothing for 30 seconds.' },
    });
  });

  it('resolves as cancelled when aborted', async () => {
    vi.stubGlobal(
      'Worker',
      fakeWorker(() => undefined),
    );
    const controller = new AbortController();
    const loading = loadDatasetInWorker(request, () => undefined, controller.signal);
    controller.abort();
    await expect(loading).resolves.toMatchObject({
      status: 'failed',
      failure: { kind: 'cancelled' },
    });
  });
});
