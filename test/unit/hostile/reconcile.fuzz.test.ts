/**
 * Reconciliation on hostile data: an inventory whose every text field is
 * hostile (within the schema's limits, as stored rows are) against portal
 * lists whose every cell is hostile (within the snapshot's limits, as the
 * reader stores them). It never throws, every finding satisfies the worklist
 * schema, names only what exists, and no key repeats; the result does not
 * depend on anything but its inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Client, FIRM_CLIENT_ID, Firm, Member, Need, SUBJECTS, blankMember, needId, type Inventory } from '../../../inventory/schema';
import type { z } from '../../../lib/zod';

/** The row with each field its schema refuses replaced by the blank row's. */
function asStored<T extends object>(schema: z.ZodType<T>, row: T, blank: T): T {
  const fixed = { ...row } as Record<string, unknown>;
  const parsed = schema.safeParse(fixed);
  if (!parsed.success) for (const issue of parsed.error.issues) fixed[String(issue.path[0])] = (blank as Record<string, unknown>)[String(issue.path[0])];
  return schema.parse(fixed);
}
import { PortalSnapshot } from '../../../inventory/snapshot';
import { reconcile } from '../../../inventory/reconcile/index';
import { Finding } from '../../../inventory/worklist';
import { hostileText } from './arbitraries';

const cell = (max: number) => fc.oneof({ weight: 20, arbitrary: hostileText() }, { weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), '\ud800'.repeat(max)) });
const portalCell = fc.oneof(cell(2000), fc.constantFrom('Vrai', 'Faux', 'Lecture', 'Écriture', ...SUBJECTS, 'LAFORCE COMPTABLE INC.'));

const inventoryArb = fc
  .record({
    members: fc.array(
      fc.record({
        firstName: cell(200),
        lastName: cell(200),
        email: fc.oneof(cell(254), fc.constantFrom('a@b.example', 'A@B.EXAMPLE')),
        phone: fc.constantFrom('', '514 555-0100'),
        clientNumber: cell(40),
        role: cell(200),
        notes: cell(5000),
        status: fc.constantFrom<Member['status']>('notInPortal', 'inPortal', 'detailsWrong', 'codeToSend', 'codeSent', 'linked', 'needsHelp'),
      }),
      { maxLength: 6 },
    ),
    clients: fc.array(fc.record({ name: cell(300), number: cell(40), served: fc.boolean() }), { maxLength: 6 }),
    needs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...SUBJECTS), fc.constantFrom('Lecture', 'Écriture') as fc.Arbitrary<'Lecture' | 'Écriture'>), { maxLength: 8 }),
    firm: fc.record({ name: cell(300), number: cell(40) }),
  })
  .map(({ members, clients, needs, firm }): Inventory => {
    const ms: Member[] = members.map((m, i) => ({ ...m, id: `m${i}`, phoneType: '', language: 'fr', codeSentOn: '', updatedAt: 0 }));
    const cs: Client[] = clients.map((c, i) => ({ ...c, id: `c${i}`, updatedAt: 0 }));
    const ns = new Map<string, Need>();
    for (const [m, c, subject, right] of needs) {
      if (ms.length === 0) break;
      const memberId = ms[m % ms.length]!.id;
      const clientId = cs.length === 0 || c % 4 === 0 ? FIRM_CLIENT_ID : cs[c % cs.length]!.id;
      ns.set(needId(memberId, clientId), { id: needId(memberId, clientId), memberId, clientId, subjects: [{ subject, right }] });
    }
    // As stored: every row has passed its schema (a field it refuses is left blank, as the panel would not have saved it).
    return {
      firm: asStored(Firm, firm, { name: '', number: '' }),
      members: ms.map((m) => asStored(Member, m, blankMember(m.id, 0))),
      clients: cs.map((c) => asStored(Client, c, { ...c, name: '', number: '' })),
      needs: [...ns.values()].map((n) => Need.parse(n)),
    };
  });

const snapshotArb = fc
  .record({
    contacts: fc.array(fc.record({ name: portalCell, email: portalCell, phone: portalCell, phoneType: portalCell, language: portalCell, clientNumber: portalCell, function: portalCell, active: portalCell }, { requiredKeys: ['name'] }), { maxLength: 8 }),
    relations: fc.array(fc.record({ organisation: portalCell, relationType: portalCell, otherOrganisation: portalCell, active: portalCell }), { maxLength: 8 }),
    authorizations: fc.array(fc.record({ subject: portalCell, right: portalCell, organisation: portalCell, otherOrganisation: portalCell, contact: portalCell, function: portalCell, active: portalCell }), { maxLength: 8 }),
  })
  .map((lists) => PortalSnapshot.parse({ id: 'fuzz', takenAt: 0, complete: true, ...lists }));

describe('reconcile on hostile inventories and portal lists', () => {
  it('never throws; every finding is valid, names only what exists, and no key repeats', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(inventoryArb, snapshotArb, (inventory, snapshot) => {
        const findings = reconcile(inventory, snapshot);
        const members = new Set(inventory.members.map((m) => m.id));
        const clients = new Set([...inventory.clients.map((c) => c.id), FIRM_CLIENT_ID]);
        for (const f of findings) {
          expect(Finding.safeParse(f).success, JSON.stringify(f).slice(0, 300)).toBe(true);
          if ('memberId' in f) expect(members.has(f.memberId)).toBe(true);
          if ('clientId' in f && f.clientId !== '') expect(clients.has(f.clientId)).toBe(true);
        }
        const keys = findings.map((f) => f.key);
        expect(new Set(keys).size).toBe(keys.length);
        expect(reconcile(inventory, snapshot)).toEqual(findings);
      }),
      { numRuns: 10_000 },
    );
  });
});
