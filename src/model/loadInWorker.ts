/**
 * The page's side of the dataset worker: one call, progress reports, one result. Where workers
 * are unavailable (old browsers, tests), the same steps run on the main thread.
 */
import type {
  DatasetProgress,
  DatasetWorkerMessage,
  DatasetWorkerRequest,
} from './datasetWorkerProtocol';
import type { ValidationResult } from './validate';
import { DOCUMENT_PATH } from './validationProblem';

/** Loads and validates a dataset off the main thread, reporting progress. Never rejects. */
export function loadDatasetInWorker(
  request: DatasetWorkerRequest,
  onProgress: (progress: DatasetProgress) => void,
  signal?: AbortSignal,
): Promise<ValidationResult> {
  if (typeof Worker === 'undefined') {
    return import('./loadDataset').then(({ loadDatasetFromUrl, parseDatasetJson }) =>
      request.kind === 'url' ? loadDatasetFromUrl(request.url) : parseDatasetJson(request.text),
    );
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
    const finish = (result: ValidationResult) => {
      worker.terminate();
      resolve(result);
    };
    signal?.addEventListener('abort', () =>
      finish({ ok: false, problems: [{ path: DOCUMENT_PATH, message: 'loading was cancelled' }] }),
    );
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.progress);
      else finish(message.result);
    };
    worker.onerror = (event) => {
      finish({
        ok: false,
        problems: [
          {
            path: DOCUMENT_PATH,
            message: `the loader stopped: ${event.message || 'unknown error'}`,
          },
        ],
      });
    };
    worker.postMessage(request);
  });
}
