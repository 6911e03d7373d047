import type { DatasetProgress } from '../model/datasetWorkerProtocol';

const megabytes = (n: number) => `${(n / 1_048_576).toFixed(n < 10_485_760 ? 1 : 0)} MB`;

function progressWords(progress: DatasetProgress | null): string {
  if (progress === null) return 'Loading the timeline…';
  switch (progress.phase) {
    case 'downloading':
      return progress.total
        ? `Downloading the dataset: ${megabytes(progress.loaded)} of ${megabytes(progress.total)}`
        : `Downloading the dataset: ${megabytes(progress.loaded)}`;
    case 'parsing':
      return 'Reading the dataset…';
    case 'validating':
      return 'Checking every event against the data format…';
  }
}

/** The page while a dataset loads: a labelled progress bar that says what is happening. */
export function LoadingPage({
  progress,
  sourceName,
}: {
  progress: DatasetProgress | null;
  sourceName: string;
}) {
  const words = progressWords(progress);
  const determinate =
    progress?.phase === 'downloading' && progress.total !== null && progress.total > 0;
  return (
    <main className="page-message" id="main" aria-busy="true">
      <h1 className="loading__title">Opening {sourceName}</h1>
      <label className="loading">
        <span role="status">{words}</span>
        {determinate ? (
          <progress max={progress.total ?? 1} value={progress.loaded} />
        ) : (
          <progress />
        )}
      </label>
    </main>
  );
}
