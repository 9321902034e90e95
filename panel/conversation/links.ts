/**
 * Opening the portal page a message talks about. A portal tab already on that
 * page is brought forward; otherwise the page opens in a new tab, never in the
 * person's current portal tab, where a half-filled form would be lost.
 * Trainers get the training copy bundled in the extension instead.
 */
import { browser } from 'wxt/browser';
import { PORTAL_ORIGIN, portalUrl, type PortalPage } from '../../machines/portal-pages';

export function pageUrl(page: PortalPage, training: boolean): string {
  return training ? portalUrl(page, browser.runtime.getURL('/training.html')) : portalUrl(page);
}

export async function openPortalPage(page: PortalPage, training: boolean): Promise<void> {
  const url = pageUrl(page, training);
  if (!training) {
    const tabs = await browser.tabs.query({ url: `${PORTAL_ORIGIN}/*`, currentWindow: true });
    const same = tabs.find((tab) => tab.url && new URL(tab.url).searchParams.get('id') === page);
    if (same?.id !== undefined) {
      await browser.tabs.update(same.id, { active: true });
      return;
    }
  }
  await browser.tabs.create({ url, active: true });
}
