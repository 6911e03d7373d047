import { useState } from 'react';
import { t } from '../i18n/i18n';

/** Props: the link to share and a title for the system share sheet. */
export interface ShareButtonProps {
  /** The absolute link to share. */
  url: string;
  /** The title the share sheet offers with the link. */
  title: string;
}

async function share(url: string, title: string): Promise<string> {
  if (typeof navigator.share === 'function' && navigator.maxTouchPoints > 0) {
    try {
      await navigator.share({ url, title });
      return t('shareButton.shared');
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        return t('shareButton.cancelled');
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return t('shareButton.copied');
  } catch {
    return t('shareButton.notAllowed', { url });
  }
}

/** Copies the link to this event (with the current view), or opens the device's share sheet. */
export function ShareButton({ url, title }: ShareButtonProps) {
  const [message, setMessage] = useState('');
  return (
    <div className="share">
      <button
        type="button"
        className="button"
        onClick={() => {
          setMessage('');
          void share(url, title).then(setMessage);
        }}
      >
        <span aria-hidden="true">🔗</span> {t('shareButton.label')}
      </button>
      <p className="share__status" role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
