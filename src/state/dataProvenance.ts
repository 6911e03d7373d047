/**
 * Where the dataset on the page came from, for every view that shows a dataset to someone: the
 * masthead now, and embeds, exports and link previews as they come. The bundled story needs no
 * line; anything else says where it came from, so a link cannot pass off someone else's timeline
 * under this site's name.
 */
import { t } from '../i18n/i18n';

/** Where a dataset came from. */
export type DataProvenance =
  | { kind: 'bundled' }
  /** `host` is where the data was finally read from (after redirects). */
  | { kind: 'address'; url: string; host: string; sameOrigin: boolean }
  | { kind: 'file'; name: string };

/** The provenance of data read from `url` (absolute), seen from a page at `pageUrl`. */
export function addressProvenance(url: string, pageUrl: string): DataProvenance {
  const address = new URL(url, pageUrl);
  return {
    kind: 'address',
    url: address.href,
    host: address.host,
    sameOrigin: address.origin === new URL(pageUrl).origin,
  };
}

/** The line that says where the data came from, or null for the bundled story. */
export function provenanceLine(provenance: DataProvenance): string | null {
  switch (provenance.kind) {
    case 'bundled':
      return null;
    case 'address':
      return t('provenance.address', { host: provenance.host });
    case 'file':
      return t('provenance.file', { name: provenance.name });
  }
}
