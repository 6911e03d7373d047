import type { Citation as CitationData } from '../model/schema';
import { SourceLine } from '../sources/SourceLine';
import { namedSteps } from '../model/reportingChain';
import type { DatasetIndex } from '../state/datasetIndex';
import { sourceKindLabel } from '../i18n/vocabularyWords';
import { activeLanguage, t } from '../i18n/i18n';
import { LANGUAGE_TAGS } from '../i18n/languages';

/**
 * The chain of reporting in words, origin first: one name per step, and for parallel channels the
 * names joined ("Interfax, TASS and RIA Novosti").
 */
export function reportingChain(citation: CitationData, index: DatasetIndex): string[] {
  return namedSteps(citation.via ?? [], (id) => index.sourcesById.get(id)?.name ?? id);
}

/**
 * One citation: the source (a link with its outlet, date and language, or why it has none), the
 * original quote and its translation, and the chain of reporting.
 */
export function Citation({ citation, index }: { citation: CitationData; index: DatasetIndex }) {
  const source = index.sourcesById.get(citation.source);
  const name = source?.name ?? citation.source;
  const chain = reportingChain(citation, index);
  return (
    <li className="citation">
      <p className="citation__source">
        <SourceLine
          sourceId={citation.source}
          index={index}
          url={citation.url}
          kind={source ? sourceKindLabel(source.kind) : undefined}
        />
      </p>
      {citation.quote && (
        <figure className="citation__quote">
          <blockquote lang={citation.quote.language}>
            <p>{citation.quote.original}</p>
          </blockquote>
          {citation.quote.translation && (
            <figcaption lang="en">
              <span className="citation__translation-label" lang={LANGUAGE_TAGS[activeLanguage()]}>
                {t('citation.translation')}{' '}
              </span>
              {citation.quote.translation}
            </figcaption>
          )}
        </figure>
      )}
      {chain.length > 0 && (
        <p className="citation__chain">
          <span className="citation__chain-label">{t('citation.reportedVia')} </span>
          {chain.map((step, i) => (
            <span key={i}>
              {step}{' '}
              <span className="reading-arrow" aria-hidden="true">
                →
              </span>
              <span className="visually-hidden">{t('citation.then')}</span>{' '}
            </span>
          ))}
          {name}
        </p>
      )}
    </li>
  );
}
