import { describe, expect, it } from 'vitest';
import { LIST_IDS } from '../content/protocol';
import { toInventorySnapshot } from '../panel/portal/snapshots';
import { CONTACTS, EMPLOYERS, listData } from '../portal/data';
import { CODE_PENDING, EMAIL_CHANGED, FORMER_CLIENT, FORMER_STAFF, INACTIVE_RELATION, NEW_CLIENT, NEW_HIRES, buildDemoInventory } from './demo';
import { reconcile } from './reconcile/index';
import { Client, Member, Need } from './schema';
import { PortalSnapshot } from './snapshot';

const demo = buildDemoInventory(1, '2026-12-01');

/** What the reader would bring back from the training copy: every row of every list. */
function trainingCopyRead(): PortalSnapshot {
  const read = LIST_IDS.map((list) => {
    const { columns, rows } = listData(list);
    return { list, columns, rows, total: rows.length, readAt: '' };
  });
  return PortalSnapshot.parse({ id: 'read', ...toInventorySnapshot(read, 2) });
}

describe('the demo firm', () => {
  it('is valid inventory data, a few dozen members, the replica’s clients and one more', () => {
    for (const m of demo.members) Member.parse(m);
    for (const c of demo.clients) Client.parse(c);
    for (const n of demo.needs) Need.parse(n);
    expect(demo.firm).toEqual({ name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    expect(demo.members.length).toBe(CONTACTS.length - FORMER_STAFF.length + NEW_HIRES.length);
    expect(demo.members.length).toBeGreaterThanOrEqual(24);
    expect(demo.clients.map((c) => c.name)).toEqual([...EMPLOYERS.map((e) => e.name), NEW_CLIENT.name]);
    expect(new Set(demo.members.map((m) => m.email)).size).toBe(demo.members.length);
  });

  it('against the training copy’s lists, shows each planted discrepancy in the worklist, and nothing else', () => {
    const findings = reconcile(demo, trainingCopyRead());
    const byKind = (k: string) => findings.filter((f) => f.kind === k);
    const memberName = (id: string) => demo.members.find((m) => m.id === id)?.firstName;
    const clientName = (id: string) => demo.clients.find((c) => c.id === id)?.name;

    expect(byKind('memberMissing').map((f) => memberName((f as { memberId: string }).memberId))).toEqual(NEW_HIRES.map((p) => p.firstName));
    expect(byKind('memberDetails').map((f) => memberName((f as { memberId: string }).memberId))).toEqual([CONTACTS[EMAIL_CHANGED]!.first]);
    // The former employee still active in the portal (the inactive one is already handled).
    expect(byKind('contactNotMember').map((f) => (f as { contactName: string }).contactName)).toEqual([
      `${CONTACTS[FORMER_STAFF[0]!]!.first} ${CONTACTS[FORMER_STAFF[0]!]!.last}`,
    ]);
    expect(byKind('relationMissing').map((f) => clientName((f as { clientId: string }).clientId))).toEqual([EMPLOYERS[INACTIVE_RELATION]!.name, NEW_CLIENT.name]);
    expect(byKind('relationNotServed').map((f) => (f as { organisation: string }).organisation)).toEqual([EMPLOYERS[FORMER_CLIENT]!.name]);
    const missingAuth = byKind('authorizationMissing') as { memberId: string; clientId: string; missing: { subject: string }[] }[];
    expect(missingAuth.map((f) => [memberName(f.memberId), f.missing.map((m) => m.subject)])).toEqual([
      ['Éric', ['Rapport mensuel']],
      ['Noémie', ['Paiements et relevés']],
    ]);
    expect(byKind('linkingCodeNotSent').map((f) => memberName((f as { memberId: string }).memberId))).toEqual(CODE_PENDING.map((i) => CONTACTS[i]!.first));
    expect(findings.length).toBe(NEW_HIRES.length + 1 + 1 + 2 + 1 + 2 + CODE_PENDING.length);
  });
});
