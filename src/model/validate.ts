/**
 * The one gate every dataset passes before the app trusts it: the zod shape first, then the checks
 * that need the whole document (ids, references, time order, count ranges). All or nothing: a
 * result is either the whole dataset or the list of what is wrong with it, and it never throws.
 */
import { eventProblems } from './eventChecks';
import { migrateDocument } from './migrate';
import { referenceProblems } from './referenceChecks';
import { Dataset } from './schema';
import { zodIssueProblems } from './validationMessages';
import {
  DOCUMENT_PATH,
  errorText,
  type ValidationProblem,
  type ValidationResult,
} from './validationProblem';

/**
 * Checks any value against the format (chronicle/2, or chronicle/1 migrated first); never throws.
 * EDTF strings need `loadEdtfParser()` to have run.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    const parsed = Dataset.safeParse(migrateDocument(input), { reportInput: true });
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
