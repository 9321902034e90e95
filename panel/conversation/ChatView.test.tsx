import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ChatView } from './ChatView';
import { ChatForm } from './ChatForm';
import { createConversation } from './controller';
import { Message } from './Message';
import { Toc } from './Toc';
import { initLanguage, switchLanguage } from '../language';
import { NOW } from '../../test/unit/helpers/samples';

const settle = () => new Promise((r) => setTimeout(r, 0));
let root: HTMLElement;
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel);

beforeEach(async () => {
  await fakeBrowser.storage.local.set({ 'passerelle.language': 'fr' });
  await initLanguage();
  await switchLanguage('fr');
  root = document.createElement('div');
  document.body.append(root);
});

describe('the conversation before its journey code has loaded', () => {
  it('shows the greeting, offers nothing that needs the journey, and keeps a typed question', async () => {
    render(<ChatView />, root);
    expect($('[data-testid=greeting]')!.textContent).toMatch(/Bonjour/);
    for (const id of ['toolbar-back', 'toolbar-restart', 'toolbar-reset', 'toolbar-export']) {
      expect($<HTMLButtonElement>(`[data-testid=${id}]`)!.disabled).toBe(true);
    }
    expect($('[data-testid=quick-replies]')).toBeNull();
    const ask = $<HTMLInputElement>('[data-testid=ask-input]')!;
    ask.value = 'Qu’est-ce que le code de liaison?';
    $<HTMLFormElement>('form.ask')!.requestSubmit();
    expect(ask.value).toBe('Qu’est-ce que le code de liaison?');
    render(null, root);
    root.remove();
  });

  it('comes alive in place: the greeting and the question box stay the same elements', async () => {
    render(<ChatView />, root);
    const greeting = $('[data-testid=greeting]');
    const ask = $('[data-testid=ask-input]');
    const c = createConversation({ now: () => NOW, download: () => undefined });
    await c.start();
    render(<ChatView live={{ conversation: c, Message, ChatForm, Toc }} />, root);
    await settle();
    expect($('[data-testid=greeting]')).toBe(greeting);
    expect($('[data-testid=ask-input]')).toBe(ask);
    expect(root.querySelectorAll('[data-testid=quick-replies] button').length).toBeGreaterThan(0);
    expect($<HTMLButtonElement>('[data-testid=toolbar-export]')!.disabled).toBe(false);
    render(null, root);
    root.remove();
    await c.flushed();
  });
});
