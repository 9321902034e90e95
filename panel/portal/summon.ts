/**
 * The portal agent is not declared in the manifest: it is injected into the
 * portal tab the first time one of our pages needs it, and lives until that
 * page unloads.
 *
 * Why: a declared content script is injected into every portal page the
 * person loads, panel open or not, and Chromium's injection alone made the
 * portal's load about 10–20 % slower on the replica (test/bench/RESULTS.md).
 * Everything the agent does starts from a request of ours anyway (content/
 * README.md), so injecting on that request changes nothing for the person and
 * keeps the portal untouched when Passerelle is not in use. Chrome needs the
 * `scripting` permission for it (no install warning: reach is still set by
 * the one host permission); Firefox's MV2 `tabs.executeScript` needs only
 * the host permission.
 */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { PortalPong, check, type PortalRequest } from '../../content/protocol';

/** The built agent (entrypoints/portal.content.ts, registered at runtime). */
export const AGENT_FILE: ScriptPublicPath = '/content-scripts/portal.js';

interface Mv2Tabs {
  executeScript(tabId: number, details: { file: string; frameId: number; runAt: 'document_idle' }): Promise<unknown>;
}

/** Whether an agent already answers in the tab's top frame. */
async function answers(tabId: number): Promise<boolean> {
  try {
    const pong: unknown = await browser.tabs.sendMessage(tabId, { type: 'portal.ping' } satisfies PortalRequest, { frameId: 0 });
    return check(PortalPong, pong);
  } catch {
    // "Receiving end does not exist": nothing injected since the page loaded.
    return false;
  }
}

function inject(tabId: number): Promise<unknown> {
  if (browser.scripting) return browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [AGENT_FILE] });
  return (browser.tabs as unknown as Mv2Tabs).executeScript(tabId, { file: AGENT_FILE, frameId: 0, runAt: 'document_idle' });
}

/**
 * One summoning per tab at a time: two requests racing would otherwise both
 * find no agent and inject twice (the second would stop the first mid-task).
 */
const pending = new Map<number, Promise<void>>();

/** Makes sure the agent runs in `tabId`'s current page; rejects when the page cannot take it (not the portal, closed, loading an error page). */
export function summonAgent(tabId: number): Promise<void> {
  let summoning = pending.get(tabId);
  if (!summoning) {
    summoning = (async () => {
      if (!(await answers(tabId))) await inject(tabId);
    })().finally(() => pending.delete(tabId));
    pending.set(tabId, summoning);
  }
  return summoning;
}
