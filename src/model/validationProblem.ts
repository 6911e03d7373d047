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

/**
 * The outcome of validation: the whole dataset with what a reader should know about it (warnings),
 * or every problem found and nothing loaded.
 */
export type ValidationResult =
  | { ok: true; dataset: Dataset; warnings: ValidationWarning[] }
  | { ok: false; problems: ValidationProblem[] };

/** The text of a thrown value, without risking a second throw. */
export function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}

/** The lists of a dataset whose items are checked one by one. */
export type Collection = 'actors' | 'locations' | 'sources' | 'events' | 'claims';

/**
 * What the checks across a dataset need to know about the document it was read from: where each
 * item of a list stands in the document (items that could not be read are left out of the
 * dataset, so positions shift), and the ids of those left-out items, which references may name
 * without being reported as missing (their own problems are reported already).
 */
export interface CheckScope {
  position: (collection: Collection, index: number) => number;
  isUnread: (collection: Collection, id: string) => boolean;
}

/** The scope of a dataset that is the whole document: positions as they are, nothing left out. */
export const WHOLE_DOCUMENT: CheckScope = {
  position: (_, index) => index,
  isUnread: () => false,
};

/** Something that does not stop a dataset from loading but that a reader should know. */
export interface ValidationWarning extends ValidationProblem {
  /** `no-source`: an event cites no source at all. */
  kind: 'no-source';
  /** The event concerned. */
  eventId: string;
}
