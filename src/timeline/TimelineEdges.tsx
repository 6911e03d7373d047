import { t } from '../i18n/i18n';
import { formatEventTimeShort } from '../model/formatTime';
import type { IndexedEvent } from '../state/datasetIndex';
import type { OffscreenEvents } from '../state/timeIndex';
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

function EventLink({
  entry,
  timeZone,
  hrefFor,
  onSelect,
}: { entry: IndexedEvent } & Omit<TimelineEdgesProps, 'offscreen'>) {
  const when = formatEventTimeShort(entry.event.time, timeZone);
  return (
    <a
      className="timeline-edges__event"
      href={hrefFor(entry.event.id)}
      // The title may be cut to the band's one line; the whole of it shows on hover.
      title={`${when} ${entry.event.title}`}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        onSelect(entry.event.id);
      }}
    >
      <span className="timeline-edges__when">{when}</span> {entry.event.title}
    </a>
  );
}

/** How many events lie on one side of the window: "3 earlier events", "1 later event". */
function countOutside(n: number, side: 'before' | 'after'): string {
  return side === 'before' ? t('edges.earlier', { count: n }) : t('edges.later', { count: n });
}

function Side({
  events,
  side,
  ...rest
}: {
  events: readonly IndexedEvent[];
  side: 'before' | 'after';
} & Omit<TimelineEdgesProps, 'offscreen'>) {
  const [nearest] = events;
  // An empty side keeps its column, so the other side stays where it was.
  if (!nearest) return <div className={`timeline-edges__side timeline-edges__side--${side}`} />;
  return (
    <div className={`timeline-edges__side timeline-edges__side--${side}`}>
      <span className="timeline-edges__label">
        {side === 'before' && <span aria-hidden="true">← </span>}
        {countOutside(events.length, side)}
        <span className="visually-hidden">{t('edges.nearest')}</span>
        {side === 'after' && <span aria-hidden="true"> →</span>}
      </span>
      <EventLink entry={nearest} {...rest} />
    </div>
  );
}

/**
 * The context band above the chart: how many events lie outside the window on either side, each
 * side naming its nearest as a link that opens it — so distant background events stay one click
 * away when "Fit all" keeps the story's width, and a deep zoom with nothing in view still points to
 * the nearest events. Its height never changes with the zoom (two columns of two lines, the title
 * cut to one), so zooming never moves the chart below it.
 */
export function TimelineEdges({ offscreen, ...rest }: TimelineEdgesProps) {
  const none = offscreen.before.length === 0 && offscreen.after.length === 0;
  return (
    <nav className="timeline-edges" aria-label={t('edges.label')}>
      {none ? (
        <p className="timeline-edges__all">{t('edges.allInView')}</p>
      ) : (
        <>
          <Side events={offscreen.before} side="before" {...rest} />
          <Side events={offscreen.after} side="after" {...rest} />
        </>
      )}
    </nav>
  );
}
