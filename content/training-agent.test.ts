import { describe, expect, it } from 'vitest';
import { portDecision, relayListener } from './training-agent';
import { relayPortName, relayed } from './relay';

const ours = (s: { id?: string } | undefined) => s?.id === 'us';
const US = { id: 'us', url: 'chrome-extension://us/sidepanel.html' };
const OTHER = { id: 'them', url: 'chrome-extension://them/x.html' };

describe('the training page answers only what is addressed to its tab, from our pages', () => {
  const listen = relayListener(7, ours);

  it('answers a ping addressed to its tab', async () => {
    document.title = 'Relations et autorisations - Services en ligne - CCQ';
    await expect(listen(relayed(7, { type: 'portal.ping' }), US)).resolves.toEqual({ type: 'portal.pong', url: location.href, title: document.title });
  });

  it.each([
    ['another tab', relayed(8, { type: 'portal.ping' }), US],
    ['another extension', relayed(7, { type: 'portal.ping' }), OTHER],
    ['a bare portal message (not an envelope)', { type: 'portal.ping' }, US],
    ['an envelope with extra keys', { ...relayed(7, { type: 'portal.ping' }), extra: 1 }, US],
    ['an envelope carrying something outside the contract', { type: 'training.relay', tabId: 7, message: { type: 'prefill.run' } }, US],
  ])('stays silent for %s', (_name, message, sender) => {
    expect(listen(message, sender)).toBeUndefined();
  });

  it('serves only its own port name, refuses it from a foreign sender, leaves other tabs’ ports alone', () => {
    expect(portDecision(7, { name: relayPortName(7), sender: US }, ours)).toBe('serve');
    expect(portDecision(7, { name: relayPortName(7), sender: OTHER }, ours)).toBe('refuse');
    expect(portDecision(7, { name: relayPortName(8), sender: US }, ours)).toBe('ignore');
    expect(portDecision(7, { name: 'passerelle.portal', sender: US }, ours)).toBe('ignore');
  });
});
