import { useEffect, type Ref } from 'react';
import { formatDayRange, formatEventTime, timeCertaintyInWords } from '../model/formatTime';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import { categoryColor } from '../ui/categories';
import { ClaimList } from '../reporting/ClaimList';
import { FigureSequence } from '../reporting/FigureSequence';
import {
  currentFigure,
  differenceLine,
  figureHistory,
  type FigureRecord,
} from '../state/reportingView';
import { CasualtyTable } from './CasualtyTable';
import { Citation } from './Citation';
import { noSourceMark } from './EventCard';
import { formatCoordinates } from './formatCoordinates';
import { ShareButton } from './ShareButton';
import { useSwipeDown } from '../ui/useSwipeDown';
import { categoryLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';
import { DataText, dataLang } from '../ui/DataText';
import './events.css';

/** Props of the detail panel for one selected event. */
export interface EventDetailProps {
  /** The open event. */
  entry: IndexedEvent;
  /** The dataset, to name places, actors and sources. */
  index: DatasetIndex;
  /** Position among the events shown ("3 of 27"); 0 when the filters hide this event. */
  position: { current: number; total: number };
  /** The event before this one among those shown, or null (Previous is then disabled). */
  previousId: string | null;
  /** The event after this one among those shown, or null (Next is then disabled). */
  nextId: string | null;
  /** Opens another event (Previous and Next). */
  onSelect: (eventId: string) => void;
  /** Closes the detail (the close button and Escape). */
  onClose: () => void;
  /** Adds an actor to the filters (clicking an actor's name). */
  onFilterActor: (actorId: string) => void;
  /** Adds a place to the filters (clicking a place's chip). */
  onFilterLocation: (locationId: string) => void;
  /** The absolute link to this event with the current view, for the Share button. */
  shareUrl: string;
  /** Receives the title, which the page focuses when the detail opens. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** For each kind and group among the event's figures, its history over every event, if revised. */
function revisionsOf(
  records: readonly FigureRecord[],
  figures: readonly FigureRecord[],
  timeZone: string,
) {
  const seen = new Set<string>();
  return records.flatMap(({ casualty: { kind, group } }) => {
    const key = `${kind} ${group}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const history = figureHistory(figures, kind, group, timeZone);
    return history.length > 1 ? [{ history, current: currentFigure(history) }] : [];
  });
}

/** Everything known about one event: when and how we know, where, who, figures and sources. */
export function EventDetail(props: EventDetailProps) {
  const { entry, index, position, previousId, nextId, onSelect, onClose, headingRef } = props;
  const { event } = entry;
  const { timeZone } = index.dataset;
  const swipe = useSwipeDown(onClose);
  const claims = index.claimsByEvent.get(event.id) ?? [];
  const reporting = index.reporting?.account === 'later-reporting' ? index.reporting : null;
  const difference = reporting ? differenceLine(claims) : null;
  const records = reporting?.figures.filter((r) => r.eventId === event.id);
  const histories = records ? revisionsOf(records, reporting?.figures ?? [], timeZone) : [];
  const reported = reporting?.eventReported.get(event.id) ?? null;

  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onClose();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  return (
    <article className="detail" aria-labelledby="detail-title">
      {/* On a phone the bar is the sheet's handle: swipe it down to close. */}
      <div className="detail__bar" {...swipe}>
        <span className="detail__grabber" aria-hidden="true" />
        <span className="detail__position">
          {position.current > 0
            ? t('detail.position', { current: position.current, total: position.total })
            : t('detail.outsideFilters')}
        </span>
        <div className="detail__nav">
          <button
            type="button"
            className="button"
            disabled={previousId === null}
            onClick={() => previousId !== null && onSelect(previousId)}
          >
            <span className="reading-arrow" aria-hidden="true">
              ←
            </span>{' '}
            {t('detail.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={nextId === null}
            onClick={() => nextId !== null && onSelect(nextId)}
          >
            {t('detail.next')}{' '}
            <span className="reading-arrow" aria-hidden="true">
              →
            </span>
          </button>
          <button
            type="button"
            className="button button--icon button--quiet"
            onClick={onClose}
            aria-label={t('detail.close')}
            title={t('detail.closeHint')}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      </div>

      <ul className="chip-list" aria-label={t('detail.categories')}>
        {event.categories.map((c) => (
          <li key={c} className="chip">
            <span className="swatch" style={{ background: categoryColor(c) }} aria-hidden="true" />
            {categoryLabel(c)}
          </li>
        ))}
      </ul>
      <h2 id="detail-title" className="detail__title" tabIndex={-1} ref={headingRef}>
        <DataText text={event.title} of={event} field="title" />
      </h2>
      {event.account === 'later-reporting' && (
        <p>
          <span className="later-badge">{t('detail.laterOnly')}</span>
        </p>
      )}
      <p className="detail__date">
        <time>{formatEventTime(event.time, timeZone, 'medium')}</time>
      </p>
      {difference !== null && <p className="difference">{difference}</p>}
      {reported !== null && (
        <p className="detail__precision">
          {t('detail.firstReported', {
            day: formatDayRange(reported - 1, reported - 1, timeZone),
          })}
        </p>
      )}
      <p className="detail__precision">{timeCertaintyInWords(event.time, timeZone)}</p>
      {event.time.basis !== undefined && (
        <p className="detail__basis">
          <span className="detail__label">{t('detail.basis')} </span>
          <DataText text={event.time.basis} of={event.time} field="basis" />
        </p>
      )}

      {event.summary !== undefined && (
        <p className="detail__summary" lang={dataLang(event, 'summary')}>
          {event.summary}
        </p>
      )}

      {event.locations.length > 0 && (
        <section className="detail__section" aria-labelledby="detail-places">
          <h3 id="detail-places">{t('detail.where')}</h3>
          <ul className="chip-list detail__chips">
            {event.locations.map((id) => {
              const place = index.locationsById.get(id);
              const shownAt = index.locationsById.get(index.shownAt(id));
              const coords = place?.coordinates
                ? formatCoordinates(place.coordinates)
                : shownAt?.name !== undefined
                  ? t('detail.shownAt', { place: shownAt.name })
                  : t('detail.shownAtSurroundings');
              const local = place?.localName ? `${place.localName} · ` : '';
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="chip chip--button has-hint"
                    onClick={() => props.onFilterLocation(id)}
                    aria-describedby={`place-hint-${id}`}
                  >
                    {place?.name ?? id}
                  </button>
                  <span role="tooltip" id={`place-hint-${id}`} className="hint">
                    {local}
                    {coords} · {t('detail.onlyHere')}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {event.actors.length > 0 && (
        <section className="detail__section" aria-labelledby="detail-actors">
          <h3 id="detail-actors">{t('detail.who')}</h3>
          <ul className="detail__actors">
            {event.actors.map((entry) => {
              const { actor, role } = entry;
              const data = index.actorsById.get(actor);
              return (
                <li key={actor}>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => props.onFilterActor(actor)}
                    title={t('detail.onlyInvolving', { name: data?.name ?? actor })}
                  >
                    {data ? <DataText text={data.name} of={data} field="name" /> : actor}
                  </button>
                  {role && (
                    <span className="detail__role">
                      {' '}
                      — <DataText text={role} of={entry} field="role" />
                    </span>
                  )}
                  {data?.description !== undefined && (
                    <span className="detail__actor-about">
                      <DataText text={data.description} of={data} field="description" />
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {(records ?? event.casualties).length > 0 && (
        <section className="detail__section" aria-labelledby="detail-casualties">
          <h3 id="detail-casualties">{t('detail.figures')}</h3>
          <CasualtyTable casualties={event.casualties} records={records} index={index} />
          {histories.map(({ history, current }) => (
            <FigureSequence
              key={`${history[0]?.casualty.kind} ${history[0]?.casualty.group}`}
              history={history}
              current={current}
              index={index}
            />
          ))}
        </section>
      )}

      {reporting && claims.length > 0 && (
        <section className="detail__section" aria-labelledby="detail-later">
          <h3 id="detail-later">{t('detail.later', { count: claims.length })}</h3>
          <ClaimList claims={claims} index={index} />
        </section>
      )}

      <section className="detail__section" aria-labelledby="detail-sources">
        <h3 id="detail-sources">{t('detail.sources')}</h3>
        {event.citations.length === 0 ? (
          <p className="detail__no-source">{t('detail.noSource', { mark: noSourceMark() })}</p>
        ) : (
          <ul className="citations">
            {event.citations.map((citation, i) => (
              <Citation key={i} citation={citation} index={index} />
            ))}
          </ul>
        )}
      </section>

      <div className="detail__footer">
        <ShareButton url={props.shareUrl} title={event.title} />
      </div>
    </article>
  );
}
