import { describe, expect, it } from 'vitest';
import { ELOISE } from './fixtures';
import { parseManualMember, withSender } from './member';

describe('manual member entry', () => {
  it('accepts a complete entry and trims it', () => {
    expect(parseManualMember({ firstName: ' Éloïse ', lastName: 'Côté', email: ' e@laforce.ca ', language: 'fr' })).toEqual({
      ok: true,
      member: { firstName: 'Éloïse', lastName: 'Côté', email: 'e@laforce.ca', language: 'fr' },
    });
  });

  it('says, field by field, what to fix', () => {
    expect(parseManualMember({ firstName: ' ', lastName: '', email: 'pas-un-courriel', language: 'de' })).toEqual({
      ok: false,
      errors: {
        firstName: 'kit.members.errors.firstName',
        lastName: 'kit.members.errors.lastName',
        email: 'kit.members.errors.email',
        language: 'kit.members.errors.language',
      },
    });
    expect(parseManualMember({ firstName: 'x'.repeat(101), lastName: 'y', email: 'a@b.ca', language: 'en' })).toEqual({
      ok: false,
      errors: { firstName: 'kit.members.errors.tooLong' },
    });
  });

  it('keeps markup in names as typed: it is text, shown as text', () => {
    const result = parseManualMember({ firstName: '<b>x</b>', lastName: '=1+1', email: 'a@b.ca', language: 'en' });
    expect(result).toMatchObject({ ok: true, member: { firstName: '<b>x</b>', lastName: '=1+1' } });
  });
});

describe('sender details on cards', () => {
  const sender = { name: 'Rebecca', email: 'r@l.ca', phone: '', firmName: 'LAFORCE' };
  it('fills a member that has none', () => {
    const bare = { ...ELOISE, responsable: undefined, firmName: undefined };
    expect(withSender(bare, sender)).toMatchObject({ responsable: { name: 'Rebecca', email: 'r@l.ca' }, firmName: 'LAFORCE' });
  });
  it('never overrides what the member already carries', () => {
    expect(withSender(ELOISE, sender)).toEqual(ELOISE);
  });
  it('adds nothing when the sender typed nothing', () => {
    const bare = { ...ELOISE, responsable: undefined, firmName: undefined };
    expect(withSender(bare, { name: ' ', firmName: '' })).toEqual({ ...bare });
  });
});
