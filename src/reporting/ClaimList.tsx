import { formatCount } from '../model/casualties';
import { formatEventTime } from '../model/formatTime';
import type { Claim, ClaimRelation, ClaimStatus, ClaimSubject } from '../model/schema';
import { Citation } from '../events/Citation';
import type { DatasetIndex } from '../state/datasetIndex';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import './reporting.css';

/** The words of the claims, kept together for the translations to come. */
export const claimMessages = {
  relation: {
    confirms: 'Confirms the article',
    'more-precise': 'More precise',
    contradicts: 'Contradicts the article',
    attribution: 'Attribution',
    outcome: 'Outcome',
  } satisfies Record<ClaimRelation, string>,
  status: {
    confirmed: 'Confirmed',
    unconfirmed: 'Unconfirmed',
    retracted: 'Retracted',
  } satisfies Record<ClaimStatus, string>,
  about: {
    time: 'about its time',
    place: 'about its place',
    actors: 'about who',
    outcome: 'about its outcome',
    wording: 'about its wording',
    figures: 'about its figures',
  } satisfies Record<ClaimSubject, string>,
  article: 'Article: ',
  later: 'Later reporting: ',
  time: 'Time in later reporting: ',
  places: 'Places: ',
  actors: 'Who: ',
  figures: 'Figures: ',
};

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
          <ul className="claim__tags" aria-label="How it relates and holds">
            <li className={`claim__tag claim__tag--${claim.relation}`}>
              {claimMessages.relation[claim.relation]}
            </li>
            <li className={`claim__tag claim__tag--${claim.status}`}>
              {claimMessages.status[claim.status]}
            </li>
            <li className="claim__tag">{claimMessages.about[claim.about]}</li>
          </ul>
          {claim.article !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{claimMessages.article}</span>
              {claim.article}
            </p>
          )}
          <p className="claim__text">
            <span className="claim__label">{claimMessages.later}</span>
            {claim.later}
          </p>
          {claim.time !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{claimMessages.time}</span>
              {formatEventTime(claim.time, timeZone, 'medium')}
            </p>
          )}
          {claim.locations !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{claimMessages.places}</span>
              {claim.locations.map((id) => index.locationsById.get(id)?.name ?? id).join(', ')}
            </p>
          )}
          {claim.actors !== undefined && (
            <p className="claim__text">
              <span className="claim__label">{claimMessages.actors}</span>
              {claim.actors
                .map(({ actor, role }) => {
                  const name = index.actorsById.get(actor)?.name ?? actor;
                  return role === undefined ? name : `${name} (${role})`;
                })
                .join('; ')}
            </p>
          )}
          {claim.casualties !== undefined && claim.casualties.length > 0 && (
            <p className="claim__text">
              <span className="claim__label">{claimMessages.figures}</span>
              {claim.casualties
                .map((c) => `${formatCount(c.count)} ${casualtyKindLabel(c.kind)}`)
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
