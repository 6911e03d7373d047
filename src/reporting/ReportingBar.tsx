import { useId, useMemo, useState } from 'react';
import { formatCount } from '../model/casualties';
import { formatValue } from '../model/formatTime';
import type { Dataset } from '../model/schema';
import type { DatasetIndex } from '../state/datasetIndex';
import {
  currentFigure,
  figureHistory,
  hasLaterReporting,
  figureKeys,
  type FigureRecord,
} from '../state/reportingView';
import { FIGURE_TABLE_ID } from '../state/viewFigures';
import type { ViewState } from '../state/viewState';
import { FigureSequence, groupName } from './FigureSequence';
import { dayInWords, reportingDays, shiftDay } from './reportingDays';
import { casualtyKindLabel } from '../i18n/vocabularyWords';
import { t } from '../i18n/i18n';
import { CASUALTY_KINDS } from '../model/vocabulary';
import './reporting.css';

/** Props: the whole dataset, the view's index, the view state, and how to change it. */
export interface ReportingBarProps {
  /** The whole dataset, every account included: whether it has later reporting, and its days. */
  dataset: Dataset;
  /** The index of the account shown, for its figures and sources. */
  index: DatasetIndex;
  /** The view state: the account, the reporting date, and whether the lists are shown. */
  state: ViewState;
  /** Changes the view state (the account, the date, the source list, the figure table). */
  onChange: (patch: Partial<ViewState>) => void;
  /** How many casualty figures the events shown have: the button that shows them all counts them. */
  figureCount: number;
}

/**
 * Above the timeline: which account is shown (the article as published, or the story with later
 * reporting), the reporting date (what had been reported by the end of a day), the figures as
 * reported by then with their revisions, and the button that shows every source. Shown only for a
 * dataset with later reporting, except the sources button.
 */
