import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createConversation, type ConversationDeps } from './controller';
import { searchGuide } from './search';
import { FORMS } from './forms';
import { createI18n } from '../../lib/i18n';
import { DISCARDED_KEY, DRAFTS_KEY, JOURNEY_KEY, JOURNEY_VERSION, TRAINING_JOURNEY_KEYS, forgetTrainingJourney } from '../../machines/persistence';
import { renderEntry } from '../../machines/transcript';
import { ALL_CODES_SENT, MEMBER_WALKTHROUGH, RESPONSABLE_JOURNEY, type ScriptStep } from '../../test/scripts/journeys';
import { NOW } from '../../test/unit/helpers/samples';
import { localeHas } from '../../test/unit/helpers/locale';
import { STEP_IDS } from '../../machines/steps';

const deps: ConversationDeps = { now: () => NOW, loadSearch: async () => searchGuide, download: () => undefined, exists: localeHas };
const opened: ReturnType<typeof createConversation>[] = [];
const started = async (more: ConversationDeps = {}) => {
  const c = createConversation({ ...deps, ...more });
  opened.push(c);
  await c.start();
  return c;
};
// Saves are asynchronous: let them land before the next test resets storage.
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.flushed()));
});
type C = Awaited<ReturnType<typeof started>>;

function play(c: C, step: ScriptStep) {
  if ('reply' in step) {
    const offered = c.replies().map((r) => r.type);
    if (!offered.includes(step.reply)) throw new Error(`${step.reply} not offered: ${offered.join(', ')}`);
    c.reply(step.reply);
  } else {
    expect(c.form()).toBe(step.form);
    c.setDraft(step.form, step.values as never);
    expect(c.submit(step.form)).toBe(true);
  }
}
const keys = (c: C) => c.transcript.value.map((e) => ('key' in e ? e.key : `text:${e.text}`));

describe('conversation', () => {
  it('starts with the role question', async () => {
    const c = await started();
    expect(keys(c)).toEqual(['guide.journey.states.role']);
    expect(c.replies().map((r) => r.type)).toEqual(['role.responsable', 'role.member', 'role.trainer']);
    expect(c.replies()[0]!.labelKey).toBe('guide.journey.replies.role.responsable');
  });

  it('walks the whole responsable journey with a heading per step and the person\'s answers as keys', async () => {
    const c = await started();
    for (const step of RESPONSABLE_JOURNEY) play(c, step);
    expect(c.speaker()).toEqual({ id: ALL_CODES_SENT.step, path: ALL_CODES_SENT.state });
    const headings = c.transcript.value.filter((e) => e.from === 'assistant' && e.kind === 'heading').map((e) => ('key' in e ? e.key : ''));
    expect(headings).toEqual(STEP_IDS.slice(0, -1).map((id) => `guide.steps.${id}.title`));
    expect(keys(c).at(-1)).toBe('guide.sendLinkingCodes.states.complete');
    expect(keys(c)).toContain('chat.form.sent.linkingCode');
    // Portal links ride on the messages that talk about a page.
    expect(c.transcript.value.find((e) => 'key' in e && e.key === 'guide.createAccount.states.open')).toMatchObject({ portal: 'login' });
  });

  it('renders every message in both languages, with no key or placeholder left', async () => {
    const c = await started();
    for (const step of RESPONSABLE_JOURNEY) play(c, step);
    for (const lang of ['fr', 'en'] as const) {
      const t = (await createI18n(lang)).t as never;
      for (const e of c.transcript.value) {
        const text = renderEntry(e, t);
        expect(text, JSON.stringify(e)).not.toBe('key' in e ? e.key : '');
        expect(text).not.toMatch(/\{\{|\}\}|guide\.|chat\./);
      }
    }
    const [fr, en] = await Promise.all([createI18n('fr'), createI18n('en')]);
    const last = c.transcript.value.at(-1)!;
    expect(renderEntry(last, fr.t as never)).not.toBe(renderEntry(last, en.t as never));
  });

  it('the member walkthrough runs in the same conversation', async () => {
    const c = await started();
    for (const step of MEMBER_WALKTHROUGH) play(c, step);
    expect(keys(c).at(-2)).toBe('guide.journey.states.memberFinished');
    expect(keys(c).at(-1)).toBe('guide.notes.support');
  });
});

