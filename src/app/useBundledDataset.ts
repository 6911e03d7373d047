import { useEffect, useState } from 'react';
import type { ValidationProblem } from '../model/validate';
import { validateDataset } from '../model/validate';
import type { Dataset } from '../model/schema';

/** Where a dataset is in its loading: on its way, loaded and valid, or rejected with reasons. */
export type DatasetLoad =
  | { status: 'loading' }
  | { status: 'ready'; dataset: Dataset }
  | { status: 'invalid'; problems: ValidationProblem[] };

/** Loads the bundled Kazakhstan dataset (its own chunk) through the validator. */
export function useBundledDataset(): DatasetLoad {
  const [load, setLoad] = useState<DatasetLoad>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    import('../../data/kazakhstan-2022-01.json')
      .then((module) => {
        if (cancelled) return;
        const result = validateDataset(module.default);
        setLoad(
          result.ok
            ? { status: 'ready', dataset: result.dataset }
            : { status: 'invalid', problems: result.problems },
        );
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        const message = error instanceof Error ? error.message : String(error);
        setLoad({
          status: 'invalid',
          problems: [{ path: '(file)', message: `The dataset could not be loaded: ${message}` }],
        });
      });
    return () => {
      cancelled = true;
    };
  }, []);
  return load;
}
