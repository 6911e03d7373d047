import { t } from '../i18n/i18n';
import { LANE_MODES, type LaneMode, type TimeWindow } from '../state/viewState';
import { ZOOM_STEP } from './timelineKeys';
import { zoomWindow } from './timeWindow';

/** Props of the toolbar above the chart: zoom, the range in view, and the lanes. */
export interface TimelineToolbarProps {
  /** The window shown now (during a gesture, the live one). */
  window: TimeWindow;
  /** What "Fit all" shows. */
  fitAll: TimeWindow;
  /** The instant zoom keeps in place: the open event, when it is in view. */
  anchor: number | undefined;
  /** True when the window is the opening one (nothing to reset). */
  isDefaultWindow: boolean;
  /** The range in words: "2–7 January 2022". */
  rangeLabel: string;
  /** How many of the shown events are in the window, and how many are shown. */
  inView: number;
  /** How many events are shown (pass the filters). */
  total: number;
  /** The current lane grouping, and how to change it. */
  lanes: LaneMode;
  /** Changes the lane grouping ("Group rows by"). */
  onLanesChange: (lanes: LaneMode) => void;
  /** A new window, or null for the opening one. */
  onWindowChange: (window: TimeWindow | null) => void;
}

/** Each option says what it does on its own (on a phone the label beside it is hidden). */
function laneLabel(mode: LaneMode): string {
  return t(`toolbar.lanes.${mode}`);
}

/** Zoom in and out (about the open event), fit all, reset; the range in view; lanes. */
export function TimelineToolbar(props: TimelineToolbarProps) {
  const { window, anchor, onWindowChange } = props;
  return (
    <div className="timeline__toolbar">
      <div className="timeline__zoom" role="group" aria-label={t('toolbar.zoom')}>
        <button
          type="button"
          className="button button--icon"
          onClick={() => onWindowChange(zoomWindow(window, ZOOM_STEP, anchor))}
          aria-label={t('toolbar.zoomIn')}
          title={t('toolbar.zoomIn.title')}
        >
          <span aria-hidden="true">+</span>
        </button>
        <button
          type="button"
          className="button button--icon"
          onClick={() => onWindowChange(zoomWindow(window, 1 / ZOOM_STEP, anchor))}
          aria-label={t('toolbar.zoomOut')}
          title={t('toolbar.zoomOut.title')}
        >
          <span aria-hidden="true">−</span>
        </button>
        <button
          type="button"
          className="button"
          onClick={() => onWindowChange(props.fitAll)}
          title={t('toolbar.fitAll.title')}
        >
          {t('toolbar.fitAll')}
        </button>
        {/* Always present, so zooming never shifts the layout. */}
        <button
          type="button"
          className="button button--quiet timeline__reset"
          disabled={props.isDefaultWindow}
          onClick={() => onWindowChange(null)}
          title={t('toolbar.reset.title')}
        >
          {t('toolbar.reset')}
        </button>
      </div>
      <p className="timeline__range" role="status" aria-label={t('toolbar.range.label')}>
        <span className="timeline__range-dates">{props.rangeLabel}</span>{' '}
        <span className="timeline__range-count">
          {t('toolbar.range.count', { inView: props.inView, total: props.total })}
        </span>
      </p>
      <label className="timeline__lanes">
        <span className="visually-hidden-narrow">{t('toolbar.lanes.label')}</span>
        <select
          className="input"
          value={props.lanes}
          onChange={(e) => props.onLanesChange(e.target.value as LaneMode)}
        >
          {LANE_MODES.map((mode) => (
            <option key={mode} value={mode}>
              {laneLabel(mode)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
