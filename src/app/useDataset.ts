import {
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type { ImportOptions, ImportReport } from '../formats/importTypes';
import { t } from '../i18n/i18n';
import type { DatasetProgress, LoadFailure } from '../model/loadDataset';
import { DATASET_SIZE_LIMIT_BYTES } from '../model/loadLimits';
import { loadDatasetInWorker } from '../model/loadInWorker';
import type { Dataset } from '../model/schema';
import {
  DOCUMENT_PATH,
  type ValidationProblem,
  type ValidationResult,
  type ValidationWarning,
} from '../model/validationProblem';
import { addressProvenance, type DataProvenance } from '../state/dataProvenance';
import { readDatasetParam, resolveDatasetUrl } from '../state/datasetParam';
import { navigateToDataset, useLocationSearch } from '../state/useViewState';
import { allowDataOrigin, isDataOriginAllowed } from './allowedDataHosts';
import { addressOpenings, subscribeToOpenings } from './datasetOpenings';

/** Where the dataset comes from: the bundled story, a link's `?data=`, or a file the reader chose. */
export type DatasetSource =
  { kind: 'bundled' } | { kind: 'url'; url: string } | { kind: 'file'; file: File; name: string };

/** Where a dataset is in its loading. */
export type DatasetLoad =
  /** A link names a dataset on another site the reader has not agreed to load from. */
  | { status: 'confirm'; source: DatasetSource; origin: string; host: string }
  | { status: 'loading'; source: DatasetSource; progress: DatasetProgress | null }
  | {
      status: 'ready';
      source: DatasetSource;
      dataset: Dataset;
      warnings: ValidationWarning[];
      provenance: DataProvenance;
      /** What the import did, when the file was in another format and the reader accepted it. */
      imported: ImportReport | null;
    }
  /** A file in another format, imported and shown for the reader to accept before it loads. */
  | {
      status: 'preview';
      source: DatasetSource;
      dataset: Dataset;
      warnings: ValidationWarning[];
      provenance: DataProvenance;
      report: ImportReport;
    }
  | { status: 'invalid'; source: DatasetSource; problems: ValidationProblem[] }
  | { status: 'failed'; source: DatasetSource; failure: LoadFailure };

/** What the reader can do about the load. */
export interface DatasetActions {
  /** Opens a file the reader picked or dropped (a new opening, even under the same name). */
  openFile: (file: File) => void;
  /** Loads the same source again. */
  retry: () => void;
  /** Stops the load under way. */
  cancel: () => void;
  /** Loads the other site's dataset the link names, and remembers the site. */
  confirm: () => void;
  /** Loads the same source again with a larger size limit. */
  loadAnyway: (maxBytes: number) => void;
  /** Shows the previewed import. */
  acceptImport: () => void;
  /** Imports the same source again with other choices (format, columns, time zone). */
  reimport: (options: ImportOptions) => void;
}

async function loadBundled(): Promise<ValidationResult> {
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
      problems: [{ path: DOCUMENT_PATH, message: t('problems.notLoaded', { message }) }],
    };
  }
}

/** A name for the source in sentences: "the timeline", the address, or the file's name. */
export function sourceName(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return t('app.source.bundled');
    case 'url':
      return source.url;
    case 'file':
      return source.name;
  }
}

/**
 * Loads the dataset the page should show, through the validator: the link's `?data=` address or
 * a file the reader picked or dropped, in a worker with progress, or else the bundled story. A
 * link to another site's dataset first asks the reader (once per site). Each opening is a load of
 * its own: a file picked again under the same name, or an address opened again, is read again.
 * Marks `chronicle:dataset-parsed` for the benchmark when a dataset has been accepted.
 */