describe('closing and reopening the panel', () => {
  it('resumes at the same point with the same drafts, saying nothing again', async () => {
    const a = await started();
    for (const step of RESPONSABLE_JOURNEY.slice(0, 40)) play(a, step);
    a.reply('member.next');
    a.setDraft('linkingCode', { contact: 'Rebecca', email: 'rebecca@' });
    await a.flushed();

    const b = await started();
    expect(b.transcript.value).toEqual(a.transcript.value);
    expect(b.speaker()).toEqual(a.speaker());
    expect(b.replies()).toEqual(a.replies());
    expect(b.form()).toBe(a.form());
    expect(b.draft('linkingCode')).toEqual({ contact: 'Rebecca', email: 'rebecca@' });
    expect(b.view.value!.snapshot.context).toEqual(a.view.value!.snapshot.context);
  });

  it('a snapshot from another version is set aside with an apology, never a broken panel', async () => {
    await fakeBrowser.storage.local.set({
      [JOURNEY_KEY]: { version: JOURNEY_VERSION + 1, fingerprint: 'future', savedAt: '', snapshot: { weird: true }, transcript: [] },
    });
    const c = await started();
    expect(keys(c)).toEqual(['chat.restore.discarded', 'guide.journey.states.role']);
    expect(c.transcript.value[0]).toMatchObject({ from: 'assistant', kind: 'notice' });
    expect((await fakeBrowser.storage.local.get(DISCARDED_KEY))[DISCARDED_KEY]).toBeDefined();
  });

  it('a damaged snapshot gets the other apology', async () => {
    await fakeBrowser.storage.local.set({ [JOURNEY_KEY]: 'not a journey' });
    const c = await started();
    expect(keys(c)[0]).toBe('chat.restore.damaged');
  });
});

describe('training mode keeps its own conversation', () => {
  const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

  it('a trainer\'s demo and its reset never touch the real journey or its drafts', async () => {
    const real = await started();
    for (const step of RESPONSABLE_JOURNEY.slice(0, 6)) play(real, step);
    real.setDraft('linkingCode', { contact: 'Rebecca', email: 'rebecca@' });
    await real.flushed();
    const realJourney = structuredClone(await stored(JOURNEY_KEY));
    const realDrafts = structuredClone(await stored(DRAFTS_KEY));
    expect(realJourney).toBeDefined();

    // Training on: a fresh conversation, kept under its own keys.
    const demo = await started({ training: true });
    expect(keys(demo)).toEqual(['guide.journey.states.role']);
    demo.reply('role.trainer');
    demo.setDraft('linkingCode', { contact: 'Démo', email: 'demo@' });
    await demo.flushed();
    expect(await stored(TRAINING_JOURNEY_KEYS.journey)).toMatchObject({ transcript: demo.transcript.value });
    expect(await stored(TRAINING_JOURNEY_KEYS.drafts)).toEqual({ linkingCode: { contact: 'Démo', email: 'demo@' } });
    // Starting over in training starts over the training conversation only.
    await demo.reset();
    demo.reply('role.trainer');
    await demo.flushed();
    expect(await stored(JOURNEY_KEY)).toEqual(realJourney);
    expect(await stored(DRAFTS_KEY)).toEqual(realDrafts);

    // Reopened in training mode, the demo resumes; the real panel never sees it.
    const again = await started({ training: true });
    expect(again.transcript.value).toEqual(demo.transcript.value);
    expect(again.role()).toBe('trainer');

    // Resetting training clears only the training conversation.
    await forgetTrainingJourney();
    for (const key of Object.values(TRAINING_JOURNEY_KEYS)) expect(await stored(key)).toBeUndefined();
    expect(await stored(JOURNEY_KEY)).toEqual(realJourney);
    const back = await started();
    expect(back.transcript.value).toEqual(real.transcript.value);
    expect(back.draft('linkingCode')).toEqual({ contact: 'Rebecca', email: 'rebecca@' });
  });

  it('a real panel open beside a training one does not take over the demo\'s saves', async () => {
    const real = await started();
    const before = real.transcript.value;
    const demo = await started({ training: true });
    demo.reply('role.trainer');
    await Promise.all([demo.flushed(), real.flushed()]);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(real.transcript.value).toEqual(before);
    expect(real.role()).toBeNull();
    expect(await stored(JOURNEY_KEY)).toMatchObject({ transcript: before });
  });
});

