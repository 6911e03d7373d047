import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeLanguage, loadLanguage } from '../i18n/i18n';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';
import { loadDatasetInWorker } from './loadInWorker';
import { DATASET_PART_SIZE } from './datasetWorkerProtocol';
import type { ReadableFile } from './loadDataset';
import { documentOf } from './testDataset';

afterEach(async () => {
  vi.unstubAllGlobals();
  vi.resetModules();
  await loadLanguage('en');
});

/** The worker's global scope, standing in for `self`: what it posts, and its message handler. */
function fakeScope() {
  const posted: DatasetWorkerMessage[] = [];
  const scope = {
    onmessage: null as ((event: MessageEvent<DatasetWorkerRequest>) => void) | null,
    postMessage: (message: DatasetWorkerMessage) => posted.push(message),
  };
  return { scope, posted };
}

/** A file too large to open, so the worker answers at once, without reading it. */
const largeFile = {
  kind: 'file',
  name: 'stor.json',
  file: { size: 2048, stream: () => new Blob().stream() },
  maxBytes: 1024,
} as const;

describe('the dataset worker writes in the page’s language', () => {
  it('loads the language the page asks for before it loads the dataset', async () => {
    const { scope, posted } = fakeScope();
    vi.stubGlobal('self', scope);
    await import('./datasetWorker');
    scope.onmessage?.(
      new MessageEvent('message', { data: { request: largeFile, language: 'nb' } }),
    );
    await vi.waitFor(() => expect(posted.some((m) => m.kind === 'failed')).toBe(true));
    const failed = posted.find((m) => m.kind === 'failed');
    expect(failed?.kind === 'failed' ? failed.failure.message : '').toBe(
      'stor.json er 2 kB, mer enn de 1 kB Chronicle åpner uten å spørre.',
    );
  });

  it('answers in English when the page reads English', async () => {
    const { scope, posted } = fakeScope();
    vi.stubGlobal('self', scope);
    await import('./datasetWorker');
    scope.onmessage?.(
      new MessageEvent('message', { data: { request: largeFile, language: 'en' } }),
    );
    await vi.waitFor(() => expect(posted.some((m) => m.kind === 'failed')).toBe(true));
    const failed = posted.find((m) => m.kind === 'failed');
    expect(failed?.kind === 'failed' ? failed.failure.message : '').toBe(
      'stor.json is 2 kB, more than the 1 kB Chronicle opens without asking.',
    );
  });

  it('is asked in the page’s active language', async () => {
    await loadLanguage('nb');
    const asked: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((event: MessageEvent<DatasetWorkerMessage>) => void) | null = null;
        onerror: ((event: ErrorEvent) => void) | null = null;
        constructor() {
          queueMicrotask(() =>
            this.onmessage?.(new MessageEvent('message', { data: { kind: 'started' } })),
          );
        }
        postMessage(message: unknown) {
          asked.push(message);
          this.onmessage?.(
            new MessageEvent('message', { data: { kind: 'invalid', problems: [] } }),
          );
        }
        terminate() {}
      },
    );
    expect(activeLanguage()).toBe('nb');
    await loadDatasetInWorker(largeFile, () => undefined);
    expect(asked).toEqual([{ request: largeFile, language: 'nb' }]);
  });
});

describe('the dataset worker sends the events ahead', () => {
  /** The test dataset with its first event written `count` times over, under new ids. */
  function documentWith(count: number): Record<string, unknown> {
    const document = documentOf();
    const [first] = document.events as Record<string, unknown>[];
    document.events = Array.from({ length: count }, (_, n) => ({ ...first, id: `event-${n}` }));
    return document;
  }

  function fileOf(document: unknown) {
    const bytes = new TextEncoder().encode(JSON.stringify(document));
    // jsdom's Blob cannot stream; a Response's body is the same kind of stream.
    const stream = (() => new Response(bytes).body) as Blob['stream'];
    const file: ReadableFile = { size: bytes.length, stream };
    return { kind: 'file', name: 'big.json', file, maxBytes: 10_000_000 } as const;
  }

  async function answerTo(document: unknown): Promise<DatasetWorkerMessage[]> {
    const { scope, posted } = fakeScope();
    vi.stubGlobal('self', scope);
    await import('./datasetWorker');
    scope.onmessage?.(
      new MessageEvent('message', { data: { request: fileOf(document), language: 'en' } }),
    );
    await vi.waitFor(
      () => expect(posted.some((m) => m.kind === 'done' || m.kind === 'invalid')).toBe(true),
      { timeout: 10_000 },
    );
    return posted.filter((m) => m.kind !== 'progress');
  }

  const eventIds = (messages: DatasetWorkerMessage[]) =>
    messages.flatMap((m) =>
      m.kind === 'part' && m.collection === 'events' ? m.items.map((event) => event.id) : [],
    );

  it('in parts as it checks them, and the rest with the dataset, each event once', async () => {
    const count = 2 * DATASET_PART_SIZE + 5;
    const messages = await answerTo(documentWith(count));
    const head = messages.findIndex((m) => m.kind === 'dataset');
    expect(eventIds(messages.slice(0, head))).toHaveLength(2 * DATASET_PART_SIZE);
    expect(eventIds(messages)).toEqual(Array.from({ length: count }, (_, n) => `event-${n}`));
    expect(messages.at(-1)?.kind).toBe('done');
  });

  it('and then says the document is invalid when something after them is wrong', async () => {
    const document = documentWith(DATASET_PART_SIZE + 1);
    document.claims = [{ id: 'c', event: 'nowhere', about: 'time', relation: 'differs' }];
    const messages = await answerTo(document);
    expect(eventIds(messages)).toHaveLength(DATASET_PART_SIZE);
    expect(messages.some((m) => m.kind === 'dataset')).toBe(false);
    expect(messages.at(-1)?.kind).toBe('invalid');
  });
});
