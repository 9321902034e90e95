/**
 * Talking to the portal tab from extension pages. The conversation and the
 * inventory call these; the Portail view uses them too.
 */
import { browser, type Browser } from 'wxt/browser';
import { PORT_NAME, type ListId, type PortCommand, type PortEvent, type PortalRequest, type PrefillReport, type Snapshot } from '../../content/protocol';
import { TRAINING_PAGE, relayPortName, relayed } from '../../content/relay';
import { planFill, type FormId, type FormRecords } from '../../content/plans';
import { PATHS, outcomeWords, targetWords, type OutcomeId, type PathId } from '../../content/targets';
import { language } from '../language';
import { trainingMode } from '../training/mode';
import { PortEventSchema, PrefillReportSchema } from './contract';
import { saveSnapshots } from './snapshots';
import { summonAgent } from './summon';

export const PORTAL_PREFIX = 'https://sel.ccq.org/';

/** Our bundled training copy of the portal, where the agent runs inside the page itself (content/relay.ts). */
export const trainingPrefix = () => browser.runtime.getURL(`/${TRAINING_PAGE}`);

export const isTrainingTab = (tab: Browser.tabs.Tab | undefined) => !!tab?.url?.startsWith(trainingPrefix());
const isPortalTab = (tab: Browser.tabs.Tab | undefined) => !!tab?.url?.startsWith(PORTAL_PREFIX) || isTrainingTab(tab);

/**
 * The portal tab the person is looking at: the real portal or the training
 * copy. When the panel itself is open as a tab (training, tests), the portal
 * tab used most recently.
 */
