/**
 * The conversation's state and everything the person can do in it. The
 * journey actor decides; this module turns each decision into transcript
 * entries (keys and parameters), keeps the drafts of in-chat forms, and saves
 * both after every change so closing the panel loses nothing.
 */
import { signal } from '@preact/signals';
import { createActor, type Actor } from 'xstate';
import { journeyMachine, type JourneyMachine, type Role } from '../../machines/journey';
import type { FormId } from '../../machines/meta';
import {
  decideRestore,
  envelope,
  forgetJourney,
  journeyKeysFor,
  loadDrafts,
  loadJourney,
  saveDrafts,
  saveJourney,
  storedJourneyToken,
  watchJourney,
  withJourneyLock,
  type Draft,
  type Drafts,
} from '../../machines/persistence';
import type { PortalPage } from '../../machines/portal-pages';
import { today, type Issue } from '../../machines/rules';
import { position, positionKey, quickReplies, screen, type JourneySnapshot } from '../../machines/screen';
import type { StepId } from '../../machines/steps';
import { transcriptText, type TranscriptEntry } from '../../machines/transcript';
import { FORMS } from './forms';
import { replyLabelKey } from './labels';
import { hasKey } from '../language';
import type { Match } from './search';

type Translate = (key: string, params?: Record<string, unknown>) => string;
/** Entries as they are added, before they get their id (Omit applied to each kind of entry). */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;
type NewEntry = WithoutId<TranscriptEntry>;

/** A member step 6 still has to send a code to, as the inventory knows them. */
export interface PendingMember {
  name: string;
  /** '' when the inventory has no address for them. */
  email: string;
}

/** Where step 6 finds its members and records codes sent (the inventory; see linking-codes.ts). */
export interface LinkingCodes {
  /** Members still needing a code, in order; null when there is no inventory to go by. */
  pending(): Promise<PendingMember[] | null>;
  /** Records that the code went out on `on` (`YYYY-MM-DD`) to the member the form named; null when none matches. */
  markSent(contact: PendingMember, on: string): Promise<{ name: string } | null>;
}

export interface ConversationDeps {
  now?: () => Date;
  openPage?: (page: PortalPage, training: boolean) => Promise<void>;
  /** The typed-question matcher, loaded on first use (it brings fuse.js). */
  loadSearch?: () => Promise<(question: string) => Match>;
  download?: (text: string, filename: string) => void;
  /** Whether a locale key exists (the panel's i18next; tests pass a lookup). */
  exists?: (key: string) => boolean;
  /** Step 6's members from the inventory; without it, the person types each member. */
  linkingCodes?: LinkingCodes;
  /** Training mode: the conversation is kept apart from the real one (its own storage keys). */
  training?: boolean;
}

export type Conversation = ReturnType<typeof createConversation>;

