/**
 * Worklist items in words, for the worklist view and its CSV export. The
 * portal's own values (names, organisations, subjects) are inserted as they
 * are: they are data, shown as text.
 */
import { FIRM_CLIENT_ID, type Client, type Firm, type Member, type SubjectRight } from '../../inventory/schema';
import type { Difference, WorklistItem } from '../../inventory/worklist';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface DescribeContext {
  members: ReadonlyMap<string, Member>;
  clients: ReadonlyMap<string, Client>;
  firm: Firm;
  t: Translate;
}

export interface ItemText {
  title: string;
  details: string[];
  /** What to do about it, in one sentence. */
  action: string;
  member: string;
  client: string;
}

export function memberName(m: Member | undefined, t: Translate): string {
  return m ? `${m.firstName} ${m.lastName}`.trim() : t('worklist.unknownMember');
}

export function clientName(id: string, ctx: DescribeContext): string {
  if (id === FIRM_CLIENT_ID) return ctx.firm.name || ctx.t('worklist.theFirm');
  const c = ctx.clients.get(id);
  if (!c) return ctx.t('worklist.unknownClient');
  return c.number ? `${c.name} (${c.number})`.trim() : c.name;
}

export function subjectsList(subjects: readonly SubjectRight[]): string {
  return subjects.map((s) => `${s.subject} (${s.right})`).join(', ');
}

function differenceText(d: Difference, t: Translate): string {
  const show = (v: string) => {
    if (d.field === 'phoneType' && v) return t(`inventory.phoneType.${v}`, { defaultValue: v });
    if (d.field === 'language' && (v === 'fr' || v === 'en')) return t(`inventory.language.${v}`);
    return v;
  };
  return t('worklist.difference', {
    field: t(d.field === 'name' ? 'inventory.field.fullName' : `inventory.field.${d.field}`),
    inventory: show(d.inventory) || '—',
    portal: d.portal || '—',
  });
}

export function describeItem(item: WorklistItem, ctx: DescribeContext): ItemText {
  const { t } = ctx;
  const f = item.finding;
  switch (f.kind) {
    case 'memberMissing': {
      const name = memberName(ctx.members.get(f.memberId), t);
      return { title: t('worklist.item.memberMissing', { name }), details: [], action: t('worklist.action.memberMissing'), member: name, client: '' };
    }
    case 'memberDetails': {
      const name = memberName(ctx.members.get(f.memberId), t);
      return {
        title: t('worklist.item.memberDetails', { name }),
        details: f.differences.map((d) => differenceText(d, t)),
        action: t('worklist.action.memberDetails'),
        member: name,
        client: '',
      };
    }
    case 'contactNotMember': {
      const name = f.contactName || f.contactEmail;
      return {
        title: t('worklist.item.contactNotMember', { name }),
        details: f.contactEmail ? [f.contactEmail] : [],
        action: t('worklist.action.contactNotMember'),
        member: name,
        client: '',
      };
    }
    case 'relationMissing': {
      const client = clientName(f.clientId, ctx);
      return {
        title: t(f.inactive ? 'worklist.item.relationInactive' : 'worklist.item.relationMissing', { client }),
        details: [],
        action: t('worklist.action.relationMissing'),
        member: '',
        client,
      };
    }
    case 'relationNotServed': {
      const client = f.organisation;
      return {
        title: t(f.clientId ? 'worklist.item.relationNotServed' : 'worklist.item.relationUnknown', { client }),
        details: [],
        action: t('worklist.action.relationNotServed'),
        member: '',
        client,
      };
    }
    case 'authorizationMissing': {
      const name = memberName(ctx.members.get(f.memberId), t);
      const client = clientName(f.clientId, ctx);
      return {
        title: t('worklist.item.authorizationMissing', { name, client }),
        details: [t('worklist.missingSubjects', { subjects: subjectsList(f.missing) })],
        action: t('worklist.action.authorizationMissing'),
        member: name,
        client,
      };
    }
    case 'linkingCodeNotSent': {
      const name = memberName(ctx.members.get(f.memberId), t);
      return { title: t('worklist.item.linkingCodeNotSent', { name }), details: [], action: t('worklist.action.linkingCodeNotSent'), member: name, client: '' };
    }
    case 'memberNeedsHelp': {
      const name = memberName(ctx.members.get(f.memberId), t);
      const details = [
        ...(f.reportedOn ? [t('worklist.reportedOn', { date: f.reportedOn })] : []),
        ...(f.note ? [t('worklist.reportNote', { note: f.note })] : []),
      ];
      return { title: t('worklist.item.memberNeedsHelp', { name }), details, action: t('worklist.action.memberNeedsHelp'), member: name, client: '' };
    }
  }
}
