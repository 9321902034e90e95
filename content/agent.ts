/**
 * The content script's message handler. It answers only the extension itself
 * (never the page, never another extension) and only messages of the contract.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { PortalRequest, type PortalPong } from './protocol';

/**
 * Only our own extension pages (side panel, sidebar, training page) may talk to
 * the agent. Their URL is under our extension's origin; a content script's
 * sender URL is the web page's. `sender.tab` is no test: Firefox sets it when an
 * extension page is shown in a tab.
 */
export function isFromOurExtension(sender: Browser.runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export function startPortalAgent(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isFromOurExtension(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    const parsed = PortalRequest.safeParse(message);
    if (!parsed.success) return undefined;
    switch (parsed.data.type) {
      case 'portal.ping': {
        const pong: PortalPong = { type: 'portal.pong', url: location.href, title: document.title };
        return Promise.resolve(pong);
      }
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
