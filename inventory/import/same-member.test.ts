/**
 * SameMember folds names only once a missing email makes them matter: it must
 * decide exactly as comparing every row's name as it comes would.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emailKey, personKeyOf } from '../normalize';
import { blankMember, type Member } from '../schema';
import { SameMember } from './same-member';

interface Row {
  firstName: string;
  lastName: string;
  email: string;
}

/** The rule, written plainly: every name folded and registered as it comes. */
function reference(existing: readonly Member[], rows: readonly Row[]) {
  const byEmail = new Map<string, Member>();
  const byName = new Map<string, Member>();
  for (const m of existing) {
    const e = emailKey(m.email);
    if (e && !byEmail.has(e)) byEmail.set(e, m);
    const n = personKeyOf(m.firstName, m.lastName);
    if (!byName.has(n)) byName.set(n, m);
  }
  const seenEmail = new Map<string, number>();
  const seenName = new Map<string, number>();
  return rows.map(({ firstName, lastName, email }, i) => {
    const row = i + 2;
    const eKey = emailKey(email);
    const nKey = personKeyOf(firstName, lastName);
    let earlier: number | undefined;
    if (firstName || lastName) {
      const byMail = eKey ? seenEmail.get(eKey) : undefined;
      const byPerson = seenName.get(nKey);
      earlier = byMail ?? (byPerson !== undefined && (!eKey || byPerson < 0) ? Math.abs(byPerson) : undefined);
      if (earlier === undefined) {
        if (eKey) seenEmail.set(eKey, row);
        if (!seenName.has(nKey)) seenName.set(nKey, eKey ? row : -row);
      }
    }
    const sameName = byName.get(nKey);
    const known = (eKey ? byEmail.get(eKey) : undefined) ?? (sameName && (!eKey || !sameName.email) ? sameName : undefined);
    return { earlier, known: known?.id };
  });
}

function decide(existing: readonly Member[], rows: readonly Row[]) {
  const people = new SameMember(existing);
  return rows.map(({ firstName, lastName, email }, i) => {
    const eKey = emailKey(email);
    const nKey = people.nameKey(eKey, firstName, lastName);
    const earlier = firstName || lastName ? people.earlierRow(i + 2, eKey, nKey, firstName, lastName) : undefined;
    return { earlier, known: people.existing(eKey, nKey)?.id };
  });
}

// Few values, so that names and emails meet often, spelled differently.
const person = fc.record({
  firstName: fc.constantFrom('', 'Jean', 'JEAN', 'Jéan', 'Marie'),
  lastName: fc.constantFrom('', 'Roy', 'ROY', 'Côté', 'Cote-Roy'),
  email: fc.constantFrom('', 'jean@laforce.example', 'JEAN@laforce.example', 'marie@laforce.example', ' '),
});
const members = fc.array(person, { maxLength: 4 }).map((ps) => ps.map((p, i) => ({ ...blankMember(`m${i}`, 0), ...p })));

describe('SameMember', () => {
  it('decides as registering every name as it comes would', () => {
    fc.assert(
      fc.property(members, fc.array(person, { maxLength: 12 }), (existing, rows) => {
        expect(decide(existing, rows)).toEqual(reference(existing, rows));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds no name while every row and member has an email', () => {
    const people = new SameMember([{ ...blankMember('m', 0), lastName: 'Roy', email: 'roy@laforce.example' }]);
    expect(people.nameKey('jean@laforce.example', 'Jean', 'Roy')).toBeUndefined();
    expect(people.nameKey('', 'Jean', 'Roy')).toBe('jean roy');
  });
});
