import { t } from '../i18n/i18n';
import { formatValue } from '../model/formatTime';
import type { DatasetIndex } from '../state/datasetIndex';

/**
 * The embed's credit line: the source the story was built from and when it was published
 * ("Source: Resett: article on …, 6 January 2022"), or, for a dataset not bundled with the app,
 * where it came from first ("Data from example.org"), so no embed passes off another's timeline.
 */
export function embedCredit(index: DatasetIndex, sourceLabel: string | null): string {
  return [sourceLabel === null ? '' : `${sourceLabel}.`, builtFrom(index)]
    .filter(Boolean)
    .join(' ');
}

/** "Source: …, 6 January 2022.", or nothing for a dataset that names no publication. */
function builtFrom(index: DatasetIndex): string {
  const { published, timeZone } = index.dataset;
  if (!published) return '';
  const words = {
    source: index.sourcesById.get(published.source)?.name ?? published.source,
    date: formatValue(published.date, timeZone),
  };
  return published.approximate === true
    ? t('embed.credit.probably', words)
    : t('embed.credit.source', words);
}