export function createConversation(deps: ConversationDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const exists = deps.exists ?? hasKey;
  const label = (machineId: string, type: string) => replyLabelKey(machineId, type, exists);
  const loadSearch = deps.loadSearch ?? (() => import('./search').then((m) => m.searchGuide));
  const keys = journeyKeysFor(deps.training ?? false);

  const transcript = signal<TranscriptEntry[]>([]);
  /** A new object on every change: the journey snapshot stays the same object when only its step moved. */
  const view = signal<{ snapshot: JourneySnapshot; tick: number } | null>(null);
  const drafts = signal<Drafts>({});
  const formIssues = signal<{ form: FormId; issues: Issue[] } | null>(null);
  const searching = signal(false);

  let actor: Actor<JourneyMachine> | undefined;
  let lastKey = '';
  let lastSpeaker: string | null = null;
  let tick = 0;
  let saving: Promise<void> = Promise.resolve();
  let saveFailed = false;
  /**
   * Two windows may each show the panel. Each marks its saves with a token;
   * `base` is the token the next save builds on: this panel's last save, or
   * the one it took over from another window. A save from another window is
   * taken over at once (watchJourney); a save of ours whose base is no longer
   * the stored journey (the other window saved in between) is dropped rather
   * than written over the other window's work.
   */
  const panelId = Math.random().toString(36).slice(2, 10);
  let saves = 0;
  let base = '';
  let unwatch: (() => void) | undefined;
  /** This panel removed the saved journey (start over): the removal is its own, not another window's. */
  let forgotten = false;
  /** Step 6's inventory work (reading who is left, recording a code sent), in order. */
  let inventoryWork: Promise<void> = Promise.resolve();
  /** Members of the inventory still without a code; null when step 6 goes without the inventory. */
  const codesLeft = signal<number | null>(null);

  function say(entries: NewEntry[]) {
    const out = [...transcript.value];
    for (const e of entries) out.push({ ...e, id: (out.at(-1)?.id ?? 0) + 1 } as TranscriptEntry);
    transcript.value = out;
  }

  /** What the current screen says, appended once per screen. */
  function announce(snapshot: JourneySnapshot) {
    const p = position(snapshot);
    const sc = screen(snapshot);
    const entries: NewEntry[] = [];
    const speaker = p.speaker?.id ?? null;
    if (speaker && speaker !== 'member' && speaker !== lastSpeaker) {
      entries.push({ from: 'assistant', kind: 'heading', key: `guide.steps.${speaker}.title` });
    }
    sc.messages.forEach((m, i) =>
      entries.push({
        from: 'assistant',
        kind: 'message',
        key: m.key,
        ...(m.params ? { params: m.params } : {}),
        ...(i === 0 && sc.portal ? { portal: sc.portal } : {}),
      }),
    );
    say(entries);
    lastSpeaker = speaker;
  }

  function persist() {
    if (!actor) return;
    const saved = envelope(actor.getPersistedSnapshot(), transcript.value, now());
    const token = `${panelId}:${++saves}`;
    const expected = base;
    base = saved.token = token;
    saving = saving
      .then(() =>
        withJourneyLock(async () => {
          // Another window saved since this change was made: its journey stays, shown here by takeOver.
          const stored = await storedJourneyToken(keys);
          if (stored !== expected && stored !== '') return;
          await saveJourney(saved, keys);
        }, keys),
      )
      .then(() => void (saveFailed = false))
      .catch(() => {
        // Say it once; the conversation goes on and the next change tries again.
        if (!saveFailed) say([{ from: 'assistant', kind: 'notice', key: 'chat.saveFailed' }]);
        saveFailed = true;
      });
  }

  /** After every change: announce a new screen, refresh the view, save. */
  function sync(options: { announce?: boolean } = {}) {
    if (!actor) return;
    const snapshot = actor.getSnapshot();
    const key = positionKey(position(snapshot));
    const changed = key !== lastKey || options.announce;
    if (changed) announce(snapshot);
    lastKey = key;
    view.value = { snapshot, tick: ++tick };
    persist();
    if (changed && isLinkingCodeForm(snapshot)) offerNextMember();
  }

  const isLinkingCodeForm = (snapshot: JourneySnapshot) => {
    const sc = screen(snapshot);
    return sc.machineId === 'sendLinkingCodes' && sc.form === 'linkingCode';
  };

  /** Later inventory work, in order, after the current one; errors leave the conversation as it is. */
  function inventoryTask(task: (codes: LinkingCodes) => Promise<void>) {
    const codes = deps.linkingCodes;
    if (!codes) return;
    inventoryWork = inventoryWork.then(() => task(codes)).catch(() => undefined);
  }

  /** Step 6 asks for a member: the next one the inventory lists, prefilled in the form for the person to check. */
  function offerNextMember() {
    inventoryTask(async (codes) => {
      const pending = await codes.pending();
      codesLeft.value = pending?.length ?? null;
      if (!pending) return;
      const next = pending[0];
      if (!next) {
        say([{ from: 'assistant', kind: 'message', key: 'guide.sendLinkingCodes.inventory.noneLeft' }]);
      } else {
        const params = { count: pending.length, name: next.name, email: next.email };
        say([{ from: 'assistant', kind: 'message', key: next.email ? 'guide.sendLinkingCodes.inventory.next' : 'guide.sendLinkingCodes.inventory.nextNoEmail', params }]);
        drafts.value = { ...drafts.value, linkingCode: { contact: next.name, email: next.email } };
        const saved = drafts.value;
        saving = saving.then(() => saveDrafts(saved, keys)).catch(() => undefined);
      }
      persist();
    });
  }

  /** The person submitted the form for a member: "code sent on <date>" in the inventory, and who is left. */
  function recordCodeSent(contact: PendingMember) {
    inventoryTask(async (codes) => {
      const on = today(now());
      const marked = await codes.markSent(contact, on);
      if (marked) say([{ from: 'assistant', kind: 'message', key: 'guide.sendLinkingCodes.inventory.marked', params: { name: marked.name, date: on } }]);
      const pending = await codes.pending();
      codesLeft.value = pending?.length ?? null;
      if (pending) {
        say([
          pending.length === 0
            ? { from: 'assistant', kind: 'message', key: 'guide.sendLinkingCodes.inventory.noneLeft' }
            : { from: 'assistant', kind: 'message', key: 'guide.sendLinkingCodes.inventory.left', params: { count: pending.length } },
        ]);
      }
      // A fresh view, so the replies follow who is left.
      if (actor) view.value = { snapshot: actor.getSnapshot(), tick: ++tick };
      persist();
    });
  }

  function startActor(snapshot?: unknown) {
    actor?.stop();
    actor = createActor(journeyMachine, snapshot ? { snapshot: snapshot as never } : {});
    actor.start();
  }

  const current = () => actor!.getSnapshot();

  /** Shows a journey restored from storage, saying nothing again. */
  function show(restored: Extract<ReturnType<typeof decideRestore>, { kind: 'restored' }>) {
    startActor(restored.snapshot);
    transcript.value = restored.transcript;
    const p = position(current());
    lastKey = positionKey(p);
    lastSpeaker = p.speaker?.id ?? null;
    view.value = { snapshot: current(), tick: ++tick };
  }

  /** Another window saved the journey (or started over): show what it saved. */
  function takeOver(raw: unknown) {
    const token = (raw as { token?: unknown } | undefined)?.token;
    if (typeof token === 'string' && token.startsWith(`${panelId}:`)) return;
    if ((raw === undefined || raw === null) && forgotten) {
      forgotten = false;
      return;
    }
    base = typeof token === 'string' ? token : '';
    const restored = decideRestore(raw);
    if (restored.kind === 'restored') show(restored);
    else if (restored.kind === 'fresh') {
      startActor();
      transcript.value = [];
      lastKey = '';
      lastSpeaker = null;
      const snapshot = current();
      announce(snapshot);
      lastKey = positionKey(position(snapshot));
      view.value = { snapshot, tick: ++tick };
    }
    // A journey this build cannot read is left to the window that wrote it.
  }

  return {
    transcript,
    view,
    drafts,
    formIssues,
    searching,
    codesLeft,
    /** Resolves when every save and inventory write so far has landed (tests, unload). */
    flushed: () => inventoryWork.then(() => saving),

    async start(): Promise<void> {
      const [restored, savedDrafts, token] = await Promise.all([loadJourney(keys), loadDrafts(keys), storedJourneyToken(keys)]);
      drafts.value = savedDrafts;
      base = token;
      unwatch?.();
      unwatch = watchJourney(takeOver, keys);
      if (restored.kind === 'restored') {
        // Nothing is said again: the screen is already in the transcript.
        show(restored);
        if (restored.migratedFrom !== undefined) say([{ from: 'assistant', kind: 'notice', key: 'chat.restore.migrated' }]);
        if (restored.migratedFrom !== undefined) persist();
        return;
      }
      startActor();
      transcript.value = [];
      if (restored.kind === 'discarded') {
        say([{ from: 'assistant', kind: 'notice', key: restored.reason === 'version' ? 'chat.restore.discarded' : 'chat.restore.damaged' }]);
      }
      sync({ announce: true });
    },

    role(): Role | null {
      return actor ? current().context.role : null;
    },

    /**
     * Where portal links go: the training copy for a trainer, and for anyone
     * in training mode (a trainer demoing the responsable's journey on the
     * demo firm must not land on the real portal).
     */
    opensTrainingCopy(): boolean {
      return (deps.training ?? false) || this.role() === 'trainer';
    },

    replies(): { type: string; labelKey: string }[] {
      if (!actor) return [];
      const snapshot = current();
      const machineId = position(snapshot).speaker?.id ?? 'journey';
      // Step 6 by the inventory: once nobody is left, "another member" is not offered.
      const noneLeft = machineId === 'sendLinkingCodes' && codesLeft.value === 0;
      return quickReplies(snapshot)
        .filter((q) => !(noneLeft && q.type === 'member.next'))
        .map((q) => ({ type: q.type, labelKey: label(machineId, q.type) }));
    },

    reply(type: string): void {
      const snapshot = current();
      const p = position(snapshot);
      const offered = quickReplies(snapshot).find((q) => q.type === type);
      if (!offered) return;
      say([{ from: 'person', key: label(p.speaker?.id ?? 'journey', type) }]);
      const sentTo = p.speaker?.id === 'sendLinkingCodes' && type === 'code.sent' ? (p.speaker.snapshot.context as { current: PendingMember | null }).current : null;
      if (offered.target === 'speaker') p.speaker!.actor.send({ type });
      else actor!.send({ type } as never);
      formIssues.value = null;
      sync();
      if (sentTo) recordCodeSent(sentTo);
    },

    /** The form the current screen asks, if any. */
    form(): FormId | undefined {
      return actor ? screen(current()).form : undefined;
    },

    draft(form: FormId): Draft {
      return { ...FORMS[form].initial(now()), ...drafts.value[form] };
    },

    setDraft(form: FormId, values: Draft): void {
      drafts.value = { ...drafts.value, [form]: values };
      const next = drafts.value;
      saving = saving.then(() => saveDrafts(next, keys)).catch(() => undefined);
    },

    submit(form: FormId): boolean {
      const def = FORMS[form];
      const { request, issues } = def.read(this.draft(form));
      if (issues.length > 0) {
        formIssues.value = { form, issues };
        say([{ from: 'assistant', kind: 'notice', key: 'chat.form.retry' }]);
        persist();
        return false;
      }
      const speaker = position(current()).speaker;
      if (!speaker || screen(current()).form !== form) return false;
      say([{ from: 'person', key: `chat.form.sent.${form}`, params: def.summary(request as never) }]);
      speaker.actor.send({ type: 'form.submitted', values: request });
      formIssues.value = null;
      const { [form]: _sent, ...rest } = drafts.value;
      drafts.value = rest;
      saving = saving.then(() => saveDrafts(rest, keys)).catch(() => undefined);
      sync();
      return true;
    },

    canJump(step: StepId): boolean {
      return !!actor && current().can({ type: 'journey.jump', step });
    },
    jump(step: StepId): void {
      if (!this.canJump(step)) return;
      say([{ from: 'person', key: 'chat.toc.jump', params: { stepKey: `guide.steps.${step}.title` } }]);
      actor!.send({ type: 'journey.jump', step });
      sync({ announce: true });
    },

    canBack(): boolean {
      return !!actor && current().can({ type: 'journey.back' });
    },
    back(): void {
      if (!this.canBack()) return;
      say([{ from: 'person', key: 'chat.toolbar.back' }]);
      actor!.send({ type: 'journey.back' });
      sync({ announce: true });
    },

    canRestart(): boolean {
      return !!actor && current().can({ type: 'journey.restart' });
    },
    restart(): void {
      if (!this.canRestart()) return;
      say([
        { from: 'person', key: 'chat.toolbar.restart' },
        { from: 'assistant', kind: 'notice', key: 'chat.restarted' },
      ]);
      actor!.send({ type: 'journey.restart' });
      // The step may already have been at its first screen: say it again anyway.
      sync({ announce: true });
    },

    /** Start over from the role question (the panel asks for confirmation first). */
    async reset(): Promise<void> {
      actor!.send({ type: 'journey.reset' });
      transcript.value = [];
      drafts.value = {};
      formIssues.value = null;
      lastKey = '';
      lastSpeaker = null;
      forgotten = true;
      await (saving = saving.then(() => forgetJourney(keys)).then(() => saveDrafts({}, keys)));
      sync({ announce: true });
    },

    async ask(question: string): Promise<void> {
      const text = question.trim();
      if (text === '') return;
      say([{ from: 'person', text }]);
      searching.value = true;
      persist();
      try {
        const search = await loadSearch();
        const match = search(text);
        if (!match) {
          say([{ from: 'assistant', kind: 'message', key: 'chat.search.noMatch', params: { question: text } }]);
        } else if (match.target.kind === 'answer') {
          say([{ from: 'assistant', kind: 'message', key: `guide.answers.${match.target.answer}` }]);
        } else {
          const step = match.target.step;
          const stepKey = `guide.steps.${step}.title`;
          if (this.canJump(step)) {
            say([{ from: 'assistant', kind: 'message', key: 'chat.search.jumped', params: { stepKey } }]);
            actor!.send({ type: 'journey.jump', step });
            sync({ announce: true });
            return;
          }
          // A member, or someone who has not said who they are: explain rather than move them.
          say([
            {
              from: 'assistant',
              kind: 'message',
              key: 'chat.search.stepSummary',
              params: { stepKey, summaryKey: `guide.steps.${step}.summary` },
            },
          ]);
        }
        persist();
      } finally {
        searching.value = false;
      }
    },

    openPage(page: PortalPage): Promise<void> {
      const open = deps.openPage ?? ((p, training) => import('./links').then((m) => m.openPortalPage(p, training)));
      return open(page, this.opensTrainingCopy());
    },

    /** The transcript as text in the current language, greeting first. */
    exportText(t: Translate): string {
      const greeting: TranscriptEntry = { id: 0, from: 'assistant', kind: 'message', key: 'chat.greeting' };
      return transcriptText([greeting, ...transcript.value], t, now());
    },

    exportTranscript(t: Translate): void {
      const text = this.exportText(t);
      const date = now().toISOString().slice(0, 10);
      const save = deps.download ?? ((body: string, name: string) => void import('./download').then((m) => m.downloadText(body, name)));
      save(text, `${t('chat.export.filename')}-${date}.txt`);
    },

    /** For the table of contents: the step or member section the person is in. */
    speaker(): { id: StepId | 'member'; path: string } | null {
      const s = actor ? position(current()).speaker : null;
      return s ? { id: s.id, path: s.path } : null;
    },
  };
}
