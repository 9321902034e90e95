/**
 * An in-chat form: fields from its definition, the person's draft saved as they
 * type, the rule's verdict shown under each field. Nothing here is a password,
 * a code or a linking coordinate.
 */
import type { FormId } from '../../machines/meta';
import type { Draft } from '../../machines/persistence';
import { t } from '../language';
import type { Conversation } from './controller';
import { FORMS, visibleFields, type FieldDef } from './forms';

export function ChatForm({ form, conversation, onDone }: { form: FormId; conversation: Conversation; onDone: () => void }) {
  const tr = t.value;
  const def = FORMS[form];
  const draft = conversation.draft(form);
  const issues = conversation.formIssues.value?.form === form ? conversation.formIssues.value.issues : [];
  const set = (patch: Draft) => conversation.setDraft(form, { ...draft, ...patch });
  const id = (name: string) => `form-${form}-${name}`;

  const field = (fd: FieldDef) => {
    const issue = issues.find((i) => i.field === fd.name);
    const described = [fd.hintKey ? `${id(fd.name)}-hint` : '', issue ? `${id(fd.name)}-error` : ''].filter(Boolean).join(' ') || undefined;
    const common = { id: id(fd.name), name: fd.name, 'aria-invalid': issue ? true : undefined, 'aria-describedby': described };
    const value = draft[fd.name];
    let control;
    switch (fd.kind) {
      case 'checkbox':
        control = (
          <input {...common} type="checkbox" checked={value === true} onChange={(e) => set({ [fd.name]: e.currentTarget.checked })} />
        );
        break;
      case 'select':
        control = (
          <select {...common} value={typeof value === 'string' ? value : ''} onChange={(e) => set({ [fd.name]: e.currentTarget.value })}>
            <option value="" />
            {fd.options!.map((o) => (
              <option value={o} key={o}>
                {o}
              </option>
            ))}
          </select>
        );
        break;
      case 'checkboxes':
      case 'radios': {
        const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
        return (
          <fieldset class="field" key={fd.name} aria-describedby={described}>
            <legend>{tr(fd.labelKey)}</legend>
            {fd.options!.map((o, i) => (
              <label key={o} class="choice">
                <input
                  type={fd.kind === 'radios' ? 'radio' : 'checkbox'}
                  name={id(fd.name)}
                  id={`${id(fd.name)}-${i}`}
                  value={o}
                  checked={chosen.includes(o)}
                  onChange={(e) =>
                    set({
                      [fd.name]:
                        fd.kind === 'radios'
                          ? o
                          : e.currentTarget.checked
                            ? [...chosen, o]
                            : chosen.filter((c) => c !== o),
                    })
                  }
                />
                {o}
              </label>
            ))}
            {issue && (
              <p class="error" id={`${id(fd.name)}-error`}>
                {tr(`chat.errors.${issue.code}`)}
              </p>
            )}
          </fieldset>
        );
      }
      case 'lines':
        control = (
          <textarea {...common} rows={3} value={typeof value === 'string' ? value : ''} onInput={(e) => set({ [fd.name]: e.currentTarget.value })} />
        );
        break;
      default:
        control = (
          <input
            {...common}
            type={fd.kind === 'date' ? 'text' : fd.kind}
            inputMode={fd.kind === 'date' ? 'numeric' : undefined}
            placeholder={fd.kind === 'date' ? tr('chat.form.datePlaceholder') : undefined}
            autocomplete={fd.autocomplete}
            value={typeof value === 'string' ? value : ''}
            onInput={(e) => set({ [fd.name]: e.currentTarget.value })}
          />
        );
    }
    return (
      <div class={`field ${fd.kind}`} key={fd.name}>
        {fd.kind === 'checkbox' ? (
          <label for={id(fd.name)} class="choice">
            {control}
            {tr(fd.labelKey)}
          </label>
        ) : (
          <>
            <label for={id(fd.name)}>{tr(fd.labelKey)}</label>
            {control}
          </>
        )}
        {fd.hintKey && (
          <p class="hint" id={`${id(fd.name)}-hint`}>
            {tr(fd.hintKey)}
          </p>
        )}
        {issue && (
          <p class="error" id={`${id(fd.name)}-error`}>
            {tr(`chat.errors.${issue.code}`)}
          </p>
        )}
      </div>
    );
  };

  return (
    <form
      class="chat-form"
      data-testid="chat-form"
      data-form={form}
      aria-labelledby={`${id('title')}`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        conversation.submit(form);
        onDone();
      }}
    >
      <h3 id={id('title')}>{tr(`chat.form.titles.${form}`)}</h3>
      {visibleFields(def, draft).map(field)}
      <button type="submit" class="primary">
        {tr('chat.form.send')}
      </button>
    </form>
  );
}
