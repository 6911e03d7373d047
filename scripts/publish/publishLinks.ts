/**
 * Addresses in what the build writes for link previews. Link unfurlers want absolute addresses
 * (og:url, og:image, oEmbed's html), and only the person who deploys knows the site's address:
 * it comes from CHRONICLE_SITE_URL (the app's folder, e.g. https://example.org/chronicle/). Without
 * it, every address is relative to the page that holds it, which browsers and most unfurlers
 * resolve, and og:url and the canonical link are left out.
 */

/** Where the app is published, or null when not known at build time. */
export interface PublishLinks {
  site: string | null;
  /**
   * The address of `target` (a path relative to the app's folder, with any query) as written in
   * a page at `page` (also relative to the app's folder): absolute with a site, else relative.
   */
  from: (page: string, target: string) => string;
  /** The absolute address of `target`, or null without a site. */
  absolute: (target: string) => string | null;
}

/** The links for a site address (null or empty for none). Throws on an address that is not http(s). */
export function publishLinks(siteUrl: string | null | undefined): PublishLinks {
  const site = siteUrl?.trim() ? normalizeSite(siteUrl.trim()) : null;
  const absolute = (target: string) => (site === null ? null : new URL(target, site).href);
  return {
    site,
    absolute,
    from: (page, target) => absolute(target) ?? relative(page, target),
  };
}

function normalizeSite(address: string): string {
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`CHRONICLE_SITE_URL must be an http(s) address, not ${address}`);
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url.href;
}

/** `target` as seen from `page`, both relative to the app's folder ("share/a.png" from "share/a.html" is "a.png"). */
function relative(page: string, target: string): string {
  const folders = page.split('/').slice(0, -1);
  const queryAt = target.search(/[?#]/);
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const rest = queryAt === -1 ? '' : target.slice(queryAt);
  const parts = path === '' ? [] : path.split('/');
  let shared = 0;
  while (
    shared < folders.length &&
    shared < parts.length - 1 &&
    folders[shared] === parts[shared]
  ) {
    shared += 1;
  }
  const relativePath = `${'../'.repeat(folders.length - shared)}${parts.slice(shared).join('/')}`;
  if (relativePath === '') return rest === '' ? './' : `./${rest}`;
  return `${relativePath}${rest}`;
}
