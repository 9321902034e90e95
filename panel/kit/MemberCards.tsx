import { useMemo, useState } from 'preact/hooks';
import { useEffect } from 'preact/hooks';
import { buildMemberCard, memberCardEmail } from '../../lib/kit/card';
import { documentText } from '../../lib/kit/document';
import { fullName, withSender, type KitMember } from '../../lib/kit/member';
import type { Translators } from '../../lib/kit/translate';
import type { MemberStatus } from '../../inventory/schema';
import { ReportForm } from '../inventory/ReportForm';
import { databaseError, loaded, members as inventoryMembers, startInventoryStore } from '../inventory/store';
import { t } from '../language';
import { currentView } from '../navigation';
import { DocumentView } from './DocumentView';
import { EmailSeries } from './EmailSeries';
import { kitMembersOf } from './from-inventory';
import { CopyButton, MailtoLinks, PrintButton } from './SendActions';
import { effectiveSender } from './sender';

function MemberRow({ member, status, translators }: { member: KitMember; status?: MemberStatus; translators: Translators }) {
  const tr = t.value;
  const mtr = translators[member.language];
  const card = useMemo(() => buildMemberCard(member, mtr), [member, mtr]);
  const email = useMemo(() => memberCardEmail(member, mtr), [member, mtr]);
  const [reporting, setReporting] = useState(false);
  const name = fullName(member);
  return (
    <li class="kit-member" data-member={member.id} data-status={status}>
      <details>
        <summary>
          <span class="kit-member-name">{name}</span> <span class="kit-note">{member.email}</span>{' '}
          <span class="kit-lang">{member.language.toUpperCase()}</span>
          {status && <span class="kit-note"> · {tr('kit.members.status', { status: tr(`inventory.status.${status}`) })}</span>}
        </summary>
        <DocumentView doc={card} class="kit-card" />
        <div class="kit-actions">
          <CopyButton label={tr('kit.actions.copy')} text={() => documentText(card)} />
          <PrintButton action="print" label={tr('kit.actions.print')} job={() => ({ kind: 'cards', members: [member] })} />
          {member.email ? <MailtoLinks draft={email} /> : <p class="kit-note">{tr('kit.members.noEmail')}</p>}
        </div>
      </details>
      {reporting ? (
        <ReportForm member={member} onDone={() => setReporting(false)} />
      ) : (
        <button type="button" data-action="report" aria-label={tr('inventory.report.open', { name })} onClick={() => setReporting(true)}>
          {tr('inventory.report.heading')}
        </button>
      )}
    </li>
  );
}

/** Personal instruction cards for every member of the inventory: preview, copy, print and email, one or all. */
export function MemberCards({ translators }: { translators: Translators }) {
  const tr = t.value;
  useEffect(() => void startInventoryStore(), []);
  const stored = inventoryMembers.value;
  const status = useMemo(() => new Map(stored.map((m) => [m.id, m.status])), [stored]);
  // Rebuilt only when members, the firm or the sender change, so cards and
  // mail plans are not recomputed for every keystroke elsewhere in the kit.
  const who = effectiveSender.value;
  const list = useMemo(() => kitMembersOf(stored, { name: who.firmName ?? '' }).map((m) => withSender(m, who)), [stored, who]);
  const series = useMemo(
    () => list.filter((m) => m.email).map((m) => ({ name: fullName(m), draft: memberCardEmail(m, translators[m.language]) })),
    [list, translators],
  );
  let content;
  if (databaseError.value)
    content = (
      <p role="alert" class="kit-error">
        {tr('inventory.dbError', { error: databaseError.value })}
      </p>
    );
  else if (!loaded.value) content = <p role="status">{tr('inventory.loading')}</p>;
  else if (list.length === 0)
    content = (
      <p class="kit-note" data-testid="kit-members-empty">
        {tr('kit.members.empty')}{' '}
        <button type="button" onClick={() => (currentView.value = 'inventory')}>
          {tr('kit.members.openInventory')}
        </button>
      </p>
    );
  else
    content = (
      <>
        <p>{tr('kit.members.count', { count: list.length })}</p>
        <ul class="kit-members">
          {list.map((m) => (
            <MemberRow key={m.id} member={m} status={status.get(m.id)} translators={translators} />
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
    );
  return (
    <section class="kit-section" aria-labelledby="kit-members-h" data-testid="kit-members">
      <h2 id="kit-members-h">{tr('kit.members.heading')}</h2>
      <p class="kit-note">{tr('kit.members.hint')}</p>
      {content}
    </section>
  );
}
