import { describe, expect, it } from 'vitest';
import { member } from '../../inventory/reconcile/fixtures';
import { kitMembersOf, toKitMember } from './from-inventory';

describe('inventory members → kit members', () => {
  it('keeps what a card needs, trimmed, with the firm’s name when the inventory has one', () => {
    const m = member('m1', ' Éloïse ', 'Côté-Tremblay ', { email: ' eloise@laforce.ca ', language: 'en', role: 'Paie', notes: 'x' });
    expect(toKitMember(m, { name: ' LAFORCE COMPTABLE INC. ' })).toEqual({
      id: 'm1',
      firstName: 'Éloïse',
      lastName: 'Côté-Tremblay',
      email: 'eloise@laforce.ca',
      language: 'en',
      firmName: 'LAFORCE COMPTABLE INC.',
    });
    expect(toKitMember(m, { name: '  ' })).not.toHaveProperty('firmName');
  });

  it('keeps a member with no email (their card is printed or copied)', () => {
    expect(toKitMember(member('m2', 'Jean', 'Roy', { email: '' }), { name: '' }).email).toBe('');
  });

  it('orders every member by last name then first name, accents and case aside', () => {
    const list = kitMembersOf(
      [member('a', 'Zoé', 'roy'), member('b', 'Éloïse', 'Côté'), member('c', 'Anne', 'Roy'), member('d', 'Luc', 'Bédard')],
      { name: '' },
    );
    expect(list.map((m) => m.id)).toEqual(['d', 'b', 'c', 'a']);
  });

  it('leaves markup and formulas as they were typed: they are shown as text', () => {
    const m = toKitMember(member('h', '<img src=x>', '=HYPERLINK("x")'), { name: '<b>firm</b>' });
    expect([m.firstName, m.lastName, m.firmName]).toEqual(['<img src=x>', '=HYPERLINK("x")', '<b>firm</b>']);
  });
});
