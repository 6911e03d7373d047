import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeLanguage, loadLanguage } from '../i18n/i18n';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './datasetWorkerProtocol';
import { loadDatasetInWorker } from './loadInWorker';

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
