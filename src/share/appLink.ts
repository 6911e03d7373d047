/**
 * The app's link for a share page's address: the page's link to the app at its event
 * (`../?event=<id>`), followed by the rest of the view the share link carries in its own query
 * (`share/<id>.html?lanes=category` gives `../?event=<id>&lanes=category`) and its hash.
 */
export function appLinkFromSharePage(appLink: string, search: string, hash: string): string {
  const target = new URL(appLink);
  const rest = search.replace(/^\?/, '');
  if (rest !== '') target.search = target.search === '' ? `?${rest}` : `${target.search}&${rest}`;
  target.hash = hash;
  return target.href;
}
