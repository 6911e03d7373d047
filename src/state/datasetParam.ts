/**
 * The `data` query parameter names the dataset a link opens (`?data=…/events.json`). It is not
 * part of the view: the view's encoder never writes it, and every URL change carries it over.
 */
import { t } from '../i18n/i18n';

/** The `data` parameter of a query string, or null. */
export function readDatasetParam(search: string): string | null {
  const value = new URLSearchParams(search).get('data');
  return value === null || value.trim() === '' ? null : value;
}

/** `viewSearch` (a query string without "?") with the `data` parameter of `currentSearch` in front. */
export function withDatasetParam(viewSearch: string, currentSearch: string): string {
  const data = readDatasetParam(currentSearch);
  if (data === null) return viewSearch;
  const param = `data=${encodeURIComponent(data).replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
  return viewSearch === '' ? param : `${param}&${viewSearch}`;
}

/**
 * Where a `data` parameter points, as an absolute http(s) URL resolved against the page, or an
 * explanation of why it cannot be used.
 */
export function resolveDatasetUrl(
  value: string,
  base: string,
): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { ok: false, message: t('url.notWebAddress', { value: value.slice(0, 200) }) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, message: t('url.notHttp', { protocol: url.protocol }) };
  }
  return { ok: true, url: url.href };
}
