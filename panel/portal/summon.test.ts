import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { AGENT_FILE, summonAgent } from './summon';

const PONG = { type: 'portal.pong', url: 'https://sel.ccq.org/', title: 'SEL' };
const NO_AGENT = new Error('Could not establish connection. Receiving end does not exist.');

/** A tab whose agent answers once injected: `injected` counts the injections. */
function tab(options: { agent?: boolean; injectFails?: boolean } = {}) {
  let present = !!options.agent;
  const injected = vi.fn(async () => {
    if (options.injectFails) throw new Error('Cannot access contents of the page.');
    present = true;
    return [];
  });
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async () => {
    if (!present) throw NO_AGENT;
    return PONG;
  }) as never);
  return injected;
}

afterEach(() => {
  vi.restoreAllMocks();
  delete (browser as { scripting?: unknown }).scripting;
  delete (browser.tabs as { executeScript?: unknown }).executeScript;
});

describe('summonAgent', () => {
  it('leaves a tab alone when an agent already answers there', async () => {
    const executeScript = tab({ agent: true });
    (browser as any).scripting = { executeScript };
    await summonAgent(1);
    expect(executeScript).not.toHaveBeenCalled();
  });

  it("injects the agent into the tab's top frame only, with Chrome's scripting API", async () => {
    const executeScript = tab();
    (browser as any).scripting = { executeScript };
    await summonAgent(2);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 2, frameIds: [0] }, files: [AGENT_FILE] });
  });

  it("uses Firefox MV2's tabs.executeScript when there is no scripting API", async () => {
    const executeScript = tab();
    (browser.tabs as any).executeScript = executeScript;
    await summonAgent(3);
    expect(executeScript).toHaveBeenCalledExactlyOnceWith(3, { file: AGENT_FILE, frameId: 0, runAt: 'document_idle' });
  });

  it('injects once when requests race, and again after the page has lost it', async () => {
    const executeScript = tab();
    (browser as any).scripting = { executeScript };
    await Promise.all([summonAgent(4), summonAgent(4), summonAgent(4)]);
    expect(executeScript).toHaveBeenCalledTimes(1);
    await summonAgent(4);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });

  it('rejects when the page will not take the agent, and tries afresh next time', async () => {
    const executeScript = tab({ injectFails: true });
    (browser as any).scripting = { executeScript };
    await expect(summonAgent(5)).rejects.toThrow('Cannot access');
    await expect(summonAgent(5)).rejects.toThrow('Cannot access');
    expect(executeScript).toHaveBeenCalledTimes(2);
  });

  it('does not take a foreign answer for our agent', async () => {
    const executeScript = vi.fn(async () => []);
    vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ type: 'portal.pong', url: 1 } as never);
    (browser as any).scripting = { executeScript };
    await summonAgent(6);
    expect(executeScript).toHaveBeenCalledTimes(1);
  });
});
