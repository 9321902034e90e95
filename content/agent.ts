/**
 * The content script's message handler. It answers only the extension itself
 * (never the page, never another extension) and only messages of the contract.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { PortalRequest, type PortalPong } from './protocol';

export function isFromOurExtension(sender: Browser.runtime.MessageSender, ownId: string): boolean {
  // A content script hears only runtime messages; still, a sender with a tab is
  // another content script, and a foreign id is another extension.
  return sender.id === ownId && !sender.tab;
}

export function startPortalAgent(ctx: ContentScriptContext): void {
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isFromOurExtension(sender, browser.runtime.id)) return undefined;
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
