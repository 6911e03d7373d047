import { formatValue } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';

/**
 * The embed's credit line: the source the story was built from and when it was published
 * ("Source: Resett: article on …, 6 January 2022"), or, for a dataset not bundled with the app,
 * where it came from first ("Data from example.org"), so no embed passes off another's timeline.
 */
export function embedCredit(index: DatasetIndex, sourceLabel: string | null): string {
  const { published, timeZone } = index.dataset;
  const source = published ? index.sourcesById.get(published.source) : undefined;
  const builtFrom = published
    ? `Source: ${source?.name ?? published.source}, ${published.approximate === true ? 'probably ' : ''}${formatValue(published.date, timeZone)}.`
    : '';
  return [sourceLabel === null ? '' : `${sourceLabel}.`, builtFrom].filter(Boolean).join(' ');
}
