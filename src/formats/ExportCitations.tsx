import { useId, useState } from 'react';
import { t } from '../i18n/i18n';
import type { ViewCitation } from './citeView';

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

/** The view's citation as plain text, BibTeX and CSL-JSON, each with a button that copies it. */
export function ExportCitations({ citation }: { citation: ViewCitation }) {
  return (
    <div className="export-menu__citations">
      <CitationBlock label={t('export.plain')} text={citation.text} />
      <CitationBlock label={t('export.bibtex')} text={citation.bibtex} />
      <CitationBlock label={t('export.csl')} text={citation.cslJson} />
    </div>
  );
}
