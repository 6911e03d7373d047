import { t } from '../i18n/i18n';
import type { LoadFailure } from '../model/loadDataset';
import { byteSize, shortAddress } from '../model/loadLimits';
import { DatasetOpener } from './DatasetOpener';

/** The next size limit to offer: the file's own size rounded up, or four times the limit. */
export function raisedLimit(failure: { limitBytes: number; sizeBytes: number | null }): number {
  const step = 100 * 1_048_576;
  const wanted = failure.sizeBytes ?? failure.limitBytes * 4;
  return Math.max(failure.limitBytes + step, Math.ceil(wanted / step) * step);
}

/** Props: why loading failed, what was loaded, and what the reader can do next. */
export interface LoadFailedPageProps {
  /** Why loading failed: the kind of failure and its details, in words for the reader. */
  failure: LoadFailure;
  /** What was being loaded: a file name or the address's host. */
  sourceName: string;
  /** Tries the same load again. */
  onRetry: () => void;
  /** Loads a file larger than the limit, up to `maxBytes`, once the reader agrees. */
  onLoadAnyway: (maxBytes: number) => void;
  /** Opens a file the reader picks instead. */
  onFile: (file: File) => void;
}

/**
 * The page for a dataset that could not be had at all (as opposed to one with problems in its
 * data): what happened in plain words, and Retry, a larger limit, another dataset or the bundled
 * story.
 */
export function LoadFailedPage({
  failure,
  sourceName,
  onRetry,
  onLoadAnyway,
  onFile,
}: LoadFailedPageProps) {
  return (
    <main className="page-message" id="main">
      <h1>{t(`loading.failed.${failure.kind}`)}</h1>
      <p>{failure.message}</p>
      {(failure.kind === 'timeout' || failure.kind === 'cancelled') && (
        // The other messages name the address themselves.
        <p className="muted page-message__source">{shortAddress(sourceName)}</p>
      )}
      {failure.kind === 'too-large' && <p>{t('loading.failed.tooLargeAdvice')}</p>}
      <div className="page-message__actions">
        {failure.kind === 'too-large' ? (
          <button
            type="button"
            className="button"
            onClick={() => onLoadAnyway(raisedLimit(failure))}
          >
            {t('loading.failed.loadAnyway', { size: byteSize(raisedLimit(failure)) })}
          </button>
        ) : (
          <button type="button" className="button" onClick={onRetry}>
            {failure.kind === 'cancelled'
              ? t('loading.failed.loadAfterAll')
              : t('loading.failed.retry')}
          </button>
        )}
        <DatasetOpener onFile={onFile} label={t('app.openAnother')} />
        <a className="button button--quiet" href="./">
          {t('app.openBundled')}
        </a>
      </div>
    </main>
  );
}
