/**
 * The agent that reads the lists, shows the way and prefills. It answers only
 * the extension itself (never the page, never another extension), only
 * messages of the contract. It is injected only when one of our pages needs
 * the portal tab (panel/portal/summon.ts), never on page load; nothing is kept
 * after a task.
 *
 * Two wirings, one agent: on the portal the content script listens on
 * `runtime.onMessage`/`onConnect` as the target of `tabs.sendMessage`/
 * `tabs.connect` (`startPortalAgent`); the training copy, an extension page
 * where content scripts never run, wires the same handlers to its own relay
 * (`content/training-relay.ts`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { browser, type Browser } from 'wxt/browser';
import { runFill } from './executor';
import { startGuide } from './guide';
import { readLists } from './lists';
import { PORT_NAME, PortCommand, PortalRequest, check, type PortEvent, type PortalPong } from './protocol';

export const PORTAL_ORIGIN = 'https://sel.ccq.org';

/**
 * Only our own extension pages (side panel, sidebar, training page) may talk to
 * the agent. Their URL is under our extension's origin; a content script's
 * sender URL is the web page's. `sender.tab` is no test: Firefox sets it when an
 * extension page is shown in a tab.
 */
export function isFromOurExtension(sender: Browser.runtime.MessageSender | undefined, ownId: string, ownOrigin: string): boolean {
  return !!sender && sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

export const fromUs = (sender: Browser.runtime.MessageSender | undefined) => isFromOurExtension(sender, browser.runtime.id, browser.runtime.getURL('/'));

/** The end of a port the agent talks through: a runtime port, or the training relay's. */
export type AgentPort = Pick<Browser.runtime.Port, 'postMessage'> & {
  onMessage: { addListener(l: (message: unknown) => void): void };
  onDisconnect: { addListener(l: () => void): void };
};

/** One fill at a time: a second request while one runs is refused, not queued. */
let filling = false;

/** Answers one request from our pages; undefined (no answer) for any other sender or a message outside the contract. */
export function answerRequest(message: unknown, sender: Browser.runtime.MessageSender | undefined): Promise<unknown> | undefined {
  if (!fromUs(sender) || !check(PortalRequest, message)) return undefined;
  const request = message as PortalRequest;
  if (request.type === 'portal.ping') {
    const pong: PortalPong = { type: 'portal.pong', url: location.href, title: document.title };
    return Promise.resolve(pong);
  }
  if (filling) return Promise.resolve({ type: 'prefill.report', outcome: 'refused', reason: 'busy', fields: [] });
  filling = true;
  return runFill(request).finally(() => (filling = false));
}

/** Serves one conversation (list reading, guide); returns its stop, for when the agent goes away. */
export function servePort(port: AgentPort): () => void {
  let cancelled = false;
  let stopGuide: (() => void) | undefined;
  let reading = false;
  const emit = (e: PortEvent) => {
    if (!cancelled) port.postMessage(e);
  };
  port.onMessage.addListener((message: unknown) => {
    if (!check(PortCommand, message)) return;
    const command = message as PortCommand;
    switch (command.type) {
      case 'lists.read':
        if (reading) return emit({ type: 'lists.failed', reason: 'busy' });
        reading = true;
        void readLists(command.lists, emit, () => cancelled).finally(() => (reading = false));
        break;
      case 'lists.cancel':
        cancelled = true;
        port.postMessage({ type: 'lists.failed', reason: 'cancelled' } satisfies PortEvent);
        break;
      case 'guide.show':
        stopGuide?.();
        stopGuide = startGuide(command.targets, command.outcome, emit, command.timeoutMs);
        break;
      case 'guide.stop':
        stopGuide?.();
        stopGuide = undefined;
    }
  });
  const end = () => {
    cancelled = true;
    stopGuide?.();
  };
  port.onDisconnect.addListener(end);
  return end;
}

export function startPortalAgent(ctx: ContentScriptContext): void {
  if (window.top !== window || location.origin !== PORTAL_ORIGIN) return;

  const onConnect = (port: Browser.runtime.Port) => {
    if (port.name !== PORT_NAME || !fromUs(port.sender)) return port.disconnect();
    const end = servePort(port);
    // Replaced by a newer injection (or the extension updated): say so, rather than leave the panel waiting.
    ctx.onInvalidated(() => (end(), port.disconnect()));
  };

  browser.runtime.onMessage.addListener(answerRequest);
  browser.runtime.onConnect.addListener(onConnect);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answerRequest);
    browser.runtime.onConnect.removeListener(onConnect);
  });
}
