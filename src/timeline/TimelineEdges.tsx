import { formatEventTimeShort } from '../model/formatTime';
import type { IndexedEvent } from '../state/datasetIndex';
import type { OffscreenEvents } from '../state/timeIndex';
import { useIsWide } from '../ui/breakpoints';
import { isPlainClick } from '../ui/isPlainClick';

/** Props: what lies outside the window, and how to go there. */
export interface TimelineEdgesProps {
  /** The events outside the window, before and after it, nearest first. */
  offscreen: OffscreenEvents;
  /** The dataset's time zone, to date the events named. */
  timeZone: string;
  /** The link that opens an event. */
  hrefFor: (eventId: string) => string;
  /** Opens an event (the timeline moves to show it at its own scale). */
  onSelect: (eventId: string) => void;
}

/** Up to this many events outside the window are named one by one (one on a phone); beyond, counted. */
const NAMED_WIDE = 3;

function EventLink({
  entry,
  timeZone,
  hrefFor,
  onSelect,
}: { entry: IndexedEvent } & Omit<TimelineEdgesProps, 'offscreen'>) {
  return (
    <a
      className="timeline-edges__event"
      href={hrefFor(entry.event.id)}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        onSelect(entry.event.id);
      }}
    >
      <span className="timeline-edges__when">
        {formatEventTimeShort(entry.event.time, timeZone)}
      </span>{' '}
      {entry.event.title}
    </a>
  );
}

function Side({
  events,
  side,
  named: limit,
  ...rest
}: {
  events: readonly IndexedEvent[];
  side: 'before' | 'after';
  /** How many may be named one by one. */
  named: number;
} & Omit<TimelineEdgesProps, 'offscreen'>) {
  if (events.length === 0) return null;
  const word = side === 'before' ? 'Earlier' : 'Later';
  const arrow = side === 'before' ? '←' : '→';
  const named = events.length <= limit ? events : events.slice(0, 1);
  return (
    <div className={`timeline-edges__side timeline-edges__side--${side}`}>
      <span className="timeline-edges__label">
        {side === 'before' && <span aria-hidden="true">{arrow} </span>}
        {events.length <= limit
          ? `${word}, outside this view:`
          : `${events.length.toLocaleString('en-GB')} ${word.toLowerCase()} events outside this view; the nearest:`}
        {side === 'after' && <span aria-hidden="true"> {arrow}</span>}
      </span>
      <ul className="timeline-edges__list">
        {named.map((entry) => (
          <li key={entry.event.id}>
            <EventLink entry={entry} {...rest} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The context band above the chart: the events outside the window on either side, named (or
 * counted, with the nearest named), each a link that opens it — so distant background events stay
 * one click away when "Fit all" keeps the story's width, and a deep zoom with nothing in view
 * still points to the nearest events.
 */
export function TimelineEdges({ offscreen, ...rest }: TimelineEdgesProps) {
  const named = useIsWide() ? NAMED_WIDE : 1;
  if (offscreen.before.length === 0 && offscreen.after.length === 0) return null;
  return (
    <nav className="timeline-edges" aria-label="Events outside the timeline’s view">
      <Side events={offscreen.before} side="before" named={named} {...rest} />
      <Side events={offscreen.after} side="after" named={named} {...rest} />
    </nav>
  );
}
