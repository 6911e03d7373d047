import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { EventCard } from './EventCard';
import { t } from '../i18n/i18n';
import { listKeyTarget } from './listKeys';
import { useVirtualWindow, VIRTUAL_ROW_PITCH } from './useVirtualWindow';
import './events.css';

/** Props of the event list: the events to show, and how selecting one works. */
export interface EventListProps {
  /** The events that pass the filters, in time order. */
  events: readonly IndexedEvent[];
  /** The dataset, to name places and actors. */
  index: DatasetIndex;
  /** The open event's id, kept in view and marked as current, or null. */
  selectedId: string | null;
  /** The link that opens an event (a real href, so middle-click and "copy link" work). */
  hrefFor: (eventId: string) => string;
  /** Opens an event (a plain click or Enter on its link). */
  onSelect: (eventId: string) => void;
}

/**
 * Above this many events the list renders only the rows in view, in a compact form. At 300, a
 * filter that left 250 of 1,000 events rendered 250 full cards, and laying them out was a third of
 * the click (profiled with `npm run bench:profile`); 100 full cards are still one quick layout.
 */
export const VIRTUAL_THRESHOLD = 100;

function linkAt(list: HTMLElement | null, i: number): HTMLAnchorElement | null {
  return list?.querySelector<HTMLAnchorElement>(`li[data-index="${i}"] a`) ?? null;
}

/**
 * All matching events in time order: the accessible twin of the timeline. Long lists are
 * virtualized (only the rows in view exist, each with its position for screen readers); arrow
 * keys, Home and End move between events in both forms.
 */
export function EventList({ events, index, selectedId, hrefFor, onSelect }: EventListProps) {
  const list = useRef<HTMLOListElement>(null);
  const virtual = events.length > VIRTUAL_THRESHOLD;
  const { scroller, first, last, scrollTo } = useVirtualWindow(events.length, virtual);
  const [pendingFocus, setPendingFocus] = useState<number | null>(null);

  // Keep the selected event in view inside the list, without moving the page.
  useEffect(() => {
    if (selectedId === null) return;
    const i = events.findIndex((e) => e.event.id === selectedId);
    if (i >= 0) scrollTo(i);
  }, [selectedId, events, scrollTo]);

  useLayoutEffect(() => {
    if (pendingFocus === null) return;
    const link = linkAt(list.current, pendingFocus);
    if (link) {
      link.focus();
      setPendingFocus(null);
    }
  }, [pendingFocus, first, last]);

  function onKeyDown(e: KeyboardEvent<HTMLOListElement>) {
    const item = (e.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!item) return;
    const target = listKeyTarget(e.key, Number(item.dataset.index), events.length);
    if (target === null) return;
    e.preventDefault();
    scrollTo(target);
    setPendingFocus(target);
  }

  if (events.length === 0) {
    return <p className="empty-list">{t('list.empty')}</p>;
  }
  const shown = virtual ? events.slice(first, last + 1) : events;
  const offset = virtual ? first : 0;
  const virtualStyle: CSSProperties & Record<'--virtual-row-pitch', string> = {
    height: events.length * VIRTUAL_ROW_PITCH,
    '--virtual-row-pitch': `${VIRTUAL_ROW_PITCH}px`,
  };
  return (
    <div
      className={virtual ? 'list-panel__scroll list-panel__scroll--virtual' : 'list-panel__scroll'}
      ref={scroller}
    >
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys move between the links inside */}
      <ol
        className={virtual ? 'event-list event-list--virtual' : 'event-list'}
        ref={list}
        onKeyDown={onKeyDown}
        style={virtual ? virtualStyle : undefined}
      >
        {shown.map((entry, i) => (
          <EventCard
            key={entry.event.id}
            entry={entry}
            index={index}
            selected={entry.event.id === selectedId}
            href={hrefFor(entry.event.id)}
            onSelect={onSelect}
            compact={virtual}
            position={{
              index: offset + i,
              size: events.length,
              top: virtual ? (offset + i) * VIRTUAL_ROW_PITCH : 0,
            }}
          />
        ))}
      </ol>
    </div>
  );
}
