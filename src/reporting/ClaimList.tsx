import { formatCount } from '../model/casualties';
import { formatEventTime } from '../model/formatTime';
import type { Claim } from '../model/schema';
import { Citation } from '../events/Citation';
import type { DatasetIndex } from '../state/datasetIndex';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { intlLocale, t } from '../i18n/i18n';
import './reporting.css';

/** Props: the claims about one event, and the index to name places, actors and sources. */
export interface ClaimListProps {
  /** The claims of later reporting about one event, in document order. */
  claims: readonly Claim[];
  /** The dataset, to name the places, actors and sources the claims cite. */
  index: DatasetIndex;
}

/**
 * What later reporting says about an event, claim by claim: how it relates to the article and how
 * well it holds, what the article has and what later reporting has, the time, places, people or
 * figures it gives, and the sources with their words.
 */
export function ClaimList({ claims, index }: ClaimListProps) {
  const { timeZone } = index.dataset;
  return (
    <ol className="claims">
      {claims.map((claim) => (
        <li key={claim.id} className="claim">
          <ul className="claim__tags" aria-label={t('claims.tags')}>
            <li className={`claim__tag claim__tag--${claim.relation}`}>
              {t(`claims.relation.${claim.relation}`)}
            </li>
            <li className={`claim__tag claim__tag--${claim.status}`}>
              {t(`claims.status.${claim.status}`)}
            </li>
            <li className="claim__tag">{t(`claims.about.${claim.about}`)}</li>
          </ul>
          {claim.article !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{t('claims.article')}</span>
              {claim.article}
            </p>
          )}
          <p className="claim__text">
            <span className="claim__label">{t('claims.later')}</span>
            {claim.later}
          </p>
          {claim.time !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{t('claims.time')}</span>
              {formatEventTime(claim.time, timeZone, 'medium')}
            </p>
          )}
          {claim.locations !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{t('claims.places')}</span>
              {new Intl.ListFormat(intlLocale(), { type: 'unit', style: 'short' }).format(
                claim.locations.map((id) => index.locationsById.get(id)?.name ?? id),
              )}
            </p>
          )}
          {claim.actors !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{t('claims.actors')}</span>
              {claim.actors
                .map(({ actor, role }) => {
                  const name = index.actorsById.get(actor)?.name ?? actor;
                  return role === undefined ? name : t('claims.actorRole', { name, role });
                })
                .join('; ')}
            </p>
          )}
          {claim.casualties !== undefined && claim.casualties.length > 0 && (
            <p className="claim__text">
              <span className="claim__label">{t('claims.figures')}</span>
              {claim.casualties
                .map((c) =>
                  t('claims.figure', {
                    count: formatCount(c.count),
                    kind: casualtyKindLabel(c.kind),
                  }),
                )
                .join(' · ')}
            </p>
          )}
          <ul className="citations">
            {claim.citations.map((citation, i) => (
              <Citation key={i} citation={citation} index={index} />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
