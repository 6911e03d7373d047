/**
 * Messages between the page and the dataset worker, which fetches, parses and validates a
 * dataset off the main thread so a 100,000-event file never freezes the page.
 */
import type { ValidationResult } from './validate';

/** What the page asks: load a URL, or parse text it already has (a dropped or picked file). */
export type DatasetWorkerRequest = { kind: 'url'; url: string } | { kind: 'text'; text: string };

/** Where loading is, for the progress bar. `total` is null when the server does not say. */
export interface DatasetProgress {
  phase: 'downloading' | 'parsing' | 'validating';
  loaded: number;
  total: number | null;
}

/** What the worker answers: progress while it works, then one result. */
export type DatasetWorkerMessage =
  | { kind: 'progress'; progress: DatasetProgress }
  | { kind: 'result'; result: ValidationResult; parseMs: number };
