import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ConversationView } from './Conversation';
import { createConversation, type Conversation } from './controller';
import { searchGuide } from './search';
import { initLanguage, language, switchLanguage } from '../language';
import { NOW } from '../../test/unit/helpers/samples';

const settle = () => new Promise((r) => setTimeout(r, 0));
let root: HTMLElement;
let c: Conversation;
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];
const click = async (sel: string) => {
  const el = $(sel);
  if (!el) throw new Error(`no ${sel}`);
  el.click();
  await settle();
};
const type = async (sel: string, value: string) => {
  const el = $<HTMLInputElement>(sel)!;
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const lastMessage = () => $$('.messages li.message').at(-1)!;

beforeEach(async () => {
  // A remembered language, so the fake browser is not asked for its UI language.
  await fakeBrowser.storage.local.set({ 'passerelle.language': 'fr' });
  await initLanguage();
  await switchLanguage('fr');
  root = document.createElement('div');
  document.body.append(root);
  c = createConversation({ now: () => NOW, loadSearch: async () => searchGuide, download: () => undefined });
  await c.start();
  render(<ConversationView conversation={c} />, root);
  await settle();
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await c.flushed();
});

describe('the conversation in the side panel', () => {
  it('keeps the greeting and announces new messages politely', () => {
    expect($('[data-testid=greeting]')!.textContent).toMatch(/Bonjour/);
    const log = $('[role=log]')!;
    expect(log.getAttribute('aria-live')).toBe('polite');
    expect(log.contains($('[data-testid=greeting]'))).toBe(true);
    expect(lastMessage().dataset.key).toBe('guide.journey.states.role');
  });

  it('offers quick replies from the machine and moves on when one is clicked; focus follows', async () => {
    expect($$('[data-testid=quick-replies] button').map((b) => b.dataset.event)).toEqual(['role.responsable', 'role.member', 'role.trainer']);
    await click('[data-event="role.responsable"]');
    await settle();
    expect($$('.message.person').at(-1)!.textContent).toContain('Je suis la personne responsable');
    expect($('[data-key="guide.explanatoryEmail.states.received"]')).not.toBeNull();
    expect($$('[data-testid=quick-replies] button').map((b) => b.dataset.event)).toEqual(['email.received', 'email.notReceived', 'email.lost']);
    expect(document.activeElement?.getAttribute('data-event')).toBe('email.received');
  });

  it('re-renders the whole conversation, person\'s answers included, when the language changes', async () => {
    await click('[data-event="role.responsable"]');
    const before = $('[data-key="guide.explanatoryEmail.states.received"]')!.textContent;
    await switchLanguage('en');
    await settle();
    expect(language.value).toBe('en');
    expect($('[data-testid=greeting]')!.textContent).toMatch(/Hello/);
    const after = $('[data-key="guide.explanatoryEmail.states.received"]')!.textContent;
    expect(after).not.toBe(before);
    expect(after).toMatch(/explanatory email/);
    expect($$('.message.person').at(-1)!.textContent).toContain("I'm the person in charge");
    expect($('[data-event="email.received"]')!.textContent).toBe('Yes, I have it');
  });

  it('table of contents: phases, statuses, jump', async () => {
    await click('[data-event="role.responsable"]');
    await click('[data-testid=toolbar-contents]');
    const items = $$('[data-testid=toc] li');
    expect(items.map((li) => li.dataset.step)).toHaveLength(12);
    expect($('[data-step=explanatoryEmail]')!.dataset.status).toBe('current');
    expect($('[data-step=explanatoryEmail]')!.getAttribute('aria-current')).toBe('step');
    await click('[data-step=validate] button');
    expect($('[data-step=validate]')!.dataset.status).toBe('current');
    expect($('[data-key="guide.validate.states.home"]')).not.toBeNull();
    expect($('[data-key="guide.validate.states.home"] .portal-link')!.textContent).toContain('Accueil');
  });

  it('an in-chat form validates, says what to fix, and keeps the draft', async () => {
    await click('[data-event="role.responsable"]');
    await click('[data-testid=toolbar-contents]');
    await click('[data-step=sendLinkingCodes] button');
    await click('[data-event="step.next"]');
    expect($('[data-testid=chat-form]')!.dataset.form).toBe('linkingCode');
    await type('#form-linkingCode-contact', 'Luc Tremblay');
    await type('#form-linkingCode-email', 'luc@laforce');
    $<HTMLFormElement>('[data-testid=chat-form]')!.requestSubmit();
    await settle();
    expect(lastMessage().dataset.key).toBe('chat.form.retry');
    const email = $('#form-linkingCode-email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect($(`#${email.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!.textContent).toMatch(/pas valide/);
    expect(c.draft('linkingCode')).toMatchObject({ contact: 'Luc Tremblay', email: 'luc@laforce' });

    await type('#form-linkingCode-email', 'luc@laforce.ca');
    $<HTMLFormElement>('[data-testid=chat-form]')!.requestSubmit();
    await settle();
    expect($('[data-testid=chat-form]')).toBeNull();
    expect($('[data-key="guide.sendLinkingCodes.states.check"]')!.textContent).toContain('luc@laforce.ca');
  });

  it('shows fields only when the portal would (« Le contact n\'existe pas », « Une autre organisation »)', async () => {
    await click('[data-event="role.responsable"]');
    c.jump('addMember');
    c.reply('member.missing');
    c.reply('step.next');
    await settle();
    expect($('#form-newMember-firstName')).not.toBeNull();
    expect($('#form-newMember-contact')).toBeNull();
    $<HTMLInputElement>('#form-newMember-contactDoesNotExist')!.click();
    await settle();
    expect($('#form-newMember-firstName')).toBeNull();
    expect($('#form-newMember-contact')).not.toBeNull();
  });

  it('asks before starting over', async () => {
    await click('[data-event="role.member"]');
    await click('[data-testid=toolbar-reset]');
    expect($('[role=alertdialog]')).not.toBeNull();
    await click('[data-testid=reset-no]');
    expect(c.role()).toBe('member');
    await click('[data-testid=toolbar-reset]');
    await click('[data-testid=reset-yes]');
    await settle();
    expect(c.role()).toBeNull();
    expect($$('.messages li.message').length).toBe(2);
  });

  it('answers a typed question', async () => {
    await click('[data-event="role.responsable"]');
    await type('[data-testid=ask-input]', 'soutient technique');
    $<HTMLFormElement>('form.ask')!.requestSubmit();
    await settle();
    await settle();
    expect(lastMessage().dataset.key).toBe('guide.answers.support');
    expect(lastMessage().textContent).toContain('firmecomptable@ccq.org');
    expect($<HTMLInputElement>('[data-testid=ask-input]')!.value).toBe('');
  });

  it('renders page text as text, never as HTML', async () => {
    await type('[data-testid=ask-input]', '<img src=x onerror=alert(1)>');
    $<HTMLFormElement>('form.ask')!.requestSubmit();
    await settle();
    await settle();
    expect(root.querySelector('img')).toBeNull();
    expect($$('.message.person').at(-1)!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
