import type { CSSProperties, MouseEvent } from 'react';
import { casualtySummary } from '../model/casualties';
import { formatEventTime } from '../model/formatTime';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { eventColor } from '../ui/categories';

/** Props of the event list: the events to show, and how selecting one works. */
export interface EventListProps {
  events: readonly IndexedEvent[];
  index: DatasetIndex;
  selectedId: string | null;
  /** The link that opens an event (a real href, so middle-click and "copy link" work). */
  hrefFor: (eventId: string) => string;
  onSelect: (eventId: string) => void;
}

function isPlainClick(e: MouseEvent): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;
}

/** All matching events in time order: the accessible twin of the timeline. */
export function EventList({ events, index, selectedId, hrefFor, onSelect }: EventListProps) {
  const { timeZone } = index.dataset;
  if (events.length === 0) {
    return <p className="empty-list">No events match these filters.</p>;
  }
  return (
    <ol className="event-list">
      {events.map(({ event }) => {
        const selected = event.id === selectedId;
        const places = event.locations
          .map((id) => index.locationsById.get(id)?.name ?? id)
          .join(', ');
        const actors = event.actors
          .map((a) => index.actorsById.get(a.actor)?.name ?? a.actor)
          .join(', ');
        return (
          <li
            key={event.id}
            className={selected ? 'event-card event-card--selected' : 'event-card'}
            data-event-id={event.id}
            style={{ '--event-color': eventColor(event.categories) } as CSSProperties}
          >
            <p className="event-card__date">{formatEventTime(event.time, timeZone)}</p>
            <h3 className="event-card__title">
              <a
                href={hrefFor(event.id)}
                aria-current={selected ? 'true' : undefined}
                onClick={(e) => {
                  if (!isPlainClick(e)) return;
                  e.preventDefault();
                  onSelect(event.id);
                }}
              >
                {event.title}
              </a>
            </h3>
            {places && (
              <p className="event-card__meta">
                <span className="visually-hidden">Places: </span>
                {places}
              </p>
            )}
            {actors && (
              <p className="event-card__meta event-card__actors">
                <span className="visually-hidden">Actors: </span>
                {actors}
              </p>
            )}
            {event.casualties.length > 0 && (
              <p className="event-card__casualties">
                <span className="visually-hidden">Casualty figures: </span>
                {casualtySummary(event.casualties)}
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
