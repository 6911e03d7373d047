import { useCallback, useEffect } from 'react';
import { preloadMapView } from '../map/LazyMapView';
import { DatasetProblems } from './DatasetProblems';
import { ChroniclePage } from './ChroniclePage';
import { LoadingPage } from './LoadingPage';
import { useDataset, type DatasetSource } from './useDataset';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useFileDrop } from './useFileDrop';
import './app.css';

/** Last line of defence: a crash in rendering shows a message and a way back, never a blank page. */
function PageCrash({ error }: { error: Error }) {
  return (
    <main className="page-message" id="main">
      <h1>Something went wrong while showing this timeline</h1>
      <p className="notice notice--error">{error.message}</p>
      <p>
        <a href="./">Open the timeline from the start</a>
      </p>
    </main>
  );
}

function sourceName(source: DatasetSource): string {
  switch (source.kind) {
    case 'bundled':
      return 'the timeline';
    case 'url':
      return source.url;
    case 'file':
      return source.name;
  }
}

/** The app: load and validate the dataset, then show it, or say clearly why not. */
export function App() {
  const [load, openDataset] = useDataset();
  useEffect(() => {
    if (!/[?&]map=0(&|$)/.test(window.location.search)) preloadMapView();
  }, []);
  const openFile = useCallback(
    (file: File) => {
      void file.text().then(
        (text) => openDataset(file.name, text),
        () => openDataset(file.name, ''),
      );
    },
    [openDataset],
  );
  const dragging = useFileDrop(openFile);
  return (
    <ErrorBoundary label="Chronicle" fallback={(error) => <PageCrash error={error} />}>
      {load.status === 'loading' && (
        <LoadingPage progress={load.progress} sourceName={sourceName(load.source)} />
      )}
      {load.status === 'invalid' && (
        <DatasetProblems
          problems={load.problems}
          sourceName={sourceName(load.source)}
          onFile={openFile}
        />
      )}
      {load.status === 'ready' && (
        <ChroniclePage
          dataset={load.dataset}
          sourceLabel={
            load.source.kind === 'file' ? `${load.source.name} (from your computer)` : null
          }
          onFile={openFile}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop a Chronicle JSON file to open it</p>
        </div>
      )}
    </ErrorBoundary>
  );
}
