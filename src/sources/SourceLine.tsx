import type { Source } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';
import { ExternalLink } from './ExternalLink';
import { sourceFacts } from './sourceFacts';
import './sources.css';

/** Props: the source (or the id of one the dataset lacks), an exact link if any, and the index. */
export interface SourceLineProps {
  /** The source's id (shown as it is when the dataset has no such source). */
  sourceId: string;
  /** The dataset, to find the source, its outlet, date and language. */
  index: DatasetIndex;
  /** A link to the exact place (a citation's own `url`), used before the source's. */
  url?: string;
  /** Shown after the name, e.g. the source's kind. */
  kind?: string;
}

/**
 * A source as the reader meets it: its name, a link when it has one (http/https only, in a new tab,
 * no referrer), its outlet, date, language and the source it copies, and "No public link found"
 * with the reason when it says why it has no link.
 */
export function SourceLine({ sourceId, index, url, kind }: SourceLineProps) {
  const source: Source = index.sourcesById.get(sourceId) ?? {
    id: sourceId,
    name: sourceId,
    kind: 'other',
  };
  const nameOf = (id: string) => index.sourcesById.get(id)?.name ?? id;
  const { href, facts, noLink } = sourceFacts(
    url === undefined ? source : { ...source, url },
    index.dataset.timeZone,
    nameOf,
  );
  return (
    <span className="source-line">
      {href ? (
        <ExternalLink href={href} className="source-line__name">
          {source.name}
        </ExternalLink>
      ) : (
        <strong className="source-line__name">{source.name}</strong>
      )}
      {kind !== undefined && <span className="source-line__kind">{kind}</span>}
      {facts.length > 0 && <span className="source-line__facts">{facts.join(' · ')}</span>}
      {noLink !== null && <span className="source-line__no-link">{noLink}</span>}
    </span>
  );
}
