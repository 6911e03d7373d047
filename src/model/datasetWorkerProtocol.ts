/**
 * Messages between the page and the dataset worker, which reads, parses and validates a dataset
 * off the main thread so a 100,000-event file never freezes the page. The checked dataset comes
 * back in parts of `DATASET_PART_SIZE` items: each part is a short task for the page to receive,
 * where one message of the whole dataset would hold the page for seconds. The events of a
 * Chronicle JSON document come ahead, as the worker checks them, before the `dataset` message:
 * the page takes them in while the worker checks the rest, and drops them if the answer is
 * `invalid` instead.
 */
import type { ImportReport } from '../formats/importTypes';
import type { Language } from '../i18n/languages';
import type { DatasetProgress, DatasetRequest, LoadFailure } from './loadDataset';
import type { Dataset } from './schema';
import type { ValidationProblem, ValidationWarning } from './validationProblem';

export type { DatasetProgress, DatasetRequest };

/**
 * What the page asks the worker: the dataset, and the page's language, since the worker has its
 * own copy of the catalogs and writes its problems and failures in the reader's words.
 */
export interface DatasetWorkerRequest {
  request: DatasetRequest;
  language: Language;
}

/** The lists of a dataset, which come back in parts. */
export type DatasetCollection = 'actors' | 'locations' | 'sources' | 'events';

/** Items per part: small enough that receiving one takes the page a few milliseconds. */
export const DATASET_PART_SIZE = 1_000;

/** One part of one list. */
export type DatasetPart = {
  [K in DatasetCollection]: { kind: 'part'; collection: K; items: Dataset[K] };
}[DatasetCollection];

/** What the worker answers: progress while it works, then one outcome. */
export type DatasetWorkerMessage =
  /** The worker's script is running (a script that fails to load never says this). */
  | { kind: 'started' }
  | { kind: 'progress'; progress: DatasetProgress }
  | {
      kind: 'dataset';
      /** The dataset without its lists, which follow as parts (events perhaps also ahead); then `done`. */
      head: Omit<Dataset, DatasetCollection>;
      counts: Record<DatasetCollection, number>;
      finalUrl: string | null;
      warnings: ValidationWarning[];
      /** What an import did (a file in another format), for the preview; null for Chronicle JSON. */
      imported: ImportReport | null;
    }
  | DatasetPart
  | { kind: 'done' }
  | { kind: 'invalid'; problems: ValidationProblem[] }
  | { kind: 'failed'; failure: LoadFailure };
