import { t } from '../i18n/i18n';
import type { DatasetProgress } from '../model/loadDataset';
import { byteSize, shortAddress } from '../model/loadLimits';
import { DatasetOpener } from './DatasetOpener';

/** The stage of loading in words, numbered, so the reader sees it move on. */
function stageWords(progress: DatasetProgress | null): string {
  return progress === null ? t('loading.start') : t(`loading.step.${progress.phase}`);
}

/** How far the stage is, in bytes or events, or null when there is nothing to count. */
function amountWords(progress: DatasetProgress | null): string | null {
  if (progress === null) return null;
  const { phase, loaded, total } = progress;
  if (phase === 'receiving') return t('app.eventsOf', { shown: loaded, total: total ?? loaded });
  if (phase === 'parsing') return byteSize(loaded);
  if (phase !== 'downloading' && phase !== 'reading') return null;
  return total !== null && total >= loaded
    ? t('loading.bytesOf', { loaded: byteSize(loaded), total: byteSize(total) })
    : t('loading.bytesSoFar', { loaded: byteSize(loaded) });
}

/** Props: where loading is, what is loaded, and the ways out. */
export interface LoadingPageProps {
  /** How far loading has got (bytes read, events checked), or null before the first report. */
  progress: DatasetProgress | null;
  /** What is being loaded, in words: a file name or the address's host. */
  sourceName: string;
  /** Stops the load; null where there is nothing to stop (the bundled story). */
  onCancel: (() => void) | null;
  /** Opens a file the reader picks instead. */
  onFile: (file: File) => void;
}

/**
 * The page while a dataset loads: the stage in words, a progress bar with bytes or events, and
 * the ways out (Cancel, or open another dataset), so a slow server never traps the reader.
 */
export function LoadingPage({ progress, sourceName, onCancel, onFile }: LoadingPageProps) {
  const stage = stageWords(progress);
  const amount = amountWords(progress);
  const counted =
    progress !== null &&
    progress.phase !== 'parsing' &&
    progress.total !== null &&
    progress.total > 0 &&
    progress.total >= progress.loaded;
  return (
    <main className="page-message" id="main" aria-busy="true">
      <h1 className="loading__title">{t('loading.title', { name: shortAddress(sourceName) })}</h1>
      <div className="loading">
        <p role="status" className="loading__stage">
          {stage}
        </p>
        {counted ? (
          <progress
            aria-label={stage}
            max={progress.total ?? 1}
            value={progress.loaded}
            aria-valuetext={amount ?? undefined}
          />
        ) : (
          <progress aria-label={stage} />
        )}
        {amount !== null && <p className="loading__amount">{amount}</p>}
      </div>
      {onCancel && (
        <div className="page-message__actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('loading.cancel')}
          </button>
          <DatasetOpener onFile={onFile} label={t('app.openAnother')} />
        </div>
      )}
    </main>
  );
}
