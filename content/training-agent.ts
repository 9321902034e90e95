/**
 * The training copy's own wiring of the agent (see relay.ts): the same
 * handlers as the content script on the portal, reached through the runtime
 * and answering only what is addressed to this tab.
 */
import { browser, type Browser } from 'wxt/browser';
import { answerRequest, fromUs, servePort } from './agent';
import { isRelayEnvelope, relayPortName } from './relay';

/** The training page's answer to a runtime message: only an envelope for `tabId`, only from our pages (answerRequest checks the sender). */
export function relayListener(tabId: number) {
  return (message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isRelayEnvelope(message) || message.tabId !== tabId) return undefined;
    return answerRequest(message.message, sender);
  };
}

/** Whether the training page in `tabId` takes a port: 'serve', 'refuse' (ours by name, not by sender) or 'ignore' (another tab's). */
export function portDecision(tabId: number, port: Pick<Browser.runtime.Port, 'name' | 'sender'>): 'serve' | 'refuse' | 'ignore' {
  if (port.name !== relayPortName(tabId)) return 'ignore';
  return fromUs(port.sender) ? 'serve' : 'refuse';
}

/** Starts the agent in the training page; resolves with its tab id (undefined outside a tab: then nothing listens). */
export async function startTrainingAgent(): Promise<number | undefined> {
  const tab = await browser.tabs.getCurrent();
  const tabId = tab?.id;
  if (tabId === undefined) return undefined;
  browser.runtime.onMessage.addListener(relayListener(tabId));
  browser.runtime.onConnect.addListener((port) => {
    const decision = portDecision(tabId, port);
    // Another tab's conversation is left to its addressee, untouched.
    if (decision === 'refuse') port.disconnect();
    else if (decision === 'serve') servePort(port);
  });
  return tabId;
}
