/**
 * Reconciliation invariants over generated firms:
 * - a firm reconciled with the portal its own inventory would produce has no items;
 * - each planted difference yields exactly the item of its kind;
 * - case and accents alone never yield an item.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRM_CLIENT_ID,
  SUBJECTS,
  needId,
  type Client,
  type Inventory,
  type Member,
  type Need,
  type Right,
  type Subject,
} from '../schema';
import { ContactRow, type PortalSnapshot } from '../snapshot';
import type { WorklistKind } from '../worklist';
import { reconcile } from './index';
import { snapshotFromInventory } from './mirror';

const FIRST = ['Éloïse', 'Jean-François', 'Marie', 'Zoé', 'Luc', 'Chloé', 'André', 'Noémie', 'Ève', "Lou-Anne"];
const LAST = ['Bérubé', 'Tremblay', "D'Amours", 'Côté', 'Descotteaux-Laforce', 'Gagnon', 'Lévesque', 'Ouellet', 'Roy'];
const COMPANY = ['Plomberie', 'Toitures', 'Électricité', 'Béton', 'Construction', 'Excavation', 'Rénovations'];

/** Letters that make every generated name distinct, so names alone identify people. */
function tag(i: number): string {
  let s = '';
  let n = i;
  do {
    s += String.fromCharCode(97 + (n % 26));
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

const subjectRights = fc
  .uniqueArray(fc.constantFrom(...SUBJECTS), { minLength: 1, maxLength: 3 })
  .chain((subjects) =>
    fc.tuple(...subjects.map((s) => fc.constantFrom<Right>('Lecture', 'Écriture').map((right) => ({ subject: s as Subject, right })))),
  );

const firmArb = fc
  .record({
    memberCount: fc.integer({ min: 1, max: 25 }),
    clientCount: fc.integer({ min: 1, max: 15 }),
    seed: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    needsPlan: fc.array(fc.tuple(fc.nat(), fc.nat(), subjectRights), { maxLength: 40 }),
    firmNeeds: fc.array(fc.tuple(fc.nat(), subjectRights), { maxLength: 5 }),
    served: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    withNumber: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    statuses: fc.array(fc.constantFrom<Member['status']>('codeSent', 'linked', 'needsHelp'), { minLength: 25, maxLength: 25 }),
  })
  .map(({ memberCount, clientCount, seed, needsPlan, firmNeeds, served, withNumber, statuses }): Inventory => {
    const members: Member[] = Array.from({ length: memberCount }, (_, i) => ({
      id: `m${i}`,
      firstName: FIRST[seed[i]! % FIRST.length]!,
      lastName: `${LAST[seed[i + 25]! % LAST.length]!} ${tag(i)}`,
      email: `membre.${i}@firme.example`,
      phoneType: (['cell', 'work', 'home', ''] as const)[i % 4]!,
      phone: `514 555-${String(1000 + i).slice(-4)}`,
      language: i % 3 === 0 ? 'en' : 'fr',
      clientNumber: i % 5 === 0 ? `${900000 + i}` : '',
      role: '',
      status: statuses[i]!,
      codeSentOn: '',
      notes: '',
      updatedAt: 0,
    }));
    const clients: Client[] = Array.from({ length: clientCount }, (_, i) => ({
      id: `c${i}`,
      name: `${COMPANY[seed[i + 50]! % COMPANY.length]!} ${tag(i).toUpperCase()} inc.`,
      number: withNumber[i] ? `${100000 + i}` : '',
      served: served[i]!,
      updatedAt: 0,
    }));
    const needs = new Map<string, Need>();
    for (const [m, c, subjects] of needsPlan) {
      const memberId = `m${m % memberCount}`;
      const clientId = `c${c % clientCount}`;
      needs.set(needId(memberId, clientId), { id: needId(memberId, clientId), memberId, clientId, subjects });
    }
    for (const [m, subjects] of firmNeeds) {
      const memberId = `m${m % memberCount}`;
      needs.set(needId(memberId, FIRM_CLIENT_ID), { id: needId(memberId, FIRM_CLIENT_ID), memberId, clientId: FIRM_CLIENT_ID, subjects });
    }
    return {
      firm: { name: 'Laforce Comptable inc.', number: '1001' },
      members,
      clients,
      needs: [...needs.values()],
    };
  });

type Plant = (inv: Inventory, snap: PortalSnapshot, pick: number) => { inv: Inventory; snap: PortalSnapshot } | undefined;

const clone = <T>(x: T): T => structuredClone(x);

/**
 * Each planting changes one thing and names the one item kind it must produce.
 * Every kind reconciliation produces; `memberNeedsHelp` comes from members'
 * reports (inventory/reports.ts), never from a comparison.
 */
const PLANTS: Record<Exclude<WorklistKind, 'memberNeedsHelp'>, Plant> = {
  memberMissing: (inv, snap, pick) => {
    if (snap.contacts.length === 0) return undefined;
    const s = clone(snap);
    s.contacts.splice(pick % s.contacts.length, 1);
    return { inv, snap: s };
  },
  memberDetails: (inv, snap, pick) => {
    if (snap.contacts.length === 0) return undefined;
    const s = clone(snap);
    const c = s.contacts[pick % s.contacts.length]!;
    c.email = `autre.${pick}@ailleurs.example`;
    return { inv, snap: s };
  },
  contactNotMember: (inv, snap) => {
    const s = clone(snap);
    s.contacts.push(ContactRow.parse({ name: 'QUIDAM, PERSONNE', email: 'quidam@ailleurs.example', active: 'Vrai' }));
    return { inv, snap: s };
  },
  relationMissing: (inv, snap, pick) => {
    if (snap.relations.length === 0) return undefined;
    const s = clone(snap);
    s.relations.splice(pick % s.relations.length, 1);
    return { inv, snap: s };
  },
  relationNotServed: (inv, snap, pick) => {
    const served = inv.clients.filter((c) => c.served);
    if (served.length === 0) return undefined;
    const target = served[pick % served.length]!;
    const i = clone(inv);
    i.clients = i.clients.map((c) => (c.id === target.id ? { ...c, served: false } : c));
    return { inv: i, snap };
  },
  authorizationMissing: (inv, snap, pick) => {
    if (snap.authorizations.length === 0) return undefined;
    const s = clone(snap);
    s.authorizations.splice(pick % s.authorizations.length, 1);
    return { inv, snap: s };
  },
  linkingCodeNotSent: (inv, snap, pick) => {
    const i = clone(inv);
    const target = pick % i.members.length;
    i.members = i.members.map((m, k) => (k === target ? { ...m, status: 'codeToSend' as const } : m));
    return { inv: i, snap };
  },
};

describe('reconcile: properties', () => {
  it('finds nothing in the portal an inventory would produce', () => {
    fc.assert(
      fc.property(firmArb, (inv) => {
        expect(reconcile(inv, snapshotFromInventory(inv))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it.each(Object.keys(PLANTS) as (keyof typeof PLANTS)[])('a planted %s yields exactly that item', (kind) => {
    fc.assert(
      fc.property(firmArb, fc.nat(), (inv, pick) => {
        const planted = PLANTS[kind](inv, snapshotFromInventory(inv), pick);
        fc.pre(planted !== undefined);
        const found = reconcile(planted!.inv, planted!.snap);
        expect(found.map((f) => f.kind)).toEqual([kind]);
      }),
      { numRuns: 200 },
    );
  });

  it('case and accents alone never yield an item', () => {
    const shout = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toUpperCase();
    fc.assert(
      fc.property(firmArb, fc.boolean(), (inv, lower) => {
        const snap = snapshotFromInventory(inv);
        const change = lower ? (s: string) => s.toLowerCase() : shout;
        for (const c of snap.contacts) {
          c.name = change(c.name);
          c.email = change(c.email);
        }
        for (const r of snap.relations) r.organisation = change(r.organisation);
        for (const a of snap.authorizations) {
          a.contact = change(a.contact);
          a.organisation = change(a.organisation);
          a.subject = change(a.subject);
          a.right = change(a.right);
        }
        expect(reconcile(inv, snap)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('never repeats a key', () => {
    fc.assert(
      fc.property(firmArb, fc.array(fc.nat(), { maxLength: 8 }), (inv, picks) => {
        let state = { inv, snap: snapshotFromInventory(inv) };
        const plants = Object.values(PLANTS);
        for (const p of picks) state = plants[p % plants.length]!(state.inv, state.snap, p) ?? state;
        const keys = reconcile(state.inv, state.snap).map((f) => f.key);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 200 },
    );
  });
});
