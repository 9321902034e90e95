import { useMemo, useState } from 'preact/hooks';
import { buildMemberCard, memberCardEmail } from '../../lib/kit/card';
import { documentText } from '../../lib/kit/document';
import { fullName, parseManualMember, withSender, type KitMember } from '../../lib/kit/member';
import type { Translators } from '../../lib/kit/translate';
import { t } from '../language';
import { DocumentView } from './DocumentView';
import { EmailSeries } from './EmailSeries';
import { CopyButton, MailtoLinks, PrintButton } from './SendActions';
import { members, sender } from './state';

type Fields = { firstName: string; lastName: string; email: string; language: string };
const EMPTY: Fields = { firstName: '', lastName: '', email: '', language: 'fr' };

/** A small manual list until the inventory feeds members in. */
function ManualMemberForm() {
  const tr = t.value;
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Fields, string>>>({});
  const field = (name: keyof Fields, label: string, type = 'text') => (
    <label class="kit-field">
      <span>{label}</span>
      <input
        type={type}
        name={name}
        value={fields[name]}
        aria-invalid={errors[name] ? 'true' : undefined}
        aria-describedby={errors[name] ? `kit-err-${name}` : undefined}
        onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
      {errors[name] && (
        <span class="kit-error" id={`kit-err-${name}`}>
          {tr(errors[name]!)}
        </span>
      )}
    </label>
  );
  return (
    <form
      class="kit-member-form"
      data-testid="kit-member-form"
      onSubmit={(e) => {
        e.preventDefault();
        const result = parseManualMember(fields);
        if (!result.ok) return setErrors(result.errors);
        members.value = [...members.value, { id: crypto.randomUUID(), ...result.member }];
        setFields({ ...EMPTY, language: fields.language });
        setErrors({});
      }}
    >
      {field('firstName', tr('kit.members.firstName'))}
      {field('lastName', tr('kit.members.lastName'))}
      {field('email', tr('kit.members.email'), 'email')}
      <label class="kit-field">
        <span>{tr('kit.members.language')}</span>
        <select name="language" value={fields.language} onChange={(e) => setFields({ ...fields, language: e.currentTarget.value })}>
          <option value="fr">{tr('kit.members.french')}</option>
          <option value="en">{tr('kit.members.english')}</option>
        </select>
      </label>
      <button type="submit">{tr('kit.members.add')}</button>
    </form>
  );
}

function MemberRow({ member, translators }: { member: KitMember; translators: Translators }) {
  const tr = t.value;
  const mtr = translators[member.language];
  const card = useMemo(() => buildMemberCard(member, mtr), [member, mtr]);
  const email = useMemo(() => memberCardEmail(member, mtr), [member, mtr]);
  const name = fullName(member);
  return (
    <li class="kit-member" data-member={member.id}>
      <details>
        <summary>
          <span class="kit-member-name">{name}</span> <span class="kit-note">{member.email}</span>{' '}
          <span class="kit-lang">{member.language.toUpperCase()}</span>
        </summary>
        <DocumentView doc={card} class="kit-card" />
        <div class="kit-actions">
          <CopyButton label={tr('kit.actions.copy')} text={() => documentText(card)} />
          <PrintButton action="print" label={tr('kit.actions.print')} job={() => ({ kind: 'cards', members: [member] })} />
          <MailtoLinks draft={email} />
        </div>
      </details>
      <button
        type="button"
        class="kit-remove"
        aria-label={tr('kit.members.remove', { name })}
        onClick={() => (members.value = members.value.filter((m) => m.id !== member.id))}
      >
        ×
      </button>
    </li>
  );
}

/** Personal instruction cards: preview, copy, print and email, one or all. */
export function MemberCards({ translators }: { translators: Translators }) {
  const tr = t.value;
  // Rebuilt only when members or sender change, so cards and mail plans are
  // not recomputed for every keystroke elsewhere in the kit.
  const list = useMemo(() => members.value.map((m) => withSender(m, sender.value)), [members.value, sender.value]);
  const series = useMemo(
    () => list.map((m) => ({ name: fullName(m), draft: memberCardEmail(m, translators[m.language]) })),
    [list, translators],
  );
  return (
    <section class="kit-section" aria-labelledby="kit-members-h" data-testid="kit-members">
      <h2 id="kit-members-h">{tr('kit.members.heading')}</h2>
      <p class="kit-note">{tr('kit.members.hint')}</p>
      <ManualMemberForm />
      {list.length === 0 ? (
        <p class="kit-note">{tr('kit.members.empty')}</p>
      ) : (
        <>
          <p>{tr('kit.members.count', { count: list.length })}</p>
          <ul class="kit-members">
            {list.map((m) => (
              <MemberRow key={m.id} member={m} translators={translators} />
            ))}
          </ul>
          <h3>{tr('kit.members.forAll')}</h3>
          <div class="kit-actions">
            <PrintButton action="print-all" label={tr('kit.actions.printAll')} job={() => ({ kind: 'cards', members: list })} />
            <CopyButton
              label={tr('kit.actions.copyAll')}
              text={() => list.map((m) => documentText(buildMemberCard(m, translators[m.language]))).join('\n\n----------\n\n')}
            />
          </div>
          <EmailSeries items={series} />
        </>
      )}
    </section>
  );
}
