import { describe, expect, it } from 'vitest';
import { FIRM_CLIENT_ID, type Inventory } from '../schema';
import { PortalSnapshot, type PortalSnapshotInput } from '../snapshot';
import type { Finding } from '../worklist';
import { client, member, need, sampleFirm } from './fixtures';
import { reconcile, reconcileInChunks } from './index';
import { snapshotFromInventory } from './mirror';

const FIRM = 'LAFORCE COMPTABLE INC.';
const CLIENT_RELATION = 'a comme firme comptable ou serv. de paie';

/** The sample firm's portal once everything is done, as the guide's screens write it. */
function donePortal(): PortalSnapshotInput {
  return {
    id: 's1',
    takenAt: 1,
    complete: true,
    contacts: [
      { name: 'DESCOTTEAUX-LAFORCE, REBECCA', email: 'REBECCA@LAFORCE.EXAMPLE', phone: '(514) 555-0100', phoneType: 'Cellulaire', language: 'Français', active: 'Vrai' },
      { name: 'BERUBE, ELOISE', email: 'eloise@laforce.example', phone: '418.555.0199', phoneType: 'Bureau', language: 'Anglais', active: 'Vrai' },
      { firstName: 'Jean', lastName: 'TREMBLAY', active: 'Vrai' },
    ],
    relations: [
      { organisation: 'ENTREPRISE SHW INC.', relationType: CLIENT_RELATION, otherOrganisation: FIRM, active: 'Vrai' },
      { organisation: 'PLUMBERIE RICHARD BELANGER', relationType: CLIENT_RELATION, otherOrganisation: FIRM, active: 'Vrai' },
    ],
    authorizations: [
      { subject: 'Rapport mensuel -', right: 'Écriture', organisation: FIRM, contact: 'DESCOTTEAUX-LAFORCE, REBECCA', active: 'Vrai' },
      { subject: 'Paiements et relevés', right: 'Écriture', organisation: 'ENTREPRISE SHW INC. (123456)', otherOrganisation: FIRM, contact: 'BÉRUBÉ, Éloïse', active: 'Vrai' },
      // « Écriture » covers a need for « Lecture ».
      { subject: 'Profil', right: 'Écriture', organisation: 'ENTREPRISE SHW INC.', otherOrganisation: FIRM, contact: 'Éloïse Bérubé', active: 'Vrai' },
      { subject: 'Chantier et conformité', right: 'Lecture', organisation: 'PLUMBERIE RICHARD BELANGER', otherOrganisation: FIRM, contact: 'TREMBLAY, JEAN', active: 'Vrai' },
    ],
  };
}

function run(change: (p: PortalSnapshotInput, inv: Inventory) => void = () => {}): Finding[] {
  const inv = sampleFirm();
  const portal = donePortal();
  change(portal, inv);
  return reconcile(inv, PortalSnapshot.parse(portal));
}

const kinds = (fs: Finding[]) => fs.map((f) => f.kind);

