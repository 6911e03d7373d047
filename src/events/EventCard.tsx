import type { CSSProperties } from 'react';
import { casualtySummary, figureSummary } from '../model/casualties';
import { formatEventTime } from '../model/formatTime';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { differenceLine } from '../state/reportingView';
import { eventColor } from '../ui/categories';
import { isPlainClick } from '../ui/isPlainClick';
import { t } from '../i18n/i18n';
import { DataText } from '../ui/DataText';

/** Props of one list item. */
export interface EventCardProps {
  /** The event to show. */
  entry: IndexedEvent;
  /** The dataset, to name the event's places and actors. */
  index: DatasetIndex;
  /** Whether this is the open event (marked as current). */
  selected: boolean;
  /** The link that opens the event, for middle-click and "copy link address". */
  href: string;
  /** Opens the event; called on a plain click instead of following the link. */
  onSelect: (eventId: string) => void;
  /** One line each for date, title and details, for long virtualized lists. */
  compact?: boolean;
  /** Position in the list, for screen readers when only part of the list is rendered. */
  position?: { index: number; size: number; top: number };
}

/** The mark of an event that cites no source: "No source given". */
export function noSourceMark(): string {
  return t('card.noSource');
}

/** One event in the list: date in words, title as a real link, places, actors and casualty figures. */
export function EventCard({
  entry,
  index,
  selected,
  href,
  onSelect,
  compact,
  position,
}: EventCardProps) {
  const { event } = entry;
  const difference =
    index.reporting?.account === 'later-reporting'
      ? differenceLine(index.claimsByEvent.get(event.id) ?? [])
      : null;
  const places = event.locations.map((id) => index.locationsById.get(id)?.name ?? id).join(', ');
  const actors = event.actors.map((a) => index.actorsById.get(a.actor)?.name ?? a.actor).join(', ');
  const noSource = noSourceMark();
  const className = [
    'event-card',
    selected && 'event-card--selected',
    compact && 'event-card--compact',
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties & Record<'--event-color', string> = {
    '--event-color': eventColor(event.categories),
  };
  if (position) style.top = position.top;
  return (
    <li
      className={className}
      data-event-id={event.id}
      data-index={position?.index}
      aria-setsize={position?.size}
      aria-posinset={position === undefined ? undefined : position.index + 1}
      style={style}
    >
      <p className="event-card__date">
        {formatEventTime(event.time, index.dataset.timeZone, 'medium')}
      </p>
      <h3 className="event-card__title">
        <a
          href={href}
          aria-current={selected ? 'true' : undefined}
          onClick={(e) => {
            if (!isPlainClick(e)) return;
            e.preventDefault();
            onSelect(event.id);
          }}
        >
          <DataText text={event.title} of={event} field="title" />
        </a>
        {event.account === 'later-reporting' && (
          <>
            {' '}
            <span className="later-badge">{t('card.later')}</span>
          </>
        )}
      </h3>
      {difference !== null && !compact && <p className="event-card__difference">{difference}</p>}
      {compact ? (
        <p className="event-card__meta">
          <span className="visually-hidden">{t('card.places')} </span>
          {places}
          {event.casualties.length > 0 && (
            <span className="event-card__casualties">
              {' · '}
              <span className="visually-hidden">{t('card.figures')} </span>
              {casualtySummary(event.casualties, index)}
            </span>
          )}
          {event.citations.length === 0 && (
            <span className="event-card__no-source">
              {' · '}
              {noSource}
            </span>
          )}
        </p>
      ) : (
        <>
          {places && (
            <p className="event-card__meta">
              <span className="visually-hidden">{t('card.places')} </span>
              {places}
            </p>
          )}
          {actors && (
            <p className="event-card__meta event-card__actors">
              <span className="visually-hidden">{t('card.actors')} </span>
              {actors}
            </p>
          )}
          {event.casualties.length > 0 && (
            <div className="event-card__casualties event-card__figures">
              <span className="visually-hidden">{t('card.figures')} </span>
              {event.casualties.map((casualty, i) => (
                <p key={i}>{figureSummary(casualty, index)}</p>
              ))}
            </div>
          )}
          {event.citations.length === 0 && <p className="event-card__no-source">{noSource}</p>}
        </>
      )}
    </li>
  );
}