export function useDataset(): [DatasetLoad, DatasetActions] {
  const search = useLocationSearch();
  const dataParam = readDatasetParam(search);
  const openings = useSyncExternalStore(subscribeToOpenings, addressOpenings);
  // A picked file shows while the URL names no other dataset (back/forward may bring it back).
  const [picked, setPicked] = useState<{ file: File; opening: number } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [limit, setLimit] = useState<{ key: string; maxBytes: number } | null>(null);
  const [choices, setChoices] = useState<{ key: string; options: ImportOptions } | null>(null);

  const source = useMemo<DatasetSource>(
    () =>
      dataParam !== null
        ? { kind: 'url', url: dataParam }
        : picked
          ? { kind: 'file', file: picked.file, name: picked.file.name }
          : { kind: 'bundled' },
    [dataParam, picked],
  );
  const sourceKey =
    source.kind === 'bundled'
      ? 'bundled'
      : source.kind === 'url'
        ? `url:${openings}:${source.url}`
        : `file:${picked?.opening ?? 0}`;
  const maxBytes = limit?.key === sourceKey ? limit.maxBytes : DATASET_SIZE_LIMIT_BYTES;
  const importOptions = choices?.key === sourceKey ? choices.options : undefined;
  const key = `${sourceKey}#${attempt}#${maxBytes}#${JSON.stringify(importOptions ?? null)}`;

  const [load, setLoad] = useState<DatasetLoad>({ status: 'loading', source, progress: null });
  const [loadedKey, setLoadedKey] = useState<string | null>(null);
  if (loadedKey !== key) {
    setLoadedKey(key);
    setLoad({ status: 'loading', source, progress: null });
  }
  const current = useRef<{ source: DatasetSource; controller: AbortController } | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    current.current = { source, controller };
    const show = (next: DatasetLoad) => {
      if (!controller.signal.aborted) setLoad(next);
    };
    const onProgress = (progress: DatasetProgress) => show({ status: 'loading', source, progress });
    const ready = (
      dataset: Dataset,
      warnings: ValidationWarning[],
      provenance: DataProvenance,
      report: ImportReport | null,
    ) => {
      if (controller.signal.aborted) return;
      if (report !== null) {
        show({ status: 'preview', source, dataset, warnings, provenance, report });
        return;
      }
      performance.mark('chronicle:dataset-parsed');
      // A transition: React renders the story's first view in slices between which the page
      // answers input and paints; the loading page stays until it is done.
      startTransition(() =>
        show({ status: 'ready', source, dataset, warnings, provenance, imported: null }),
      );
    };

    if (source.kind === 'bundled') {
      void loadBundled().then((result) =>
        result.ok
          ? ready(result.dataset, result.warnings, { kind: 'bundled' }, null)
          : show({ status: 'invalid', source, problems: result.problems }),
      );
    } else {
      let request: Parameters<typeof loadDatasetInWorker>[0];
      if (source.kind === 'file') {
        request = { kind: 'file', file: source.file, name: source.name, maxBytes, importOptions };
      } else {
        const resolved = resolveDatasetUrl(source.url, window.location.href);
        if (!resolved.ok) {
          show({
            status: 'invalid',
            source,
            problems: [{ path: 'data', message: resolved.message }],
          });
          return () => controller.abort();
        }
        const { origin, host } = new URL(resolved.url);
        if (origin !== window.location.origin && !isDataOriginAllowed(origin)) {
          show({ status: 'confirm', source, origin, host });
          return () => controller.abort();
        }
        request = { kind: 'url', url: resolved.url, maxBytes, importOptions };
      }
      void loadDatasetInWorker(request, onProgress, controller.signal).then((result) => {
        if (result.status === 'ready') {
          ready(
            result.dataset,
            result.warnings,
            request.kind === 'file'
              ? { kind: 'file', name: request.name }
              : addressProvenance(result.finalUrl ?? request.url, window.location.href),
            result.imported,
          );
        } else if (result.status === 'invalid') {
          show({ status: 'invalid', source, problems: result.problems });
        } else {
          show({ status: 'failed', source, failure: result.failure });
        }
      });
    }
    return () => controller.abort();
    // `key` names the source, the attempt and the limit; `source` and `maxBytes` follow from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the load's identity
  }, [key]);

  const openFile = useCallback((file: File) => {
    // A file has no address: start from a clean link so nothing points at the old dataset (the
    // reader's own settings, such as the language, stay).
    if (window.location.search !== '') navigateToDataset(null);
    setPicked((previous) => ({ file, opening: (previous?.opening ?? 0) + 1 }));
  }, []);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const cancel = useCallback(() => {
    const running = current.current;
    if (!running) return;
    running.controller.abort();
    setLoad({
      status: 'failed',
      source: running.source,
      failure: {
        kind: 'cancelled',
        message: t('loading.failed.youStopped', { name: sourceName(running.source) }),
      },
    });
  }, []);
  const confirm = useCallback(() => {
    if (load.status !== 'confirm') return;
    allowDataOrigin(load.origin);
    setAttempt((n) => n + 1);
  }, [load]);
  const loadAnyway = useCallback(
    (bytes: number) => {
      setLimit({ key: sourceKey, maxBytes: bytes });
    },
    [sourceKey],
  );

  const acceptImport = useCallback(() => {
    performance.mark('chronicle:dataset-parsed');
    startTransition(() =>
      setLoad((current) => {
        if (current.status !== 'preview') return current;
        const { report, ...rest } = current;
        return { ...rest, status: 'ready', imported: report };
      }),
    );
  }, []);
  const reimport = useCallback(
    (options: ImportOptions) => setChoices({ key: sourceKey, options }),
    [sourceKey],
  );

  const actions = useMemo(
    () => ({ openFile, retry, cancel, confirm, loadAnyway, acceptImport, reimport }),
    [openFile, retry, cancel, confirm, loadAnyway, acceptImport, reimport],
  );
  return [load, actions];
}
