/**
 * The page's side of the dataset worker: one call, progress reports, one result. The worker is
 * created through a Trusted Types policy that admits only its own script. Where no worker can
 * start (old browsers, tests, a constructor that throws, a script that fails to load), the same
 * steps run on the page. A server that sends nothing for `STALL_TIMEOUT_MS` ends the load.
 */
import workerUrl from './datasetWorker.ts?worker&url';
import type {
  DatasetCollection,
  DatasetWorkerMessage,
  DatasetWorkerRequest,
} from './datasetWorkerProtocol';
import { activeLanguage, t } from '../i18n/i18n';
import type { DatasetLoadResult, DatasetProgress, DatasetRequest } from './loadDataset';
import { STALL_TIMEOUT_MS } from './loadLimits';
import { createStringPool } from './stringPool';
import type { ImportReport } from '../formats/importTypes';
import type { Dataset } from './schema';
import type { ValidationWarning } from './validationProblem';

/**
 * The part of the Trusted Types API used here (TypeScript's DOM types do not have it yet). The
 * policy's value stands for the URL wherever the DOM takes a script URL.
 */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL: (url: string) => string };
}

/** The policy's name, listed in the page's `trusted-types` directive (index.html). */
export const WORKER_POLICY = 'chronicle-worker';

let policy: { createScriptURL: (url: string) => string } | null | undefined;

/** The worker's script URL, as the page's Trusted Types policy admits it (when the browser has one). */
function trustedWorkerUrl(): string {
  const factory = (globalThis as { trustedTypes?: ScriptUrlPolicyFactory }).trustedTypes;
  if (factory === undefined) return new URL(workerUrl, location.href).href;
  policy ??= factory.createPolicy(WORKER_POLICY, {
    createScriptURL: (url) => {
      const own = new URL(workerUrl, location.href);
      if (new URL(url, location.href).href !== own.href) {
        throw new TypeError(`${WORKER_POLICY} admits only the dataset worker's own script`);
      }
      return own.href;
    },
  });
  return policy.createScriptURL(workerUrl);
}

/** A worker for the dataset, or null when none can start here. */
function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(trustedWorkerUrl(), { type: 'module' });
  } catch {
    // Trusted Types without our policy, a CSP that forbids it, or any other refusal.
    return null;
  }
}

function hostOf(request: DatasetRequest): string {
  if (request.kind === 'file') return request.name;
  try {
    return new URL(request.url).host;
  } catch {
    return t('load.theServer');
  }
}

/** The same steps on the page, for where no worker can start. */
async function loadOnPage(
  request: DatasetRequest,
  onProgress: (progress: DatasetProgress) => void,
  signal: AbortSignal,
): Promise<DatasetLoadResult> {
  try {
    const { loadDataset } = await import('./loadDataset');
    return await loadDataset(request, { onProgress, signal });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      failure: {
        kind: 'unreachable',
        message: t('load.readerMissing', { reason }),
      },
    };
  }
}

/** Collects the worker's answer: the dataset in parts, the problems, or the failure. */
function receive(
  worker: Worker,
  onProgress: (progress: DatasetProgress) => void,
  onStarted: () => void,
  onNoStart: () => void,
): Promise<DatasetLoadResult> {
  return new Promise((resolve) => {
    let started = false;
    let dataset: Dataset | null = null;
    let finalUrl: string | null = null;
    let warnings: ValidationWarning[] = [];
    let imported: ImportReport | null = null;
    let expected = 0;
    // Events may come ahead of the dataset's head, while the worker still checks the document.
    const lists: Pick<Dataset, DatasetCollection> = {
      actors: [],
      locations: [],
      sources: [],
      events: [],
    };
    // Equal strings in the parts (ids, categories, roles, recurring notes) kept once.
    let share = createStringPool();
    const receiving = () => {
      if (dataset !== null) {
        onProgress({ phase: 'receiving', loaded: lists.events.length, total: expected });
      }
    };
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      switch (message.kind) {
        case 'started':
          started = true;
          onStarted();
          return;
        case 'progress':
          onProgress(message.progress);
          return;
        case 'dataset':
          dataset = { ...share(message.head), ...lists };
          finalUrl = message.finalUrl;
          warnings = message.warnings;
          imported = message.imported;
          expected = message.counts.events;
          receiving();
          return;
        case 'part':
          switch (message.collection) {
            case 'actors':
              lists.actors.push(...share(message.items));
              break;
            case 'locations':
              lists.locations.push(...share(message.items));
              break;
            case 'sources':
              lists.sources.push(...share(message.items));
              break;
            case 'events':
              lists.events.push(...share(message.items));
              receiving();
              break;
          }
          return;
        case 'done':
          share = createStringPool(); // lets go of the strings it holds
          if (dataset !== null) resolve({ status: 'ready', dataset, finalUrl, warnings, imported });
          return;
        case 'invalid':
          resolve({ status: 'invalid', problems: message.problems });
          return;
        case 'failed':
          resolve({ status: 'failed', failure: message.failure });
          return;
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      if (!started) {
        onNoStart();
        return;
      }
      resolve({
        status: 'failed',
        failure: {
          kind: 'unreadable',
          message: t('load.readerStopped', { reason: event.message || t('load.noReason') }),
        },
      });
    };
  });
}

/**
 * Loads and validates a dataset off the main thread, reporting progress. Never rejects: a
 * cancelled load (through `signal`) resolves as failed with kind `cancelled`.
 */
export function loadDatasetInWorker(
  request: DatasetRequest,
  onProgress: (progress: DatasetProgress) => void,
  signal?: AbortSignal,
): Promise<DatasetLoadResult> {
  const stop = new AbortController();
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return new Promise<DatasetLoadResult>((resolve) => {
    let settled = false;
    const finish = (result: DatasetLoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker?.terminate();
      stop.abort();
      resolve(result);
    };
    // Armed while waiting for the network; a server that sends nothing for too long ends it.
    const watch = (phase: DatasetProgress['phase']) => {
      clearTimeout(timer);
      if (request.kind !== 'url' || (phase !== 'connecting' && phase !== 'downloading')) return;
      timer = setTimeout(() => {
        finish({
          status: 'failed',
          failure: {
            kind: 'timeout',
            message: t('load.stalled', { host: hostOf(request), seconds: STALL_TIMEOUT_MS / 1000 }),
          },
        });
      }, STALL_TIMEOUT_MS);
    };
    const progress = (p: DatasetProgress) => {
      if (settled) return;
      watch(p.phase);
      onProgress(p);
    };
    const cancelled = () =>
      finish({ status: 'failed', failure: { kind: 'cancelled', message: t('load.stopped') } });
    if (signal?.aborted) {
      cancelled();
      return;
    }
    signal?.addEventListener('abort', cancelled);
    watch('connecting');

    const onPage = () => {
      worker?.terminate();
      worker = null;
      void loadOnPage(request, progress, stop.signal).then(finish);
    };
    worker = startWorker();
    if (worker === null) {
      onPage();
      return;
    }
    const started = worker;
    const ask: DatasetWorkerRequest = { request, language: activeLanguage() };
    void receive(started, progress, () => started.postMessage(ask), onPage).then(finish);
  });
}
