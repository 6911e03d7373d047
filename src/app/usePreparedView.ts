import { startTransition, useEffect, useState } from 'react';
import { mapFirstRenderTables } from '../map/LazyMapView';
import type { Account, Dataset } from '../model/schema';
import { datasetToShow, prepareView, type FirstRenderTable } from '../state/preparedIndex';
import { CASUALTY_STRIP_TABLE } from '../timeline/casualtyBars';

/** The tables of the views outside `src/state` that their first render reads (`prepareView`). */
const viewTables = (): readonly FirstRenderTable[] => [
  CASUALTY_STRIP_TABLE,
  ...mapFirstRenderTables(),
];

/**
 * The dataset to show for `loaded` in `language`, or null while it is prepared. A large dataset's
 * first view (in the reader's language, its index, the tables its first render reads) is made
 * beforehand in steps (`prepareView`) while the loading page stays, and is then shown as a
 * transition, so that React also renders it in slices: the page answers input all through. A new
 * view of a dataset already shown (another account or date) is indexed at once, with the page on
 * screen.
 */
export function usePreparedView(
  loaded: Dataset | null,
  language: string,
  account: Account,
  knownOn: string | null,
): Dataset | null {
  const [, setPrepared] = useState(0);
  const shown = loaded === null ? null : datasetToShow(loaded, language);
  const ready = shown !== null;
  useEffect(() => {
    if (loaded === null || ready) return;
    const controller = new AbortController();
    void prepareView(loaded, language, account, knownOn, controller.signal, {
      tables: viewTables,
    }).then((made) => {
      if (made) startTransition(() => setPrepared((n) => n + 1));
    });
    return () => controller.abort();
  }, [loaded, language, account, knownOn, ready]);
  return shown;
}
