import type { Citation as CitationData } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';
import { safeHref } from './safeHref';

/** A source's kind in words. */
export const SOURCE_KIND_LABELS: Record<string, string> = {
  newspaper: 'newspaper',
  'news-agency': 'news agency',
  broadcaster: 'broadcaster',
  'social-media': 'social media',
  official: 'official source',
  other: 'source',
};

/**
 * The chain of reporting in words, origin first: one name per step, and for parallel channels the
 * names joined ("Interfax, TASS and RIA Novosti").
 */
export function reportingChain(citation: CitationData, index: DatasetIndex): string[] {
  const nameOf = (id: string) => index.sourcesById.get(id)?.name ?? id;
  return (citation.via ?? []).map((step) =>
    typeof step === 'string' ? nameOf(step) : joinNames(step.map(nameOf)),
  );
}

const names = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "A", "A and B", "A, B and C". */
function joinNames(list: readonly string[]): string {
  return names.format(list);
}

/** One citation: the source, the original quote and its translation, and the chain of reporting. */
export function Citation({ citation, index }: { citation: CitationData; index: DatasetIndex }) {
  const source = index.sourcesById.get(citation.source);
  const name = source?.name ?? citation.source;
  const href = safeHref(citation.url ?? source?.url);
  const chain = reportingChain(citation, index);
  return (
    <li className="citation">
      <p className="citation__source">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {name}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
        ) : (
          <strong>{name}</strong>
        )}
        {source && <span className="citation__kind">{SOURCE_KIND_LABELS[source.kind]}</span>}
      </p>
      {citation.quote && (
        <figure className="citation__quote">
          <blockquote lang={citation.quote.language}>
            <p>{citation.quote.original}</p>
          </blockquote>
          {citation.quote.translation && (
            <figcaption lang="en">
              <span className="citation__translation-label">Translation: </span>
              {citation.quote.translation}
            </figcaption>
          )}
        </figure>
      )}
      {chain.length > 0 && (
        <p className="citation__chain">
          <span className="citation__chain-label">Reported via </span>
          {chain.map((step, i) => (
            <span key={i}>
              {step} <span aria-hidden="true">→</span>
              <span className="visually-hidden">, then</span>{' '}
            </span>
          ))}
          {name}
        </p>
      )}
    </li>
  );
}
