/**
 * Portal pages the conversation links to, by the screen id the portal puts in
 * its `?id=` query parameter. The ids are the replica's (portal/README.md,
 * "Screens"): tabs and catalogue levels are chosen on the page itself, so one
 * page id serves « Contacts de l'organisation », « Relations de l'organisation »
 * and « Autorisations », and the messages say which tab to click.
 */
export const PORTAL_ORIGIN = 'https://sel.ccq.org';

export const PORTAL_PAGES = [
  'login',
  'signup',
  'link',
  'home',
  'relations',
  'catalogue',
  'add-relation',
  'modify-contact',
  'remove-relation',
] as const;
export type PortalPage = (typeof PORTAL_PAGES)[number];

export function isPortalPage(value: unknown): value is PortalPage {
  return typeof value === 'string' && (PORTAL_PAGES as readonly string[]).includes(value);
}

/** The real portal's address for a page; `base` swaps in the bundled training copy. */
export function portalUrl(page: PortalPage, base = `${PORTAL_ORIGIN}/`): string {
  const url = new URL(base);
  url.searchParams.set('id', page);
  return url.toString();
}
