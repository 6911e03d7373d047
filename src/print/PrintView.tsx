import { createPortal } from 'react-dom';
import { t } from '../i18n/i18n';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { fullViewUrl } from '../share/shareLink';
import type { ViewState } from '../state/viewState';
import { EventText } from './EventText';
import { usePrinting } from './usePrinting';
import './print.css';

/** More events than this are not laid out for paper: the document says how many were left out. */
export const PRINT_EVENT_LIMIT = 500;

/** How many events are printed, of how many ("3 of the 12 events in view, in the order …"). */
function countWords(shown: number, total: number): string {
  return shown === total
    ? t('print.countAll', { count: total })
    : t('print.count', { shown, total });
}

/** Props: the dataset, the view, the events that pass its filters, and the open event. */
export interface PrintViewProps {
  /** The dataset of the view, for its title, period and names. */
  index: DatasetIndex;
  /** The view state: its filters are said at the top of the printout. */
  state: ViewState;
  /** The events that pass the filters, in time order. */
  events: readonly IndexedEvent[];
  /** The open event: printed alone when there is one, else the list of events. */
  selected: IndexedEvent | null;
}

/**
 * What printing the page gives (print.css shows only this on paper, and hides it on screen): with
 * an event open, that event alone; otherwise the events in view — those that pass the filters
 * and, when the reader has zoomed, lie in the window — as a chronological document. Each event is
 * an EventText. Without an event open it is laid out only while printing.
 */
export function PrintView({ index, state, events, selected }: PrintViewProps) {
  const printing = usePrinting();
  if (selected === null && !printing) return null;
  const { window } = state;
  const inView =
    selected !== null
      ? [selected]
      : window === null
        ? events
        : events.filter((e) => e.start < window.end && e.end > window.start);
  const shown = inView.slice(0, PRINT_EVENT_LIMIT);
  return createPortal(
    <div className="print-view">
      <header className="print-view__header">
        {selected ? (
          <p className="print-view__story">{index.dataset.title}</p>
        ) : (
          <>
            <h1 className="print-view__story">{index.dataset.title}</h1>
            <p>{countWords(inView.length, index.events.length)}</p>
          </>
        )}
        <p className="print-view__link">{t('print.from', { url: fullViewUrl(state) })}</p>
      </header>
      {shown.map((entry) => (
        <EventText
          key={entry.event.id}
          event={entry.event}
          index={index}
          headingLevel={selected ? 1 : 2}
        />
      ))}
      {inView.length > shown.length && (
        <p>{t('print.more', { count: inView.length - shown.length })}</p>
      )}
    </div>,
    document.body,
  );
}