describe('in-chat forms', () => {
  const toLinkingCodeForm = async () => {
    const c = await started();
    c.reply('role.responsable');
    c.jump('sendLinkingCodes');
    c.reply('step.next');
    expect(c.form()).toBe('linkingCode');
    return c;
  };

  it('a wrong answer gets a retry message and field issues; the journey waits', async () => {
    const c = await toLinkingCodeForm();
    c.setDraft('linkingCode', { contact: 'Luc', email: 'luc at laforce' });
    expect(c.submit('linkingCode')).toBe(false);
    expect(keys(c).at(-1)).toBe('chat.form.retry');
    expect(c.formIssues.value).toEqual({ form: 'linkingCode', issues: [{ field: 'email', code: 'emailInvalid' }] });
    expect(c.speaker()).toEqual({ id: 'sendLinkingCodes', path: 'member' });
    expect(c.draft('linkingCode')).toMatchObject({ email: 'luc at laforce' });

    c.setDraft('linkingCode', { contact: 'Luc', email: 'luc@laforce.ca' });
    expect(c.submit('linkingCode')).toBe(true);
    expect(c.speaker()).toEqual({ id: 'sendLinkingCodes', path: 'check' });
    expect(c.formIssues.value).toBeNull();
    expect(c.transcript.value.find((e) => 'key' in e && e.key === 'chat.form.sent.linkingCode')).toMatchObject({
      params: { name: 'Luc', email: 'luc@laforce.ca' },
    });
    // Sent: the draft is gone, so the next member starts from a blank form.
    expect(c.draft('linkingCode')).toEqual(FORMS.linkingCode.initial(NOW));
  });

  it('forms start from the portal\'s defaults', async () => {
    const c = await started();
    expect(c.draft('newMember')).toMatchObject({ startDate: '2026-01-12', endDate: '9999-12-31', contactDoesNotExist: true });
    expect(c.draft('delegation')).toMatchObject({ target: 'Une autre organisation' });
  });
});

describe('navigation and questions', () => {
  it('jump, back and restart are said in the conversation', async () => {
    const c = await started();
    c.reply('role.responsable');
    c.jump('validate');
    expect(keys(c).slice(-4)).toEqual(['chat.toc.jump', 'guide.steps.validate.title', 'guide.validate.states.home', 'guide.notes.delay24h']);
    c.back();
    expect(c.speaker()).toEqual({ id: 'linkAccount', path: 'coordinates' });
    c.restart();
    expect(keys(c).slice(-4)).toEqual(['chat.toolbar.restart', 'chat.restarted', 'guide.linkAccount.states.coordinates', 'guide.notes.noSecrets']);
  });

  it('start over empties the conversation and asks the role again', async () => {
    const c = await started();
    c.reply('role.member');
    c.setDraft('removal', { contact: 'x' });
    await c.reset();
    expect(keys(c)).toEqual(['guide.journey.states.role']);
    expect(c.role()).toBeNull();
    const again = await started();
    expect(keys(again)).toEqual(['guide.journey.states.role']);
    expect(again.draft('removal')).toEqual(FORMS.removal.initial(NOW));
  });

  it('a question about a step jumps there', async () => {
    const c = await started();
    c.reply('role.responsable');
    await c.ask('comment ajouter un membre?');
    expect(c.speaker()).toEqual({ id: 'addMember', path: 'ask' });
    expect(keys(c)).toContain('chat.search.jumped');
    expect(c.transcript.value.find((e) => 'text' in e)).toMatchObject({ from: 'person', text: 'comment ajouter un membre?' });
  });

  it('before choosing a role, a step question is explained rather than jumped to', async () => {
    const c = await started();
    await c.ask('how do I create an account');
    expect(c.speaker()).toBeNull();
    expect(c.transcript.value.at(-1)).toMatchObject({
      key: 'chat.search.stepSummary',
      params: { stepKey: 'guide.steps.createAccount.title', summaryKey: 'guide.steps.createAccount.summary' },
    });
  });

  it('answers, and says so when the guide has nothing', async () => {
    const c = await started();
    await c.ask('je ne trouve pas la lettre d etat de situation');
    expect(keys(c).at(-1)).toBe('guide.answers.limitation');
    await c.ask('recette de pouding chômeur');
    expect(c.transcript.value.at(-1)).toMatchObject({ key: 'chat.search.noMatch', params: { question: 'recette de pouding chômeur' } });
  });

  it('exports the conversation as text in the chosen language', async () => {
    let saved: { text: string; name: string } | undefined;
    const c = await started({ download: (text, name) => (saved = { text, name }) });
    c.reply('role.responsable');
    const en = await createI18n('en');
    c.exportTranscript(en.t as never);
    expect(saved!.name).toBe('passerelle-conversation-2026-01-12.txt');
    expect(saved!.text).toContain('Hello! I\'m Passerelle');
    expect(saved!.text).toContain("You: I'm the person in charge at my firm");
    expect(saved!.text).toContain('== The CCQ\'s explanatory email ==');
  });

  it('portal links open the real portal, or the training copy for a trainer', async () => {
    const pages: [string, boolean][] = [];
    const c = await started({ openPage: async (p, training) => void pages.push([p, training]) });
    await c.openPage('login');
    c.reply('role.trainer');
    await c.openPage('login');
    expect(pages).toEqual([['login', false], ['login', true]]);
  });

  it('in training mode, portal links open the training copy whatever the role', async () => {
    const pages: [string, boolean][] = [];
    const c = await started({ training: true, openPage: async (p, training) => void pages.push([p, training]) });
    c.reply('role.responsable');
    expect(c.opensTrainingCopy()).toBe(true);
    await c.openPage('login');
    expect(pages).toEqual([['login', true]]);
  });
});

