import { t } from '../i18n/i18n';
import type { IndexedEvent } from '../state/datasetIndex';
import { richMessage } from '../ui/richMessage';

/** Props: what a link got wrong, and how to link to a suggested event. */
export interface PageNoticesProps {
  /** Sentences about what the URL asked for and the page could not do, one notice each. */
  notices: readonly string[];
  /** The event id the URL asked for that is not in the dataset, with the nearest one to suggest, or null. */
  missingEvent: { id: string; suggestion: IndexedEvent | null } | null;
  /** The link that opens an event, for the suggestion. */
  hrefFor: (eventId: string) => string;
}

/** Clear words about a link that could not be followed exactly; the page stays usable below. */
export function PageNotices({ notices, missingEvent, hrefFor }: PageNoticesProps) {
  if (notices.length === 0 && missingEvent === null) return null;
  return (
    <div className="page-notices" role="status">
      {missingEvent && (
        <p className="notice notice--error">
          <strong>{t('notices.missingEvent')}</strong>{' '}
          {t('notices.missingId', { id: missingEvent.id })}{' '}
          {missingEvent.suggestion
            ? richMessage('notices.didYouMean', {
                event: (
                  <a href={hrefFor(missingEvent.suggestion.event.id)}>
                    {missingEvent.suggestion.event.title}
                  </a>
                ),
              })
            : t('notices.chooseEvent')}
        </p>
      )}
      {notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}
        </p>
      ))}
    </div>
  );
}
