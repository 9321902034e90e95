/**
 * The message contract under forged input: any value as a message, any
 * sender. The content script's `check()` and the extension pages' zod
 * schemas (panel/portal/contract.ts) are two readings of one contract: on
 * every generated value neither throws and both give the same verdict, so
 * nothing one end refuses slips through the other (extra keys, prototype
 * keys, boundary lengths included). The agent answers only a contract
 * message from our own extension pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startPortalAgent } from '../../../content/agent';
import { check, PortalPong, PortalRequest, PortCommand, PortEvent, PrefillReport, type Descriptor } from '../../../content/protocol';
import { toZod } from '../../../panel/portal/contract';
import { hostileText, PROTOTYPE_KEYS } from './arbitraries';

const key = fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom(...PROTOTYPE_KEYS, 'type', 'url', 'title', 'steps', 'lists', 'list', 'reason'));
const leaf = fc.oneof(
  hostileText(),
  fc.constantFrom('portal.ping', 'portal.pong', 'prefill.run', 'lists.read', 'lists.cancel', 'guide.stop', 'contacts', 'cancelled', 'filtered', 'x'.repeat(9_999), 'x'.repeat(10_000), 'x'.repeat(10_001)),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0),
  fc.boolean(),
  fc.constant(null),
);

/** A value shaped by a descriptor, now and then bent: a wrong leaf, an extra key, a prototype key, a missing key. */
function near(d: Descriptor, depth = 0): fc.Arbitrary<unknown> {
  const exact: fc.Arbitrary<unknown> = (() => {
    switch (d.k) {
      case 'str':
        return fc.oneof(hostileText(), fc.constantFrom('x'.repeat(10_000), 'x'.repeat(10_001)));
      case 'num':
        return fc.oneof(fc.integer(), fc.double());
      case 'bool':
        return fc.boolean();
      case 'lit':
        return fc.constant(d.v);
      case 'enum':
        return fc.constantFrom(...d.v);
      case 'arr':
        return depth > 3 ? fc.constant([]) : fc.array(near(d.of, depth + 1), { maxLength: 3 });
      case 'or':
        return fc.oneof(...d.of.map((o) => near(o, depth)));
      case 'opt':
        return fc.option(near(d.of, depth), { nil: undefined });
      case 'obj':
        return fc
          .tuple(fc.record(Object.fromEntries(Object.entries(d.shape).map(([k, v]) => [k, near(v, depth + 1)]))), fc.option(fc.tuple(key, leaf)), fc.option(fc.constantFrom(...Object.keys(d.shape))))
          .map(([o, extra, drop]) => {
            const out = { ...(o as Record<string, unknown>) };
            // An own property even for « __proto__ », as JSON.parse or structured cloning would make it.
            if (extra) Object.defineProperty(out, extra[0], { value: extra[1], enumerable: true, configurable: true, writable: true });
            if (drop) delete out[drop];
            return out;
          });
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: exact }, { weight: 1, arbitrary: leaf });
}

const anything = fc.anything({ key, values: [leaf], maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true });

describe.each([
  ['PortalRequest (to the content script)', PortalRequest],
  ['PortCommand (to the content script, over a port)', PortCommand],
  ['PortEvent (to the panel)', PortEvent],
  ['PrefillReport (to the panel)', PrefillReport],
  ['PortalPong (to the panel)', PortalPong],
] as const)('%s', (_, descriptor) => {
  const schema = toZod(descriptor);
  it('check() and the zod schema agree on 10,000 forged values, and neither throws', { timeout: 30_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: near(descriptor) }, { weight: 1, arbitrary: anything }), (m) => {
        const byCheck = check(descriptor, m);
        const byZod = schema.safeParse(m);
        expect(byCheck, fc.stringify(m).slice(0, 300)).toBe(byZod.success);
        if (byZod.success) accepted++;
        else expect(byZod.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 10_000 },
    );
    // Both verdicts are reached, or agreement would prove little.
    expect(accepted).toBeGreaterThan(50);
  });
});

describe('the content script agent under forged messages and senders', () => {
  it('answers only a contract message from one of our extension pages; anything else gets no answer', { timeout: 30_000 }, async () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://sel.ccq.org/?id=relations');
    const ownOrigin = browser.runtime.getURL('/');
    const sender = fc.oneof(
      fc.record(
        {
          id: fc.oneof(fc.constant(browser.runtime.id), hostileText(), fc.constant(undefined)),
          url: fc.oneof(fc.constantFrom(`${ownOrigin}sidepanel.html`, 'https://sel.ccq.org/?id=relations', `${ownOrigin.slice(0, -1)}.evil.example/`, 'null'), hostileText(), fc.integer()),
          tab: fc.option(fc.record({ id: fc.integer() })),
        },
        { requiredKeys: [] },
      ),
      fc.constant({}),
      fc.constant({ id: browser.runtime.id, url: `${ownOrigin}sidepanel.html` }),
    );
    // Pings only: a forged fill is refused before it runs (a real fill is the prefill tests' business).
    const message = fc.oneof(near(PortalRequest.of[0]), anything, near(PortalRequest).filter((m) => !check(PortalRequest, m) || (m as { type: string }).type === 'portal.ping'));
    // Ports are the list reader's business (its own tests); here only one-off messages.
    Object.assign(fakeBrowser.runtime, { onConnect: { addListener: () => {}, removeListener: () => {} } });
    let invalidated: (() => void)[] = [];
    startPortalAgent({ onInvalidated: (cb: () => void) => invalidated.push(cb) } as unknown as ContentScriptContext);
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(message, sender, async (m, s) => {
        const answers = await fakeBrowser.runtime.onMessage.trigger(m, s as never, () => {});
        const { id, url } = s as { id?: unknown; url?: unknown };
        const fromUs = id === browser.runtime.id && typeof url === 'string' && url.startsWith(ownOrigin);
        if (fromUs && check(PortalRequest, m)) {
          answered++;
          expect(check(PortalPong, await answers[0])).toBe(true);
        } else expect(answers).toEqual([undefined]);
      }),
      { numRuns: 10_000 },
    );
    expect(answered).toBeGreaterThan(20);
    invalidated.forEach((cb) => cb());
    invalidated = [];
  });
});
