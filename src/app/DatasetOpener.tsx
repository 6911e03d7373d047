import { useId, useRef, useState, type FormEvent } from 'react';
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
export function DatasetOpener({ onFile, label = 'Open a dataset' }: DatasetOpenerProps) {
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
        {label}
      </button>
      <div id={panelId} className="opener__panel" hidden={!open}>
        <form onSubmit={submit} className="opener__form">
          <label className="filter-label" htmlFor={`${panelId}-url`}>
            Web address of a dataset (Chronicle JSON, a CSV, a published Google Sheet)
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
              Open
            </button>
          </div>
        </form>
        <p className="opener__or">or</p>
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
          Choose a file from your computer…
        </button>
        <p className="opener__hint">
          You can also drop a file anywhere on the page. Files stay on your computer. Chronicle
          reads its own JSON, TimelineJS sheets (CSV or TSV) and JSON, ACLED exports and its own
          CSV, and shows what it read before loading it.
        </p>
        <p className="opener__hint">
          Start from a template:{' '}
          <a href={DOCS.templateJson} download="chronicle-template.json">
            JSON
          </a>{' '}
          or{' '}
          <a href={DOCS.templateCsv} download="chronicle-template.csv">
            CSV
          </a>
          . Read about <a href={DOCS.format}>the data format</a> and{' '}
          <a href={DOCS.importExport}>importing and exporting</a>.
        </p>
      </div>
    </div>
  );
}
