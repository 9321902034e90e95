import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { portDecision, relayListener } from './training-agent';
import { relayPortName, relayed } from './relay';

const US = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };
const OTHER = { id: 'them', url: 'chrome-extension://them/x.html' };
const PAGE = { id: browser.runtime.id, url: 'https://sel.ccq.org/?id=relations', tab: { id: 3 } };

describe('the training page answers only what is addressed to its tab, from our pages', () => {
  const listen = relayListener(7);

  it('answers a ping addressed to its tab', async () => {
    document.title = 'Relations et autorisations - Services en ligne - CCQ';
    await expect(listen(relayed(7, { type: 'portal.ping' }), US)).resolves.toEqual({ type: 'portal.pong', url: location.href, title: document.title });
  });

  it.each([
    ['another tab', relayed(8, { type: 'portal.ping' }), US],
    ['another extension', relayed(7, { type: 'portal.ping' }), OTHER],
    ['our content script on a web page', relayed(7, { type: 'portal.ping' }), PAGE],
    ['a bare portal message (not an envelope)', { type: 'portal.ping' }, US],
    ['an envelope with extra keys', { ...relayed(7, { type: 'portal.ping' }), extra: 1 }, US],
    ['an envelope carrying something outside the contract', { type: 'training.relay', tabId: 7, message: { type: 'prefill.run' } }, US],
  ])('stays silent for %s', (_name, message, sender) => {
    expect(listen(message, sender as never)).toBeUndefined();
  });

  it('serves only its own port name, refuses it from a foreign sender, leaves other tabs’ ports alone', () => {
    expect(portDecision(7, { name: relayPortName(7), sender: US })).toBe('serve');
    expect(portDecision(7, { name: relayPortName(7), sender: OTHER })).toBe('refuse');
    expect(portDecision(7, { name: relayPortName(7), sender: PAGE as never })).toBe('refuse');
    expect(portDecision(7, { name: relayPortName(8), sender: US })).toBe('ignore');
    expect(portDecision(7, { name: 'passerelle.portal', sender: US })).toBe('ignore');
  });
});
