import { useId, useRef, useState, type FormEvent } from 'react';
import { t } from '../i18n/i18n';
import { richMessage } from '../ui/richMessage';
import { openDatasetAddress } from './datasetOpenings';

/** The format's documentation and templates, served by the site (see scripts/vite-plugin-docs.ts). */
const DOCS = {
  format: './docs/data-format.html',
  importExport: './docs/import-export.html',
  templateJson: './docs/templates/chronicle-template.json',
  templateCsv: './docs/templates/chronicle-template.csv',
};

/** Props: what to do with a file the reader picks, and the button's words. */
export interface DatasetOpenerProps {
  /** Loads the file the reader picked. */
  onFile: (file: File) => void;
  /** "Open a dataset" unless said otherwise. */
  label?: string;
}

/**
 * "Open a dataset": a web address (it goes into the link, so the view can be shared) or a file
 * from the reader's computer (it stays on their machine).
 */
export function DatasetOpener({ onFile, label }: DatasetOpenerProps) {
  const [open, setOpen] = useState(false);
  const [address, setAddress] = useState('');
  const panelId = useId();
  const fileInput = useRef<HTMLInputElement>(null);

  function submit(e: FormEvent) {
    e.preventDefault();
    if (address.trim() === '') return;
    setOpen(false);
    openDatasetAddress(address.trim());
  }

  return (
    <div className="opener">
      <button
        type="button"
        className="button button--quiet opener__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label ?? t('opener.open')}
      </button>
      <div id={panelId} className="opener__panel" hidden={!open}>
        <form onSubmit={submit} className="opener__form">
          <label className="filter-label" htmlFor={`${panelId}-url`}>
            {t('opener.address')}
          </label>
          <div className="opener__row">
            <input
              id={`${panelId}-url`}
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              placeholder="https://example.org/events.json"
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
            <button type="submit" className="button">
              {t('opener.submit')}
            </button>
          </div>
        </form>
        <p className="opener__or">{t('opener.or')}</p>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json,text/csv,.csv,text/tab-separated-values,.tsv,.txt"
          className="visually-hidden"
          id={`${panelId}-file`}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) {
              setOpen(false);
              onFile(file);
            }
            e.target.value = '';
          }}
        />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('opener.chooseFile')}
        </button>
        <p className="opener__hint">{t('opener.hint')}</p>
        <p className="opener__hint">
          {richMessage('opener.templates', {
            json: (
              <a href={DOCS.templateJson} download="chronicle-template.json">
                JSON
              </a>
            ),
            csv: (
              <a href={DOCS.templateCsv} download="chronicle-template.csv">
                CSV
              </a>
            ),
            format: <a href={DOCS.format}>{t('opener.formatLink')}</a>,
            importExport: <a href={DOCS.importExport}>{t('opener.importExportLink')}</a>,
          })}
        </p>
      </div>
    </div>
  );
}
