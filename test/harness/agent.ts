/**
 * The portal agent is injected on request (panel/portal/summon.ts), not by the
 * manifest. Tests that talk to it straight from an extension page, without
 * going through the panel's client, summon it the same way first with
 * `page.evaluate(summonAgentInPage, tabId)`: ping, and inject only when
 * nothing answers. The panel's own route is what the journey, Portail view and
 * smoke tests exercise.
 */

/** Runs inside an extension page: self-contained, as `evaluate()` serializes it. */
export async function summonAgentInPage(tabId: number): Promise<void> {
  const file = '/content-scripts/portal.js';
  const g = globalThis as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const api = g.browser ?? g.chrome;
  try {
    const pong = await api.tabs.sendMessage(tabId, { type: 'portal.ping' }, { frameId: 0 });
    if (pong?.type === 'portal.pong') return;
  } catch {
    // Nothing there yet.
  }
  if (api.scripting) await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  else await api.tabs.executeScript(tabId, { file, frameId: 0, runAt: 'document_idle' });
}
