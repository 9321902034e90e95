import { describe, expect, it } from 'vitest';
import { ELOISE } from './fixtures';
import { withSender } from './member';

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