describe('the panel open in two windows', () => {
  // Web Locks as the browser gives them to extension pages (happy-dom has none): one holder at a time.
  beforeAll(() => {
    let queue: Promise<unknown> = Promise.resolve();
    const request = <T>(_name: string, fn: () => Promise<T>): Promise<T> => {
      const run = queue.then(fn);
      queue = run.catch(() => undefined);
      return run;
    };
    Object.defineProperty(navigator, 'locks', { value: { request }, configurable: true });
  });
  afterAll(() => {
    Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
  });
  const settled = async (...cs: C[]) => {
    // Saves land, storage tells the other window, which shows them.
    for (let i = 0; i < 3; i++) {
      await Promise.all(cs.map((c) => c.flushed()));
      await new Promise((ok) => setTimeout(ok, 0));
    }
  };

  it('a step taken in one window shows in the other, and the other goes on from there: nothing lost', async () => {
    const a = await started();
    const b = await started();
    a.reply('role.responsable');
    await settled(a, b);
    expect(b.role()).toBe('responsable');
    expect(keys(b)).toEqual(keys(a));
    const next = b.replies()[0]!.type;
    b.reply(next);
    await settled(a, b);
    expect(keys(a)).toEqual(keys(b));
    // Both answers are in the saved conversation, in order.
    const reopened = await started();
    expect(keys(reopened).filter((k) => k.startsWith('chat.replies') || k.includes('.replies.'))).toHaveLength(2);
  });

  it('two changes at the same moment: the first saved stays, the other window shows it instead of writing over it', async () => {
    const a = await started();
    const b = await started();
    await settled(a, b);
    a.reply('role.responsable');
    b.reply('role.member');
    await settled(a, b);
    expect(a.role()).toBe('responsable');
    expect(b.role()).toBe('responsable');
    expect(keys(a)).toEqual(keys(b));
    const reopened = await started();
    expect(reopened.role()).toBe('responsable');
  });

  it('start over in one window starts over in the other', async () => {
    const a = await started();
    const b = await started();
    a.reply('role.responsable');
    await settled(a, b);
    await b.reset();
    await settled(a, b);
    expect(a.role()).toBeNull();
    expect(keys(a)).toEqual(['guide.journey.states.role']);
  });
});