export function ReportingBar({ dataset, index, state, onChange, figureCount }: ReportingBarProps) {
  const ids = useId();
  const [revisionsOpen, setRevisionsOpen] = useState(false);
  const layered = useMemo(() => hasLaterReporting(dataset), [dataset]);
  const days = useMemo(() => reportingDays(dataset), [dataset]);
  const { timeZone } = dataset;
  const later = state.account === 'later-reporting';
  const published = dataset.published ? dayInWords(dataset.published.date, timeZone) : null;
  const reporting = index.reporting;
  const histories = useMemo(() => {
    if (!later || reporting === null) return [];
    return figureKeys(reporting.figures)
      .sort((a, b) => CASUALTY_KINDS.indexOf(a.kind) - CASUALTY_KINDS.indexOf(b.kind))
      .map((key) => {
        const history = figureHistory(reporting.figures, key.kind, key.group, timeZone);
        return { key, history, current: currentFigure(history) };
      });
  }, [later, reporting, timeZone]);
  const sourceCount = reporting?.sources.length ?? index.dataset.sources.length;

  const stepFrom = state.knownOn ?? dataset.published?.date ?? days?.last ?? null;
  const step = (count: number) => {
    if (stepFrom === null) return;
    onChange({ knownOn: shiftDay(stepFrom, count, timeZone) });
  };

  return (
    <section className="reporting" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="visually-hidden">
        {t('reporting.heading')}
      </h2>
      {layered && (
        <fieldset className="reporting__accounts">
          <legend className="reporting__legend visually-hidden-narrow">
            {t('reporting.account')}
          </legend>
          <label className="reporting__account">
            <input
              type="radio"
              name={`${ids}-account`}
              value="article"
              checked={!later}
              onChange={() => onChange({ account: 'article' })}
            />
            <span>
              {t('reporting.article')}
              <span className="visually-hidden-narrow">
                {published === null
                  ? t('reporting.articleOn.undated')
                  : t('reporting.articleOn', { date: published })}
              </span>
            </span>
          </label>
          <label className="reporting__account">
            <input
              type="radio"
              name={`${ids}-account`}
              value="later-reporting"
              checked={later}
              onChange={() => onChange({ account: 'later-reporting' })}
            />
            {t('reporting.later')}
          </label>
        </fieldset>
      )}
      {layered && later && (
        <div className="reporting__date">
          <label className="reporting__label" htmlFor={`${ids}-known`}>
            {t('reporting.reportedBy')}
          </label>
          <input
            id={`${ids}-known`}
            className="input"
            type="date"
            value={state.knownOn ?? ''}
            min={days?.first}
            max={days?.last}
            onChange={(e) => onChange({ knownOn: e.target.value === '' ? null : e.target.value })}
          />
          <button
            type="button"
            className="button button--small"
            aria-label={t('reporting.previousDay')}
            onClick={() => step(-1)}
          >
            <span className="reading-arrow" aria-hidden="true">
              ←
            </span>{' '}
            {t('reporting.previousDay.short')}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={t('reporting.nextDay')}
            onClick={() => step(1)}
          >
            {t('reporting.nextDay.short')}{' '}
            <span className="reading-arrow" aria-hidden="true">
              →
            </span>
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t('reporting.allReporting')}
            disabled={state.knownOn === null}
            onClick={() => onChange({ knownOn: null })}
          >
            {t('reporting.allReporting.short')}
          </button>
        </div>
      )}
      <button
        type="button"
        className="button button--small"
        aria-expanded={state.sourceList}
        aria-controls="source-list"
        onClick={() => onChange({ sourceList: !state.sourceList })}
      >
        {t('reporting.sources', { count: sourceCount })}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-expanded={state.figureTable}
        aria-controls={FIGURE_TABLE_ID}
        onClick={() => onChange({ figureTable: !state.figureTable })}
      >
        {t('reporting.figureTable', { count: figureCount })}
      </button>
      {layered && later && (
        <section className="reporting__figures" aria-labelledby={`${ids}-figures`}>
          <h3 id={`${ids}-figures`} className="reporting__figures-title">
            {state.knownOn === null
              ? t('reporting.figures.all')
              : t('reporting.figures.by', { date: dayInWords(state.knownOn, timeZone) })}
          </h3>
          {histories.length === 0 ? (
            <p>{t('reporting.noFigures')}</p>
          ) : (
            <>
              <ul className="reporting__current">
                {histories.map(({ key, history, current }) => (
                  <li key={`${key.kind} ${key.group}`}>
                    <span className="reporting__current-label">
                      {t('reporting.current.label', {
                        group: groupName(key.group, index),
                        kind: casualtyKindLabel(key.kind),
                      })}
                    </span>{' '}
                    <strong>{figureInWords(current, history)}</strong>
                    {current !== null && (
                      <span className="reporting__current-claim">
                        {' '}
                        {t('reporting.current.claim', { claim: claimInWords(current, index) })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="button button--small button--quiet"
                aria-expanded={revisionsOpen}
                aria-controls={`${ids}-revisions`}
                onClick={() => setRevisionsOpen((open) => !open)}
              >
                {revisionsOpen ? t('reporting.hideRevisions') : t('reporting.showRevisions')}
              </button>
              <ul id={`${ids}-revisions`} className="reporting__histories" hidden={!revisionsOpen}>
                {histories
                  .filter(({ history }) => history.length > 1)
                  .map(({ key, history, current }) => (
                    <li key={`${key.kind} ${key.group}`}>
                      <FigureSequence history={history} current={current} index={index} />
                    </li>
                  ))}
              </ul>
            </>
          )}
        </section>
      )}
    </section>
  );
}

/** Who gave a figure and as of when: "Interior Ministry of Kazakhstan, 6 Jan 2022". */
function claimInWords({ casualty }: FigureRecord, index: DatasetIndex): string {
  const who =
    casualty.claimedBy === null
      ? t('reporting.notAttributed')
      : (index.actorsById.get(casualty.claimedBy)?.name ?? casualty.claimedBy);
  return t('reporting.claim', {
    who,
    date: formatValue(casualty.asOf, index.dataset.timeZone, undefined, 'short'),
  });
}

/** The figure a history stands at ("18"), or its last withdrawn one ("164, withdrawn"). */
function figureInWords(current: FigureRecord | null, history: readonly FigureRecord[]): string {
  if (current !== null) return formatCount(current.casualty.count);
  const last = history.at(-1);
  return last ? t('reporting.withdrawnFigure', { figure: formatCount(last.casualty.count) }) : '—';
}
