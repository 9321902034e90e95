/**
 * The message contract under forged input: any value as a message, any
 * sender. Parsing never throws; the content script answers only a message of
 * the contract from our own extension pages, and passes on nothing it did not
 * define (no extra keys, no prototype keys); the panel's parser of the
 * answers holds to the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPortalAgent } from '../../../content/agent';
import { PortalPong, PortalRequest } from '../../../content/protocol';
import { hostileText, hugeText, PROTOTYPE_KEYS } from './arbitraries';

const key = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...PROTOTYPE_KEYS, 'type', 'url', 'title'));
const leaf = fc.oneof(hostileText(), fc.constantFrom('portal.ping', 'portal.pong'), fc.integer(), fc.boolean(), fc.constant(null));

/** Anything at all, and objects that nearly match the contract. */
const message = fc.oneof(
  fc.anything({ key, values: [leaf], maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }),
  fc.dictionary(key, leaf).map((d) => ({ ...d, type: 'portal.ping' })),
  fc.record({ type: fc.oneof(fc.constantFrom('portal.ping', 'portal.pong', 'Portal.Ping', 'portal.ping ', '__proto__'), hostileText()) }),
  fc.record({ type: fc.constant('portal.pong'), url: fc.oneof(hostileText(), hugeText, fc.integer()), title: fc.oneof(hostileText(), fc.constant(undefined)) }),
  fc.constantFrom('portal.ping', JSON.stringify({ type: 'portal.ping' }), ['portal.ping'], [{ type: 'portal.ping' }]),
);

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

describe('PortalRequest (content script side)', () => {
  it('never throws, accepts exactly the contract, and keeps no key it does not define', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(message, (m) => {
        const parsed = PortalRequest.safeParse(m);
        const expected = isRecord(m) && !(m instanceof Map) && !(m instanceof Set) && m.type === 'portal.ping';
        expect(parsed.success).toBe(expected);
        if (parsed.success) expect(Object.keys(parsed.data)).toEqual(['type']);
        else expect(parsed.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('PortalPong (panel side)', () => {
  it('never throws, accepts only strings where strings are due, and keeps no other key', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(message, (m) => {
        const parsed = PortalPong.safeParse(m);
        const expected = isRecord(m) && m.type === 'portal.pong' && typeof m.url === 'string' && typeof m.title === 'string';
        expect(parsed.success).toBe(expected);
        if (parsed.success) expect(Object.keys(parsed.data).sort()).toEqual(['title', 'type', 'url']);
        else expect(parsed.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('the content script agent under forged messages and senders', () => {
  it('answers only a contract message from one of our extension pages; anything else gets no answer', { timeout: 30_000 }, async () => {
    const ownOrigin = browser.runtime.getURL('/');
    const sender = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constant(browser.runtime.id), hostileText(), fc.constant(undefined)),
          url: fc.oneof(
            fc.constantFrom(`${ownOrigin}sidepanel.html`, 'https://sel.ccq.org/?id=relations', `${ownOrigin.slice(0, -1)}.evil.example/`, 'null'),
            hostileText(),
            fc.integer(),
          ),
          tab: fc.option(fc.record({ id: fc.integer() })),
          origin: fc.oneof(fc.constant(ownOrigin), hostileText()),
        },
        { requiredKeys: [] },
      ),
      fc.constant({}),
      // Our own panel, often enough that forged messages from it are tried too.
      fc.constant({ id: browser.runtime.id, url: `${ownOrigin}sidepanel.html` }),
    );
    let ctxInvalidated: (() => void) | undefined;
    startPortalAgent({ onInvalidated: (cb: () => void) => (ctxInvalidated = cb) } as unknown as ContentScriptContext);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        const answers = await fakeBrowser.runtime.onMessage.trigger(m, s as never, () => {});
        const { id, url } = s as { id?: unknown; url?: unknown };
        const fromUs = id === browser.runtime.id && typeof url === 'string' && url.startsWith(ownOrigin);
        const valid = PortalRequest.safeParse(m).success;
        if (fromUs && valid) {
          answered++;
          const pong = await answers[0];
          expect(PortalPong.parse(pong)).toEqual(pong);
        } else expect(answers).toEqual([undefined]);
      }),
      { numRuns: 10_000 },
    );
    // The generator reaches the accepting branch too, or the test would prove nothing.
    expect(answered).toBeGreaterThan(100);
    ctxInvalidated?.();
  });
});
