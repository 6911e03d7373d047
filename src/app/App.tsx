import { useEffect } from 'react';
import { t } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/languages';
import { useLanguage } from '../i18n/useLanguage';
import { LazyEmbedPage, preloadEmbedPage } from '../embed/LazyEmbedPage';
import { preloadMapView } from '../map/LazyMapView';
import { useViewState } from '../state/useViewState';
import { useDocumentTheme } from '../ui/useDocumentTheme';
import { provenanceLine } from '../state/dataProvenance';
import { shortAddress } from '../model/loadLimits';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { DataConfirmPage } from './DataConfirmPage';
import { DatasetProblems } from './DatasetProblems';
import { ChroniclePage } from './ChroniclePage';
import { LazyImportPreview, preloadImportPreview } from './LazyImportPreview';
import { LoadFailedPage } from './LoadFailedPage';
import { LoadingPage } from './LoadingPage';
import { sourceName, useDataset } from './useDataset';
import { useFileDrop } from './useFileDrop';
import { usePreparedView } from './usePreparedView';
import './app.css';

/** Last line of defence: a crash in rendering shows a message and a way back, never a blank page. */
function PageCrash({ error }: { error: Error }) {
  return (
    <main className="page-message" id="main">
      <h1>{t('app.crash.title')}</h1>
      <p className="notice notice--error">{error.message}</p>
      <p>
        <a href="./">{t('app.crash.restart')}</a>
      </p>
    </main>
  );
}

/**
 * The app: load and validate the dataset, then show it — in the full view, or the embed view for
 * `embed=1` — or say clearly why not.
 */
export function App() {
  const [load, actions] = useDataset();
  const [{ embed, map, theme, language: linkLanguage, direction, account, knownOn }] =
    useViewState();
  useDocumentTheme(theme);
  const language = useLanguage(
    linkLanguage,
    'dataset' in load ? load.dataset.language : null,
    direction,
  );
  // The dataset in the reader's language where it has it; the search index is built from this.
  // A large dataset's first view is made in steps before it is shown; the loading page stays.
  const loaded = load.status === 'ready' ? load.dataset : null;
  const readyDataset = usePreparedView(loaded, LANGUAGE_TAGS[language], account, knownOn);
  const preparing = loaded !== null && readyDataset === null;
  useEffect(() => {
    if (embed) preloadEmbedPage();
    else if (map) preloadMapView();
  }, [embed, map]);
  // Only a dataset from a file or an address can be an import with a preview.
  const mayPreview = load.status === 'loading' && load.source.kind !== 'bundled';
  useEffect(() => {
    if (mayPreview) preloadImportPreview();
  }, [mayPreview]);
  const { openFile } = actions;
  const dragging = useFileDrop(openFile);
  const name = sourceName(load.source);
  const readyEvents = loaded?.events.length ?? 0;
  return (
    // Keyed by language: a new language rebuilds every view, so no component keeps old words.
    <ErrorBoundary
      key={language}
      label="Chronicle"
      fallback={(error) => <PageCrash error={error} />}
    >
      {load.status === 'confirm' && (
        <DataConfirmPage host={load.host} address={name} onConfirm={actions.confirm} />
      )}
      {(load.status === 'loading' || preparing) && (
        <LoadingPage
          progress={
            load.status === 'loading'
              ? load.progress
              : { phase: 'receiving', loaded: readyEvents, total: readyEvents }
          }
          sourceName={name}
          onCancel={load.source.kind === 'bundled' ? null : actions.cancel}
          onFile={openFile}
        />
      )}
      {load.status === 'failed' && (
        <LoadFailedPage
          failure={load.failure}
          sourceName={name}
          onRetry={actions.retry}
          onLoadAnyway={actions.loadAnyway}
          onFile={openFile}
        />
      )}
      {load.status === 'invalid' && (
        <DatasetProblems
          problems={load.problems}
          sourceName={shortAddress(name)}
          onFile={openFile}
        />
      )}
      {load.status === 'preview' && (
        <LazyImportPreview
          report={load.report}
          dataset={load.dataset}
          warnings={load.warnings}
          sourceName={shortAddress(name)}
          onAccept={actions.acceptImport}
          onReimport={actions.reimport}
          onFile={openFile}
        />
      )}
      {load.status === 'ready' && readyDataset && embed && (
        <LazyEmbedPage dataset={readyDataset} sourceLabel={provenanceLine(load.provenance)} />
      )}
      {load.status === 'ready' && readyDataset && !embed && (
        <ChroniclePage
          dataset={readyDataset}
          warnings={load.warnings}
          provenance={load.provenance}
          sourceLabel={provenanceLine(load.provenance)}
          onFile={openFile}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('app.drop')}</p>
        </div>
      )}
    </ErrorBoundary>
  );
}
