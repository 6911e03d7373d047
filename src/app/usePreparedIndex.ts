import { startTransition, useEffect, useState } from 'react';
import type { Account, Dataset } from '../model/schema';
import { isReadyToShow, prepareIndexOfView } from '../state/preparedIndex';

/**
 * Whether `dataset` can be shown now. A large dataset's first view is indexed beforehand in steps
 * (`prepareIndexOfView`) while the loading page stays, and is then shown as a transition, so that
 * React also renders it in slices: the page answers input all through. A new view of a dataset
 * already shown (another account or date) is indexed at once, with the page on screen.
 */
export function usePreparedIndex(
  dataset: Dataset | null,
  account: Account,
  knownOn: string | null,
): boolean {
  const [, setPrepared] = useState(0);
  const ready = dataset === null || isReadyToShow(dataset);
  useEffect(() => {
    if (dataset === null || ready) return;
    const controller = new AbortController();
    void prepareIndexOfView(dataset, account, knownOn, controller.signal).then((kept) => {
      if (kept) startTransition(() => setPrepared((n) => n + 1));
    });
    return () => controller.abort();
  }, [dataset, account, knownOn, ready]);
  return ready;
}
