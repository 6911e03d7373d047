import { useCallback, useEffect, useState } from 'react';
import { t } from '../i18n/i18n';
import { SEARCH_COMMITTED_MARK } from './searchMark';

/** Props: the committed query (from the URL) and how to commit a new one. */
export interface SearchBoxProps {
  /** The committed query, as in the URL. */
  value: string;
  /** Called with the query once typing has paused for `delayMs`. */
  onCommit: (query: string) => void;
  /** How long typing must pause before the query is committed. */
  delayMs?: number;
}

/** Free-text search; typing is debounced so the URL and the history get one entry per pause. */
export function SearchBox({ value, onCommit: commitQuery, delayMs = 300 }: SearchBoxProps) {
  const onCommit = useCallback(
    (query: string) => {
      performance.mark(SEARCH_COMMITTED_MARK);
      commitQuery(query);
    },
    [commitQuery],
  );
  const [draft, setDraft] = useState(value);
  const [committed, setCommitted] = useState(value);
  // The URL changed under us (back button, a link, "Clear filters"): show what it says.
  if (value !== committed) {
    setCommitted(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === committed) return;
    const timer = setTimeout(() => onCommit(draft), delayMs);
    return () => clearTimeout(timer);
  }, [draft, committed, onCommit, delayMs]);

  return (
    <div className="search">
      <label htmlFor="event-search" className="filter-label visually-hidden-narrow">
        {t('search.label')}
      </label>
      <input
        id="event-search"
        type="search"
        className="input"
        placeholder={t('search.placeholder')}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onCommit(draft);
        }}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
