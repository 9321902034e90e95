/**
 * The conversation's frame: toolbar, greeting, transcript and composer. It is
 * in the panel's first chunk and shows the greeting before the journey's code
 * (xstate, machines, controller) has arrived; `live` brings that code and the
 * conversation when it has. The same component renders both states, so the
 * greeting stays the same element and nothing on screen moves when the
 * conversation comes alive. Only type imports from the live side here.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../language';
import type { ChatForm } from './ChatForm';
import type { Conversation as ConversationModel } from './controller';
import type { Message } from './Message';
import type { Toc } from './Toc';

/** The conversation and the components that need the journey's code, loaded together. */
export interface LiveChat {
  conversation: ConversationModel;
  Message: typeof Message;
  ChatForm: typeof ChatForm;
  Toc: typeof Toc;
}

export function ChatView({ live }: { live?: LiveChat }) {
  const tr = t.value;
  const conversation = live?.conversation;
  const entries = conversation?.transcript.value ?? [];
  const view = conversation?.view.value;
  const form = view ? conversation!.form() : undefined;
  const replies = view ? conversation!.replies() : [];
  const logEnd = useRef<HTMLLIElement>(null);
  const composer = useRef<HTMLDivElement>(null);
  const ask = useRef<HTMLInputElement>(null);
  const focusNext = useRef(false);
  const tocOpen = useSignal(false);
  const confirmingReset = useSignal(false);

  useEffect(() => {
    logEnd.current?.scrollIntoView?.({ block: 'end' });
  }, [entries.length]);

  // After a reply, keep the keyboard in the conversation: focus the next thing to answer.
  useLayoutEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const next = composer.current?.querySelector<HTMLElement>('.chat-form input, .chat-form select, .replies button');
    (next ?? ask.current)?.focus();
  });
  const act = (fn: () => void) => {
    focusNext.current = true;
    fn();
  };

  return (
    <section class="chat" aria-label={tr('chat.log')}>
      <div class="toolbar" role="group" aria-label={tr('chat.toolbar.label')}>
        <button
          type="button"
          data-testid="toolbar-contents"
          aria-expanded={tocOpen.value}
          aria-controls="toc"
          onClick={() => (tocOpen.value = !tocOpen.value)}
        >
          {tr('chat.toolbar.contents')}
        </button>
        <button type="button" data-testid="toolbar-back" disabled={!view || !conversation?.canBack()} onClick={() => act(() => conversation?.back())}>
          {tr('chat.toolbar.back')}
        </button>
        <button
          type="button"
          data-testid="toolbar-restart"
          disabled={!view || !conversation?.canRestart()}
          onClick={() => act(() => conversation?.restart())}
        >
          {tr('chat.toolbar.restart')}
        </button>
        <button type="button" data-testid="toolbar-reset" disabled={!view} onClick={() => (confirmingReset.value = true)}>
          {tr('chat.toolbar.reset')}
        </button>
        <button type="button" data-testid="toolbar-export" disabled={!conversation} onClick={() => conversation?.exportTranscript(tr)}>
          {tr('chat.toolbar.export')}
        </button>
      </div>

      {confirmingReset.value && (
        <div class="confirm" role="alertdialog" aria-labelledby="reset-question">
          <p id="reset-question">{tr('chat.reset.confirm')}</p>
          <button
            type="button"
            data-testid="reset-yes"
            onClick={() => {
              confirmingReset.value = false;
              focusNext.current = true;
              void conversation?.reset();
            }}
          >
            {tr('chat.reset.yes')}
          </button>
          <button type="button" data-testid="reset-no" onClick={() => (confirmingReset.value = false)} ref={(b) => b?.focus()}>
            {tr('chat.reset.no')}
          </button>
        </div>
      )}

      <div id="toc" hidden={!tocOpen.value}>
        {tocOpen.value && live && <live.Toc conversation={live.conversation} />}
      </div>

      {/* A list that is announced politely: role="log" on the <ol> would strip its list semantics (axe: listitem). */}
      <ol class="messages" aria-live="polite" aria-relevant="additions text" aria-label={tr('chat.log')} data-testid="transcript">
        <li class="message assistant" data-testid="greeting">
          {tr('chat.greeting')}
        </li>
        {live &&
          entries.map((e) => <live.Message key={e.id} entry={e} conversation={live.conversation} />)}
        <li ref={logEnd} class="log-end" aria-hidden="true" />
      </ol>

      <div class="composer" ref={composer}>
        {form && live && <live.ChatForm key={form} form={form} conversation={live.conversation} onDone={() => (focusNext.current = true)} />}
        {replies.length > 0 && (
          <div class="replies" role="group" aria-label={tr('chat.repliesLabel')} data-testid="quick-replies">
            {replies.map((r) => (
              <button type="button" key={r.type} data-event={r.type} onClick={() => act(() => conversation?.reply(r.type))}>
                {tr(r.labelKey)}
              </button>
            ))}
          </div>
        )}
        <form
          class="ask"
          onSubmit={(e) => {
            e.preventDefault();
            // Before the conversation has come alive (a few milliseconds), the question stays in the box.
            if (!conversation) return;
            const input = ask.current!;
            const question = input.value;
            input.value = '';
            // Focus stays in the question box, ready for the next question.
            void conversation.ask(question);
          }}
        >
          <label for="ask-input">{tr('chat.ask.label')}</label>
          <div class="ask-row">
            <input
              id="ask-input"
              ref={ask}
              data-testid="ask-input"
              type="text"
              autocomplete="off"
              placeholder={tr('chat.ask.placeholder')}
              aria-busy={conversation?.searching.value ?? false}
            />
            <button type="submit">{tr('chat.ask.send')}</button>
          </div>
          {conversation?.searching.value && <p class="hint">{tr('chat.ask.loading')}</p>}
        </form>
      </div>
    </section>
  );
}
