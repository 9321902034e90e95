import { describe, expect, it } from 'vitest';
import { listData } from '../../portal/data';
import { PortalSnapshot } from '../../inventory/snapshot';
import type { Snapshot } from '../../content/protocol';
import { toInventorySnapshot } from './snapshots';

const read = (list: Snapshot['list']): Snapshot => ({ list, ...listData(list), total: listData(list).rows.length, readAt: '2026-03-02T10:00:00Z' });

describe('toInventorySnapshot', () => {
  it('maps the replica\'s three lists to a complete inventory snapshot the inventory accepts', () => {
    const s = toInventorySnapshot([read('contacts'), read('relations'), read('authorizations')], 42);
    expect(s.complete).toBe(true);
    expect(s.contacts[0]).toEqual({ lastName: 'Descotteaux-Laforce', firstName: 'Rebecca', email: 'rebecca.descotteauxlaforce@laforcecomptable.ca', function: 'Personne responsable', active: 'Vrai' });
    expect(s.relations[1]).toEqual({ organisation: 'PLUMBERIE RICHARD BELANGER', relationType: 'a comme firme comptable ou serv. de paie', otherOrganisation: 'LAFORCE COMPTABLE INC.', active: 'Vrai' });
    expect(s.authorizations[0]).toMatchObject({ subject: 'Chantier et conformité', right: 'Écriture', contact: 'DESCOTTEAUX-LAFORCE, REBECCA', active: 'Vrai' });
    expect(PortalSnapshot.safeParse({ ...s, id: 'x' }).success).toBe(true);
  });

  it('finds contact columns by header whatever their order, and ignores unknown ones', () => {
    const s = toInventorySnapshot([{ list: 'contacts', columns: ['Actif', 'Contact', 'Autre'], rows: [['Faux', 'TREMBLAY, ÉRIC', '?']], total: 1, readAt: '' }]);
    expect(s.contacts).toEqual([{ active: 'Faux', name: 'TREMBLAY, ÉRIC' }]);
  });

  it.each([
    ['a list missing', [read('contacts'), read('relations')]],
    ['a list short of its counter', [read('contacts'), read('relations'), { ...read('authorizations'), total: 999 }]],
  ])('is not complete with %s', (_name, lists) => {
    expect(toInventorySnapshot(lists).complete).toBe(false);
  });
});
