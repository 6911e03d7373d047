/**
 * The bundled story as the app reads it, for browser tests that compute what they expect from the
 * data (through the app's own validator, index and filter) instead of writing counts by hand.
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/model/validate';
import { createDatasetIndex, type DatasetIndex } from '../../src/state/datasetIndex';
import { reportingView } from '../../src/state/reportingView';

/** The bundled dataset, validated and indexed, in the account the app opens with (the article's). */
export function bundledIndex(): DatasetIndex {
  const result = validateDataset(JSON.parse(readFileSync('data/kazakhstan-2022-01.json', 'utf8')));
  if (!result.ok) throw new Error(`the bundled dataset is invalid: ${result.problems[0]?.message}`);
  const shown = reportingView(result.dataset, 'article', null);
  return createDatasetIndex(shown.dataset, shown);
}
