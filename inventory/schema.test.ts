import { describe, expect, it } from 'vitest';
import { Client, Member, Need, blankMember, idMinter, needId } from './schema';

describe('idMinter: ids for the rows of one import', () => {
  it('gives ids unique within a batch and across batches, valid wherever an id goes', () => {
    const [a, b] = [idMinter(), idMinter()];
    const ids = [...Array.from({ length: 5000 }, a), ...Array.from({ length: 5000 }, b)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [ids[0]!, ids[4999]!, ids[9999]!]) {
      expect(id).not.toContain('|');
      expect(Member.safeParse(blankMember(id, 0)).success).toBe(true);
      expect(Client.safeParse({ id, name: 'X', number: '', served: true, updatedAt: 0 }).success).toBe(true);
      expect(Need.safeParse({ id: needId(id, id), memberId: id, clientId: id, subjects: [] }).success).toBe(true);
    }
  });
});