describe('reconcile: the sample firm', () => {
  it('finds nothing when the portal matches, whatever the case, accents, order and format', () => {
    expect(run()).toEqual([]);
  });

  it.each<[string, (p: PortalSnapshotInput, inv: Inventory) => void, Partial<Finding>]>([
    [
      'member missing from the contacts → step 4',
      (p) => p.contacts.splice(2, 1),
      { kind: 'memberMissing', memberId: 'jean' },
    ],
    [
      'an inactive contact counts as missing',
      (p) => (p.contacts[2]!.active = 'Faux'),
      { kind: 'memberMissing', memberId: 'jean' },
    ],
    [
      'details differ → step 5a with both values',
      (p) => (p.contacts[1]!.phone = '418 555-0000'),
      {
        kind: 'memberDetails',
        memberId: 'eloise',
        differences: [{ field: 'phone', inventory: '418 555-0199', portal: '418 555-0000' }],
      },
    ],
    [
      'a contact found by email whose name differs',
      (p) => (p.contacts[0]!.name = 'LAFORCE, REBECCA'),
      {
        kind: 'memberDetails',
        memberId: 'rebecca',
        differences: [{ field: 'name', inventory: 'Rebecca Descotteaux-Laforce', portal: 'LAFORCE, REBECCA' }],
      },
    ],
    [
      'portal language differs',
      (p) => (p.contacts[1]!.language = 'Français'),
      { kind: 'memberDetails', memberId: 'eloise', differences: [{ field: 'language', inventory: 'en', portal: 'Français' }] },
    ],
    [
      'a contact who is no longer a member → step 5b',
      (p) => p.contacts.push({ name: 'GAGNON, LUC', email: 'luc@ailleurs.example', active: 'Vrai' }),
      { kind: 'contactNotMember', contactName: 'GAGNON, LUC', contactEmail: 'luc@ailleurs.example' },
    ],
    [
      'a served client with no relation row',
      (p) => p.relations.splice(1, 1),
      { kind: 'relationMissing', clientId: 'plumberie', inactive: false },
    ],
    [
      'a served client whose relation is inactive',
      (p) => (p.relations[1]!.active = 'Faux'),
      { kind: 'relationMissing', clientId: 'plumberie', inactive: true },
    ],
    [
      'an active relation with a former client',
      (p) => p.relations.push({ organisation: 'ANCIEN CLIENT LTEE (345678)', relationType: CLIENT_RELATION, otherOrganisation: FIRM, active: 'Vrai' }),
      { kind: 'relationNotServed', clientId: 'ancien', organisation: 'ANCIEN CLIENT LTEE (345678)' },
    ],
    [
      'an active relation with an employer the inventory does not know',
      (p) => p.relations.push({ organisation: FIRM, relationType: CLIENT_RELATION, otherOrganisation: 'INCONNUE INC.', active: 'Vrai' }),
      { kind: 'relationNotServed', clientId: '', organisation: 'INCONNUE INC.' },
    ],
    [
      'a missing authorization → step 5',
      (p) => p.authorizations.splice(1, 1),
      { kind: 'authorizationMissing', memberId: 'eloise', clientId: 'shw', missing: [{ subject: 'Paiements et relevés', right: 'Écriture' }] },
    ],
    [
      '« Lecture » does not cover « Écriture »',
      (p) => (p.authorizations[1]!.right = 'Lecture'),
      { kind: 'authorizationMissing', memberId: 'eloise', clientId: 'shw', missing: [{ subject: 'Paiements et relevés', right: 'Écriture' }] },
    ],
    [
      'an inactive authorization does not count',
      (p) => (p.authorizations[0]!.active = 'Faux'),
      { kind: 'authorizationMissing', memberId: 'rebecca', clientId: FIRM_CLIENT_ID },
    ],
    [
      'a linking code not sent → step 6',
      (_p, inv) => ((inv.members as typeof inv.members & unknown[])[2] = member('jean', 'Jean', 'Tremblay', { email: '', status: 'codeToSend' })),
      { kind: 'linkingCodeNotSent', memberId: 'jean' },
    ],
  ])('%s', (_name, change, expected) => {
    const found = run(change);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });

  it.each<[string, (p: PortalSnapshotInput) => void]>([
    ['email in other case', (p) => (p.contacts[1]!.email = 'ELOISE@Laforce.Example')],
    ['name without accents', (p) => (p.contacts[1]!.name = 'Eloise Berube')],
    ['name order « Prénom Nom »', (p) => (p.contacts[0]!.name = 'Rebecca Descotteaux-Laforce')],
    ['hyphen written as a space', (p) => (p.contacts[0]!.name = 'DESCOTTEAUX LAFORCE, REBECCA')],
    ['extra spaces', (p) => (p.contacts[0]!.name = '  DESCOTTEAUX-LAFORCE ,   REBECCA ')],
    ['the client named in mixed case', (p) => (p.relations[0]!.organisation = 'Entreprise Shw Inc')],
    ['a cell left empty by the reader', (p) => (p.contacts[1]!.phone = '')],
  ])('a difference of %s is not an item', (_name, change) => {
    expect(run(change)).toEqual([]);
  });

  it('matches a client by number before name (a renamed employer)', () => {
    const found = run((p) => {
      p.relations[0]!.organisation = 'NOUVEAU NOM SHW INC. (123456)';
    });
    expect(found).toEqual([]);
  });

  it('keeps homonyms apart by email', () => {
    const inv: Inventory = {
      firm: { name: FIRM, number: '' },
      members: [member('a', 'Marie', 'Roy', { email: 'marie.a@x.example' }), member('b', 'Marie', 'Roy', { email: 'marie.b@x.example' })],
      clients: [],
      needs: [],
    };
    const snap = PortalSnapshot.parse({
      id: 's',
      takenAt: 0,
      complete: true,
      contacts: [{ name: 'ROY, MARIE', email: 'marie.b@x.example' }],
      relations: [],
      authorizations: [],
    });
    expect(reconcile(inv, snap)).toEqual([{ kind: 'memberMissing', key: 'memberMissing:a', memberId: 'a' }]);
  });

  it('lists one item per missing person, client and member×client, in a stable order', () => {
    const found = run((p) => {
      p.contacts = [];
      p.relations = [];
      p.authorizations = [];
    });
    expect(kinds(found)).toEqual([
      'memberMissing',
      'memberMissing',
      'memberMissing',
      'relationMissing',
      'relationMissing',
      'authorizationMissing',
      'authorizationMissing',
      'authorizationMissing',
    ]);
    expect(found.find((f) => f.kind === 'authorizationMissing' && f.memberId === 'eloise')).toMatchObject({
      missing: [
        { subject: 'Paiements et relevés', right: 'Écriture' },
        { subject: 'Profil', right: 'Lecture' },
      ],
    });
  });

  it('gives every finding a distinct key', () => {
    const found = run((p) => {
      p.contacts.push(p.contacts[0]!, { name: 'X, Y' }, { name: 'X, Y' });
    });
    expect(new Set(found.map((f) => f.key)).size).toBe(found.length);
  });
});

describe('reconcileInChunks', () => {
  it('finds the same items as reconcile and reports progress up to 1', async () => {
    const inv: Inventory = {
      firm: { name: FIRM, number: '1001' },
      members: Array.from({ length: 3000 }, (_, i) => member(`m${i}`, `Prénom${i}`, `Nom${i}`)),
      clients: Array.from({ length: 500 }, (_, i) => client(`c${i}`, `Client ${i} inc.`, `${100000 + i}`, i % 7 !== 0)),
      needs: Array.from({ length: 3000 }, (_, i) => need(`m${i}`, `c${i % 500}`, [{ subject: 'Profil', right: 'Lecture' }])),
    };
    const snap = snapshotFromInventory(inv);
    snap.contacts.splice(10, 5);
    snap.authorizations.splice(100, 20);
    const progress: number[] = [];
    let pauses = 0;
    const chunked = await reconcileInChunks(inv, snap, (f) => progress.push(f), async () => void pauses++);
    expect(chunked).toEqual(reconcile(inv, snap));
    expect(chunked.length).toBeGreaterThan(0);
    expect(pauses).toBeGreaterThan(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});
