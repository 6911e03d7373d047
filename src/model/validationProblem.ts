/**
 * What validation says about a dataset: a leaf every check imports, so that the checks and the
 * validator that runs them do not import each other.
 */
import type { Dataset } from './schema';

/** The path a validation problem names when it concerns the whole document (or the file). */
export const DOCUMENT_PATH = '(document)';

/** One thing wrong with a dataset: where (`events[3].time.at`, or `(document)`) and what. */
export interface ValidationProblem {
  path: string;
  message: string;
}

/** The outcome of validation: the whole dataset, or every problem found and nothing loaded. */
export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; problems: ValidationProblem[] };

/** The text of a thrown value, without risking a second throw. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
