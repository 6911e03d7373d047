import type { ReactNode } from 'react';
import { t } from '../i18n/i18n';

/** Props: an http(s) link (already checked, see safeHref) and what it says. */
export interface ExternalLinkProps {
  /** The address: http or https only, checked by `safeHref` before it gets here. */
  href: string;
  /** An extra class for where the link sits. */
  className?: string;
  /** What the link says; "(opens in a new tab)" is added for screen readers. */
  children: ReactNode;
}

/** A link to a source's page: a new tab, no opener and no referrer, and it says it opens a tab. */
export function ExternalLink({ href, className, children }: ExternalLinkProps) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> {t('sources.opensInNewTab')}</span>
    </a>
  );
}
