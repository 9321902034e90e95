import { describe, expect, it } from 'vitest';
import { isFromOurExtension } from './agent';

const ID = 'passerelle@passerelle.quebec';
const ORIGIN = 'moz-extension://6b1c3a52-0d4e-4f59-9a43-2f8a3c7e5d11/';

describe('isFromOurExtension', () => {
  it.each([
    ['our side panel', { id: ID, url: `${ORIGIN}sidepanel.html` }, true],
    // Firefox reports the tab when an extension page is shown in a tab.
    ['our side panel shown in a tab', { id: ID, url: `${ORIGIN}sidepanel.html`, tab: { id: 3 } }, true],
    ['our content script on the portal', { id: ID, url: 'https://sel.ccq.org/sel?id=relations', tab: { id: 3 } }, false],
    ['another extension', { id: 'other@example.org', url: 'moz-extension://other/page.html' }, false],
    ['another extension claiming our origin', { id: 'other@example.org', url: `${ORIGIN}sidepanel.html` }, false],
    ['a sender without url', { id: ID }, false],
    ['a look-alike origin', { id: ID, url: ORIGIN.slice(0, -1) + '.evil.example/x' }, false],
  ] as const)('%s → %s', (_name, sender, expected) => {
    expect(isFromOurExtension(sender as never, ID, ORIGIN)).toBe(expected);
  });
});
