/**
 * The one gate every dataset passes before the app trusts it: the zod shape first, then the checks
 * that need the whole document (ids, references, time order, count ranges). All or nothing: a
 * result is either the whole dataset or the list of what is wrong with it, and it never throws.
 */
import { Dataset } from './schema';
import { eventProblems } from './eventChecks';
import { referenceProblems } from './referenceChecks';
import { DOCUMENT_PATH, zodIssueProblems } from './validationMessages';

/** One thing wrong with a dataset: where (`events[3].time.start`, or `(document)`) and what. */
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

/** Checks any value against the chronicle/1 format; never throws. */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = Dataset.safeParse(input, { reportInput: true });
    if (!parsed.success) {
      return { ok: false, problems: zodIssueProblems(parsed.error.issues, input) };
    }
    const problems = [...referenceProblems(parsed.data), ...eventProblems(parsed.data)];
    return problems.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, problems };
  } catch (error) {
    return {
      ok: false,
      problems: [{ path: DOCUMENT_PATH, message: `could not be checked: ${errorText(error)}` }],
    };
  }
}

/** Problems as plain text, one `path: message` line each; long lists end with a count of the rest. */
export function formatProblems(problems: readonly ValidationProblem[], limit = 50): string {
  const shown = problems.slice(0, limit).map((problem) => `${problem.path}: ${problem.message}`);
  const rest = problems.length - shown.length;
  if (rest > 0) shown.push(`… and ${rest} more ${rest === 1 ? 'problem' : 'problems'}`);
  return shown.join('\n');
}
