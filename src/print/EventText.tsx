import { formatEventTime, timeCertaintyInWords } from '../model/formatTime';
import type { ChronicleEvent, Citation } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';
import { CasualtyTable } from '../events/CasualtyTable';
import { reportingChain } from '../events/Citation';
import { safeHref } from '../ui/safeHref';
import { categoryLabel, sourceKindLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';

/** Props: the event, the dataset's index to name things, and the level of its heading. */
export interface EventTextProps {
  /** The event to write out as a plain document. */
  event: ChronicleEvent;
  /** The dataset, to name its actors, places and sources. */
  index: DatasetIndex;
  /** 1 on an event's own page, 2 in a list of events. */
  headingLevel: 1 | 2;
}

/**
 * One event as a plain document, for paper and for readers without JavaScript (the print view
 * and the share pages, which the build renders with this same component): title, date in words
 * and how certain, how it was established, summary, places, actors with their roles, categories,
 * casualty figures with who claims them, and every source with its full address, quote,
 * translation and chain of reporting. No controls.
 */
export function EventText({ event, index, headingLevel }: EventTextProps) {
  const { timeZone } = index.dataset;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  const places = event.locations.map((id) => {
    const place = index.locationsById.get(id);
    return place ? (place.localName ? `${place.name} (${place.localName})` : place.name) : id;
  });
  return (
    <article className="event-text">
      <Heading className="event-text__title">{event.title}</Heading>
      <p className="event-text__date">
        <time>{formatEventTime(event.time, timeZone, 'long')}</time>.{' '}
        <span className="event-text__certainty">{timeCertaintyInWords(event.time, timeZone)}</span>
      </p>
      {event.time.basis !== undefined && (
        <p className="event-text__basis">{t('print.basis', { basis: event.time.basis })}</p>
      )}
      {event.summary !== undefined && <p className="event-text__summary">{event.summary}</p>}
      <dl className="event-text__facts">
        {places.length > 0 && (
          <div>
            <dt>{t('print.where')}</dt>
            <dd>{places.join('; ')}</dd>
          </div>
        )}
        {event.actors.length > 0 && (
          <div>
            <dt>{t('print.who')}</dt>
            <dd>
              {event.actors
                .map(({ actor, role }) => {
                  const name = index.actorsById.get(actor)?.name ?? actor;
                  return role ? `${name} (${role})` : name;
                })
                .join('; ')}
            </dd>
          </div>
        )}
        {event.categories.length > 0 && (
          <div>
            <dt>{t('print.categories')}</dt>
            <dd>{event.categories.map((c) => categoryLabel(c)).join(', ')}</dd>
          </div>
        )}
      </dl>
      {event.casualties.length > 0 && (
        <section>
          <Subheading className="event-text__heading">{t('print.casualties')}</Subheading>
          <CasualtyTable casualties={event.casualties} index={index} />
        </section>
      )}
      <section>
        <Subheading className="event-text__heading">{t('print.sources')}</Subheading>
        <ol className="event-text__sources">
          {event.citations.map((citation, i) => (
            <SourceText key={i} citation={citation} index={index} />
          ))}
        </ol>
      </section>
    </article>
  );
}

/** One citation with its address written out, so that paper keeps it. */
function SourceText({ citation, index }: { citation: Citation; index: DatasetIndex }) {
  const source = index.sourcesById.get(citation.source);
  const name = source?.name ?? citation.source;
  const href = safeHref(citation.url ?? source?.url);
  const chain = reportingChain(citation, index);
  return (
    <li>
      <p className="event-text__source">
        <strong>{name}</strong>
        {source && ` (${sourceKindLabel(source.kind)})`}
        {': '}
        {href ? (
          <a href={href} className="event-text__address">
            {href}
          </a>
        ) : (
          <span className="event-text__address">{t('print.noAddress')}</span>
        )}
      </p>
      {citation.quote && (
        <>
          <blockquote className="event-text__quote" lang={citation.quote.language}>
            <p>{citation.quote.original}</p>
          </blockquote>
          {citation.quote.translation && (
            <p className="event-text__translation" lang="en">
              {t('print.translation', { translation: citation.quote.translation })}
            </p>
          )}
        </>
      )}
      {chain.length > 0 && (
        <p className="event-text__chain">
          {t('print.via', { chain: [...chain, name].join(' → ') })}
        </p>
      )}
    </li>
  );
}
