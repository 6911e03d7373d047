import { t } from '../i18n/i18n';
import { shortAddress } from '../model/loadLimits';
import { richMessage } from '../ui/richMessage';

/** Props: the other site a link loads from, and the reader's two answers. */
export interface DataConfirmPageProps {
  /** The other site the link loads its data from, as the reader should recognise it. */
  host: string;
  /** The whole address of the data, shown in full before the reader agrees. */
  address: string;
  /** Loads the data after all (the other answer is a plain link back to the story). */
  onConfirm: () => void;
}

/**
 * Asked before a link loads a timeline from another site: the page would otherwise show someone
 * else's data under this site's name. Asked once per site (the answer is remembered).
 */
export function DataConfirmPage({ host, address, onConfirm }: DataConfirmPageProps) {
  return (
    <main className="page-message" id="main">
      <h1>{t('app.confirm.title', { host })}</h1>
      <p>{richMessage('app.confirm.body', { strongHost: <strong>{host}</strong> }, { host })}</p>
      <p className="muted page-message__source">{shortAddress(address)}</p>
      <div className="page-message__actions">
        <button type="button" className="button" onClick={onConfirm}>
          {t('app.confirm.load', { host })}
        </button>
        <a className="button button--quiet" href="./">
          {t('app.confirm.decline')}
        </a>
      </div>
    </main>
  );
}
