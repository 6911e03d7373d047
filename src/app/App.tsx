import { ErrorBoundary } from './ErrorBoundary';
import { DatasetProblems } from './DatasetProblems';
import { ChroniclePage } from './ChroniclePage';
import { useBundledDataset } from './useBundledDataset';

/** The app: load and validate the dataset, then show it, or say clearly why not. */
export function App() {
  const load = useBundledDataset();
  return (
    <ErrorBoundary>
      {load.status === 'loading' && (
        <main className="page-message" id="main" aria-busy="true">
          <p role="status">Loading the timeline…</p>
        </main>
      )}
      {load.status === 'invalid' && <DatasetProblems problems={load.problems} />}
      {load.status === 'ready' && <ChroniclePage dataset={load.dataset} />}
    </ErrorBoundary>
  );
}
