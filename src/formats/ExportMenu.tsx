import { useEffect, useId, useRef, useState } from 'react';
import type { DataProvenance } from '../state/dataProvenance';
import type { DatasetIndex, IndexedEvent } from '../state/datasetIndex';
import type { TimeWindow, ViewState } from '../state/viewState';
import type { ExportView } from './exportView';
import type { ViewCitation } from './citeView';
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

type FileKind = 'json' | 'csv' | 'geojson' | 'ics' | 'png' | 'svg';

const TYPES: Record<FileKind, string> = {
  json: 'application/json',
  csv: 'text/csv',
  geojson: 'application/geo+json',
  ics: 'text/calendar',
  png: 'image/png',
  svg: 'image/svg+xml',
};

/** Makes one file of the view; the exporters load only now, not with the page. */
async function makeFile(kind: FileKind, view: ExportView): Promise<Blob | string> {
  switch (kind) {
    case 'json':
      return (await import('./exportFiles')).viewAsJson(view);
    case 'csv':
      return (await import('./exportFiles')).viewAsCsv(view);
    case 'geojson':
      return (await import('./exportFiles')).viewAsGeoJson(view);
    case 'ics':
      return (await import('./exportCalendar')).viewAsCalendar(view);
    case 'png':
    case 'svg': {
      const region = document.querySelector('.timeline__viewport[role="region"]');
      if (region === null) throw new Error(t('export.noChart'));
      const [{ snapshotTimeline, timelineSvg, svgToPng }, { pictureWords }] = await Promise.all([
        import('./timelinePicture'),
        import('./exportView'),
      ]);
      const svg = timelineSvg(snapshotTimeline(region), pictureWords(view));
      return kind === 'svg' ? svg : svgToPng(svg);
    }
  }
}

function CitationBlock({ label, text }: { label: string; text: string }) {
  const [copied, setCopied] = useState(false);
  const id = useId();
  return (
    <div className="export-menu__citation">
      <div className="export-menu__citation-head">
        <span id={id}>{label}</span>
        <button
          type="button"
          className="button button--small"
          aria-describedby={id}
          onClick={() => {
            void navigator.clipboard.writeText(text).then(() => setCopied(true));
          }}
        >
          {copied ? t('export.copied') : t('export.copy')}
        </button>
      </div>
      <textarea aria-labelledby={id} readOnly rows={4} value={text} />
    </div>
  );
}

/**
 * "Export": the events in view as Chronicle JSON, CSV, GeoJSON, a calendar, a picture of the
 * timeline (PNG, SVG), or a citation of the view, each a download named after what it holds.
 */
export function ExportMenu({
  index,
  events,
  state,
  window: timeWindow,
  provenance,
}: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [citation, setCitation] = useState<ViewCitation | null>(null);
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

  const view = (): ExportView => ({
    index,
    events,
    state,
    window: timeWindow,
    provenance,
    pageUrl: globalThis.location.href,
    now: new Date(),
  });

  const save = async (kind: FileKind) => {
    try {
      const current = view();
      const [{ exportFileName }, { downloadFile }, content] = await Promise.all([
        import('./exportView'),
        import('./download'),
        makeFile(kind, current),
      ]);
      const name = exportFileName(current, kind);
      downloadFile(name, content, TYPES[kind]);
      setStatus(t('export.saved', { name }));
    } catch (error) {
      setStatus(
        t('export.failed', { reason: error instanceof Error ? error.message : String(error) }),
      );
    }
  };

  const cite = async () => {
    const { citeView } = await import('./citeView');
    setCitation(citeView(view()));
  };

  const files: [FileKind, string][] = [
    ['json', t('export.json')],
    ['csv', t('export.csv')],
    ['geojson', t('export.geojson')],
    ['ics', t('export.ics')],
    ['png', t('export.png')],
    ['svg', t('export.svg')],
  ];

  return (
    <div className="export-menu" ref={root}>
      <button
        type="button"
        className="button export-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t('export.toggle')}
      </button>
      <div id={panelId} className="export-menu__panel" hidden={!open}>
        <p className="export-menu__intro">{t('export.intro')}</p>
        <ul className="export-menu__list">
          {files.map(([kind, label]) => (
            <li key={kind}>
              <button
                type="button"
                className="button button--small"
                onClick={() => void save(kind)}
              >
                {label}
              </button>
            </li>
          ))}
          <li>
            <button
              type="button"
              className="button button--small"
              aria-expanded={citation !== null}
              onClick={() => (citation === null ? void cite() : setCitation(null))}
            >
              {t('export.cite')}
            </button>
          </li>
        </ul>
        {citation !== null && (
          <div className="export-menu__citations">
            <CitationBlock label={t('export.plain')} text={citation.text} />
            <CitationBlock label={t('export.bibtex')} text={citation.bibtex} />
            <CitationBlock label={t('export.csl')} text={citation.cslJson} />
          </div>
        )}
        <p className="export-menu__status" role="status">
          {status}
        </p>
      </div>
    </div>
  );
}