describe('step 6 by the inventory', () => {
  const upToStep6Form = RESPONSABLE_JOURNEY.findIndex((s) => 'form' in s && s.form === 'linkingCode');

  /** An inventory of members without a code; markSent takes them off the list like the real one does. */
  function inventory(members: { name: string; email: string }[]) {
    const left = [...members];
    const sent: { name: string; on: string }[] = [];
    const codes = {
      pending: async () => (members.length === 0 ? null : [...left]),
      markSent: async (contact: { name: string; email: string }, on: string) => {
        const i = left.findIndex((m) => m.email === contact.email || m.name === contact.name);
        if (i < 0) return null;
        const [m] = left.splice(i, 1);
        sent.push({ name: m!.name, on });
        return { name: m!.name };
      },
    };
    return { codes, sent };
  }

  it('loops over the members who still need a code, records each as sent, and ends when none remain', async () => {
    const inv = inventory([
      { name: 'Éloïse Côté', email: 'eloise@laforce.ca' },
      { name: "Liam O'Brien", email: 'liam@laforce.ca' },
    ]);
    const c = await started({ linkingCodes: inv.codes });
    for (const step of RESPONSABLE_JOURNEY.slice(0, upToStep6Form)) play(c, step);
    await c.flushed();
    // The first member is proposed and their details filled in the form, for the person to check.
    expect(c.form()).toBe('linkingCode');
    expect(c.draft('linkingCode')).toMatchObject({ contact: 'Éloïse Côté', email: 'eloise@laforce.ca' });
    expect(c.transcript.value.at(-1)).toMatchObject({ key: 'guide.sendLinkingCodes.inventory.next', params: { count: 2, name: 'Éloïse Côté' } });

    expect(c.submit('linkingCode')).toBe(true);
    c.reply('code.sent');
    await c.flushed();
    expect(inv.sent).toEqual([{ name: 'Éloïse Côté', on: '2026-01-12' }]);
    expect(keys(c).slice(-2)).toEqual(['guide.sendLinkingCodes.inventory.marked', 'guide.sendLinkingCodes.inventory.left']);
    expect(c.replies().map((r) => r.type)).toContain('member.next');

    c.reply('member.next');
    await c.flushed();
    expect(c.draft('linkingCode')).toMatchObject({ contact: "Liam O'Brien", email: 'liam@laforce.ca' });
    expect(c.submit('linkingCode')).toBe(true);
    c.reply('code.sent');
    await c.flushed();
    expect(inv.sent.map((s) => s.name)).toEqual(['Éloïse Côté', "Liam O'Brien"]);
    expect(keys(c).at(-1)).toBe('guide.sendLinkingCodes.inventory.noneLeft');
    // Nobody left: "another member" is no longer offered.
    expect(c.replies().map((r) => r.type)).toEqual(['members.allSent']);
    c.reply('members.allSent');
    c.reply('members.allReceived');
    expect(keys(c).at(-1)).toBe('guide.sendLinkingCodes.states.complete');
  });

  it('falls back to typing each member when the inventory is empty', async () => {
    const inv = inventory([]);
    const c = await started({ linkingCodes: inv.codes });
    for (const step of RESPONSABLE_JOURNEY) play(c, step);
    await c.flushed();
    expect(keys(c).filter((k) => k.startsWith('guide.sendLinkingCodes.inventory'))).toEqual([]);
    expect(keys(c).at(-1)).toBe('guide.sendLinkingCodes.states.complete');
    expect(inv.sent).toEqual([]);
  });

  it('a member typed by hand who is not in the inventory is not recorded', async () => {
    const inv = inventory([{ name: 'Éloïse Côté', email: 'eloise@laforce.ca' }]);
    const c = await started({ linkingCodes: inv.codes });
    for (const step of RESPONSABLE_JOURNEY.slice(0, upToStep6Form)) play(c, step);
    await c.flushed();
    c.setDraft('linkingCode', { contact: 'Luc Tremblay', email: 'luc@laforce.ca' });
    expect(c.submit('linkingCode')).toBe(true);
    c.reply('code.sent');
    await c.flushed();
    expect(inv.sent).toEqual([]);
    expect(keys(c).at(-1)).toBe('guide.sendLinkingCodes.inventory.left');
  });
});
