/**
 * The training copy's own wiring of the agent (see relay.ts): the same
 * handlers as the content script on the portal, reached through the runtime
 * and answering only what is addressed to this tab.
 */
import { browser } from 'wxt/browser';
import { answerRequest, fromUs, servePort } from './agent';
import { isRelayEnvelope, relayPortName } from './relay';

/** Starts the agent in the training page; resolves with its tab id (undefined outside a tab: then nothing listens). */
export async function startTrainingAgent(): Promise<number | undefined> {
  const tab = await browser.tabs.getCurrent();
  const tabId = tab?.id;
  if (tabId === undefined) return undefined;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isRelayEnvelope(message) || message.tabId !== tabId || !fromUs(sender)) return undefined;
    return answerRequest(message.message);
  });
  browser.runtime.onConnect.addListener((port) => {
    // Another tab's conversation: leave it to its addressee, untouched.
    if (port.name !== relayPortName(tabId)) return;
    if (!fromUs(port.sender)) return port.disconnect();
    servePort(port, () => undefined);
  });
  return tabId;
}
