import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { DataProvenance } from '../state/dataProvenance';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow, ViewState } from '../state/viewState';
import { t } from '../i18n/i18n';
import './formats.css';

/** Props: the view to export, and where its data came from. */
export interface ExportMenuProps {
  /** The dataset of the view, to export its events with their actors, places and sources. */
  index: DatasetIndex;
  /** The events that pass the filters. */
  events: readonly IndexedEvent[];
  /** The view state, for the link and the citation of the view exported. */
  state: ViewState;
  /** The timeline's window. */
  window: TimeWindow;
  /** Where the dataset came from, written into the exports. */
  provenance: DataProvenance;
}

/** The panel loads when the menu first opens, not with the page. */
const ExportPanel = lazy(() =>
  import('./ExportPanel').then((module) => ({ default: module.ExportPanel })),
);

/**
 * "Export": the events in view as Chronicle JSON, CSV, GeoJSON, a calendar, a picture of the
 * timeline (PNG, SVG), or a citation of the view (`ExportPanel`, loaded on first opening).
 */
export function ExportMenu(props: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  // Once opened, the panel stays (hidden when closed), so its last message stays with it.
  const [opened, setOpened] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        root.current?.querySelector<HTMLButtonElement>('.export-menu__toggle')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  // Until the panel is opened and its code is here, an empty panel stands in (the toggle
  // controls it).
  const placeholder = (
    <div id={panelId} className="export-menu__panel" hidden={!open} aria-busy="true" />
  );
  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="button export-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen((o) => !o);
          setOpened(true);
        }}
      >
        {t('export.toggle')}
      </button>
      {opened ? (
        <Suspense fallback={placeholder}>
          <ExportPanel {...props} id={panelId} hidden={!open} />
        </Suspense>
      ) : (
        placeholder
      )}
    </div>
  );
}