export async function portalTab(): Promise<Browser.tabs.Tab | undefined> {
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (isPortalTab(active)) return active;
  if (active && !active.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
  const tabs = (await browser.tabs.query({})).filter(isPortalTab);
  return tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** A request to the agent of `tab`: its content script (injected on first need), or the training page's relay. */
async function send(tab: Browser.tabs.Tab & { id: number }, message: PortalRequest): Promise<unknown> {
  if (isTrainingTab(tab)) return browser.runtime.sendMessage(relayed(tab.id, message));
  await summonAgent(tab.id);
  return browser.tabs.sendMessage(tab.id, message, { frameId: 0 });
}

/** A conversation with the agent of `tab`, by the same two routes. */
async function open(tab: Browser.tabs.Tab & { id: number }): Promise<Browser.runtime.Port> {
  if (isTrainingTab(tab)) return browser.runtime.connect({ name: relayPortName(tab.id) });
  await summonAgent(tab.id);
  return browser.tabs.connect(tab.id, { name: PORT_NAME, frameId: 0 });
}

/** Local date, as the portal's date fields want it. */
export const localToday = (d = new Date()) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

export type FillResult = PrefillReport | { type: 'prefill.error'; reason: 'no-portal' | 'unreachable' | 'bad-answer' | 'no-form' };

/** Prefills `form` with `record` on the portal tab; resolves with the per-field report. */
export async function requestFill<F extends FormId>(form: F, record: FormRecords[F]): Promise<FillResult> {
  const tab = await portalTab();
  if (tab?.id === undefined || !tab.url) return { type: 'prefill.error', reason: 'no-portal' };
  // The training copy shows the portal in the panel's language (portal/training-copy.ts); the real portal is French.
  const plan = planFill(form, record, { today: localToday(), portalLanguage: isTrainingTab(tab) ? language.value : 'fr' });
  let answer: unknown;
  try {
    answer = await send(tab as Browser.tabs.Tab & { id: number }, { type: 'prefill.run', url: tab.url, formTitle: plan.formTitle, steps: plan.steps });
  } catch {
    return { type: 'prefill.error', reason: 'unreachable' };
  }
  const parsed = PrefillReportSchema.safeParse(answer);
  return parsed.success ? parsed.data : { type: 'prefill.error', reason: 'bad-answer' };
}

type Events = (event: PortEvent) => void;

/** A conversation with the portal tab; events are parsed with zod before `onEvent` sees them. */
async function connect(onEvent: Events, onGone: () => void, onTab: (tab: Browser.tabs.Tab) => void = () => undefined): Promise<Browser.runtime.Port | undefined> {
  const tab = await portalTab();
  if (tab?.id === undefined) return undefined;
  onTab(tab);
  let port: Browser.runtime.Port;
  try {
    port = await open(tab as Browser.tabs.Tab & { id: number });
  } catch {
    // The page would not take the agent (closed, navigating, an error page): as if it had gone.
    onGone();
    return undefined;
  }
  port.onMessage.addListener((message: unknown) => {
    const parsed = PortEventSchema.safeParse(message);
    if (parsed.success) onEvent(parsed.data);
  });
  port.onDisconnect.addListener(onGone);
  return port;
}

export type ReadOutcome = { ok: true; snapshots: Snapshot[] } | { ok: false; list?: ListId; reason: string };

export interface ListReading {
  done: Promise<ReadOutcome>;
  cancel(): void;
}

/**
 * Whether a read goes into the inventory the panel has open. The training
 * copy's demo lists never go into a real firm's inventory: outside training
 * mode they are only handed back.
 */
export const storesRead = (fromTrainingCopy: boolean, inTrainingMode: boolean) => !fromTrainingCopy || inTrainingMode;

/**
 * Reads the lists across all their pages. A complete read of the three lists is
 * stored in the inventory (extension storage, never the page's); anything else
 * resolves as failed, or (fewer lists) is only handed back.
 */

export function readLists(lists: ListId[], onProgress: Events = () => undefined): ListReading {
  let port: Browser.runtime.Port | undefined;
  let fromTrainingCopy = false;
  let finish: (o: ReadOutcome) => void = () => undefined;
  const done = new Promise<ReadOutcome>((ok) => (finish = ok));
  void connect(
    (event) => {
      if (event.type === 'lists.done') {
        const stored = storesRead(fromTrainingCopy, trainingMode.value) ? saveSnapshots(event.snapshots) : Promise.resolve(undefined);
        void stored.then(() => finish({ ok: true, snapshots: event.snapshots }));
        port?.disconnect();
      } else if (event.type === 'lists.failed') {
        finish(event.list ? { ok: false, list: event.list, reason: event.reason } : { ok: false, reason: event.reason });
        port?.disconnect();
      } else onProgress(event);
    },
    () => finish({ ok: false, reason: 'disconnected' }),
    (tab) => (fromTrainingCopy = isTrainingTab(tab)),
  ).then((p) => {
    port = p;
    if (!p) return finish({ ok: false, reason: 'no-portal' });
    p.postMessage({ type: 'lists.read', lists } satisfies PortCommand);
  });
  return {
    done,
    cancel() {
      port?.postMessage({ type: 'lists.cancel' } satisfies PortCommand);
    },
  };
}

export interface GuideHandlers {
  found?(target: string): void;
  missing?(target: string): void;
  outcome?(outcome: string): void;
}

/** Outlines the next control along `path` until stopped; reports found/missing/outcome. */
export function showTheWay(path: PathId, outcome: OutcomeId | undefined, on: GuideHandlers, timeoutMs = 4000): () => void {
  let port: Browser.runtime.Port | undefined;
  let stopped = false;
  void connect(
    (e) => {
      if (e.type === 'guide.found') on.found?.(e.target);
      else if (e.type === 'guide.missing') on.missing?.(e.target);
      else if (e.type === 'guide.outcome') on.outcome?.(e.outcome);
    },
    () => undefined,
  ).then((p) => {
    port = p;
    if (!p) return on.missing?.(PATHS[path][0]);
    if (stopped) return p.disconnect();
    const command: PortCommand = { type: 'guide.show', targets: PATHS[path].map(targetWords), timeoutMs };
    if (outcome) command.outcome = outcomeWords(outcome);
    p.postMessage(command);
  });
  return () => {
    stopped = true;
    port?.disconnect();
  };
}
