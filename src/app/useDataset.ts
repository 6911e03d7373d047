import { useCallback, useEffect, useState } from 'react';
import type { DatasetProgress } from '../model/datasetWorkerProtocol';
import { loadDatasetInWorker } from '../model/loadInWorker';
import type { Dataset } from '../model/schema';
import type { ValidationProblem } from '../model/validate';
import { DOCUMENT_PATH } from '../model/validationProblem';
import { readDatasetParam, resolveDatasetUrl } from '../state/datasetParam';
import { navigateToDataset, useLocationSearch } from '../state/useViewState';

/** Where the dataset comes from: the bundled story, a link's `?data=`, or a file the reader chose. */
export type DatasetSource =
  { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'file'; name: string; text: string };

/** Where a dataset is in its loading. */
export type DatasetLoad =
  | { status: 'loading'; source: DatasetSource; progress: DatasetProgress | null }
  | { status: 'ready'; source: DatasetSource; dataset: Dataset }
  | { status: 'invalid'; source: DatasetSource; problems: ValidationProblem[] };

function sourceKey(source: DatasetSource): string {
  return source.kind === 'bundled'
    ? 'bundled'
    : source.kind === 'url'
      ? `url:${source.url}`
      : `file:${source.name}`;
}

async function loadBundled(): Promise<
  { ok: true; dataset: Dataset } | { ok: false; problems: ValidationProblem[] }
> {
  try {
    // The validator (and its schema library) loads with the data, not with the page.
    const [data, { validateDataset }] = await Promise.all([
      import('../../data/kazakhstan-2022-01.json'),
      import('../model/validate'),
    ]);
    return validateDataset(data.default);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ path: DOCUMENT_PATH, message: `the dataset could not be loaded: ${message}` }],
    };
  }
}

/**
 * Loads the dataset the page should show, through the validator: the link's `?data=` address in a
 * worker (with progress), a file the reader picked or dropped, or else the bundled story.
 * Marks `chronicle:dataset-parsed` for the benchmark when a dataset has been accepted.
 */
export function useDataset(): [DatasetLoad, (name: string, text: string) => void] {
  const search = useLocationSearch();
  const dataParam = readDatasetParam(search);
  // A picked file shows while the URL names no other dataset (back/forward may bring it back).
  const [picked, setPicked] = useState<DatasetSource | null>(null);
  const source: DatasetSource =
    dataParam !== null ? { kind: 'url', url: dataParam } : (picked ?? { kind: 'bundled' });
  const key = sourceKey(source);
  const [load, setLoad] = useState<DatasetLoad>({ status: 'loading', source, progress: null });
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setLoad({ status: 'loading', source, progress: null });
  }

  useEffect(() => {
    const controller = new AbortController();
    const done = (
      result: { ok: true; dataset: Dataset } | { ok: false; problems: ValidationProblem[] },
    ) => {
      if (controller.signal.aborted) return;
      if (result.ok) performance.mark('chronicle:dataset-parsed');
      setLoad(
        result.ok
          ? { status: 'ready', source, dataset: result.dataset }
          : { status: 'invalid', source, problems: result.problems },
      );
    };
    const onProgress = (progress: DatasetProgress) => {
      if (!controller.signal.aborted) setLoad({ status: 'loading', source, progress });
    };
    if (source.kind === 'bundled') {
      void loadBundled().then(done);
    } else if (source.kind === 'file') {
      void loadDatasetInWorker({ kind: 'text', text: source.text }, onProgress).then(done);
    } else {
      const resolved = resolveDatasetUrl(source.url, window.location.href);
      if (resolved.ok) {
        void loadDatasetInWorker(
          { kind: 'url', url: resolved.url },
          onProgress,
          controller.signal,
        ).then(done);
      } else {
        done({ ok: false, problems: [{ path: 'data', message: resolved.message }] });
      }
    }
    return () => controller.abort();
    // `key` names the source; the source object itself is rebuilt every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the source's identity
  }, [key]);

  const openFile = useCallback((name: string, text: string) => {
    // A file has no address: start from a clean link so nothing points at the old dataset.
    if (window.location.search !== '') navigateToDataset(null);
    setPicked({ kind: 'file', name, text });
  }, []);

  return [load, openFile];
}
