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
import './reporting.css';

/** The words of the bar, kept together for the translations to come. */
export const reportingMessages = {
  heading: 'Account and reporting date',
  account: 'Account',
  article: 'The article',
  /** Continues "The article"; a phone shows it to screen readers only. */
  articleOn: (on: string | null) => (on === null ? ', as published' : `, as published on ${on}`),
  later: 'With later reporting',
  reportedBy: 'Reported by',
  previousDay: 'Previous day',
  previousDayShort: 'Day',
  nextDay: 'Next day',
  nextDayShort: 'Day',
  allReporting: 'All reporting',
  allReportingShort: 'All',
  figures: (day: string | null) =>
    day === null ? 'Figures, all reporting' : `Figures as reported by ${day}`,
  noFigures: 'No figure had been reported by then.',
  withdrawn: 'withdrawn',
  notAttributed: 'not attributed',
  showRevisions: 'Show the revisions',
  hideRevisions: 'Hide the revisions',
  sources: (count: number) => `Sources (${count.toLocaleString('en-GB')})`,
  figureTable: (count: number) => `Figures (${count.toLocaleString('en-GB')})`,
};

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

/** Kinds in the order a reader looks for them. */
const KIND_ORDER = ['killed', 'injured', 'hospitalized', 'intensive-care', 'arrested', 'missing'];

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
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
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
        {reportingMessages.heading}
      </h2>
      {layered && (
        <fieldset className="reporting__accounts">
          <legend className="reporting__legend visually-hidden-narrow">
            {reportingMessages.account}
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
              {reportingMessages.article}
              <span className="visually-hidden-narrow">
                {reportingMessages.articleOn(published)}
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
            {reportingMessages.later}
          </label>
        </fieldset>
      )}
      {layered && later && (
        <div className="reporting__date">
          <label className="reporting__label" htmlFor={`${ids}-known`}>
            {reportingMessages.reportedBy}
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
            aria-label={reportingMessages.previousDay}
            onClick={() => step(-1)}
          >
            <span aria-hidden="true">←</span> {reportingMessages.previousDayShort}
          </button>
          <button
            type="button"
            className="button button--small"
            aria-label={reportingMessages.nextDay}
            onClick={() => step(1)}
          >
            {reportingMessages.nextDayShort} <span aria-hidden="true">→</span>
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={reportingMessages.allReporting}
            disabled={state.knownOn === null}
            onClick={() => onChange({ knownOn: null })}
          >
            {reportingMessages.allReportingShort}
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
        {reportingMessages.sources(sourceCount)}
      </button>
      <button
        type="button"
        className="button button--small"
        aria-expanded={state.figureTable}
        aria-controls={FIGURE_TABLE_ID}
        onClick={() => onChange({ figureTable: !state.figureTable })}
      >
        {reportingMessages.figureTable(figureCount)}
      </button>
      {layered && later && (
        <section className="reporting__figures" aria-labelledby={`${ids}-figures`}>
          <h3 id={`${ids}-figures`} className="reporting__figures-title">
            {reportingMessages.figures(
              state.knownOn === null ? null : dayInWords(state.knownOn, timeZone),
            )}
          </h3>
          {histories.length === 0 ? (
            <p>{reportingMessages.noFigures}</p>
          ) : (
            <>
              <ul className="reporting__current">
                {histories.map(({ key, history, current }) => (
                  <li key={`${key.kind} ${key.group}`}>
                    <span className="reporting__current-label">
                      {groupName(key.group, index)}, {casualtyKindLabel(key.kind)}:
                    </span>{' '}
                    <strong>{figureInWords(current, history)}</strong>
                    {current !== null && (
                      <span className="reporting__current-claim">
                        {' '}
                        ({claimInWords(current, index)})
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
                {revisionsOpen ? reportingMessages.hideRevisions : reportingMessages.showRevisions}
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
      ? reportingMessages.notAttributed
      : (index.actorsById.get(casualty.claimedBy)?.name ?? casualty.claimedBy);
  return `${who}, ${formatValue(casualty.asOf, index.dataset.timeZone, undefined, 'short')}`;
}

/** The figure a history stands at ("18"), or its last withdrawn one ("164, withdrawn"). */
function figureInWords(current: FigureRecord | null, history: readonly FigureRecord[]): string {
  if (current !== null) return formatCount(current.casualty.count);
  const last = history.at(-1);
  return last ? `${formatCount(last.casualty.count)}, ${reportingMessages.withdrawn}` : '—';
}
