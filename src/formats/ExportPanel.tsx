import { useState } from 'react';
import { ExportCitations } from './ExportCitations';
import type { ExportView } from './exportView';
import type { ViewCitation } from './citeView';
import type { ExportMenuProps } from './ExportMenu';
import { t } from '../i18n/i18n';
import './exportPanel.css';

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

/** Props: the menu's, with the panel's element id and whether it is hidden. */
export interface ExportPanelProps extends ExportMenuProps {
  /** The panel's element id, which the menu's toggle controls. */
  id: string;
  hidden: boolean;
}

/**
 * The export menu's panel: the files (Chronicle JSON, CSV, GeoJSON, a calendar, a picture of the
 * timeline) and the citation of the view, each a download named after what it holds.
 */
export function ExportPanel({
  index,
  events,
  state,
  window: timeWindow,
  provenance,
  id,
  hidden,
}: ExportPanelProps) {
  const [status, setStatus] = useState('');
  const [citation, setCitation] = useState<ViewCitation | null>(null);

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
    <div id={id} className="export-menu__panel" hidden={hidden}>
      <p className="export-menu__intro">{t('export.intro')}</p>
      <ul className="export-menu__list">
        {files.map(([kind, label]) => (
          <li key={kind}>
            <button type="button" className="button button--small" onClick={() => void save(kind)}>
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
      {citation !== null && <ExportCitations citation={citation} />}
      <p className="export-menu__status" role="status">
        {status}
      </p>
    </div>
  );
}
