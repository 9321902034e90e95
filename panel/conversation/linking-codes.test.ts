import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../inventory/db';
import { member } from '../../inventory/reconcile/fixtures';
import { saveMember } from '../../inventory/repository';
import { inventoryLinkingCodes as codes } from './linking-codes';

beforeEach(async () => {
  const db = await openDatabase();
  await db.members.where('id').notEqual('').delete();
});

describe('step 6 against the stored inventory', () => {
  it('has nothing to go by when the inventory is empty', async () => {
    expect(await codes.pending()).toBeNull();
  });

  it('lists members still needing a code and records the one the form named, by address or by name', async () => {
    const db = await openDatabase();
    await saveMember(db, member('a', 'Zoé', 'Roy', { status: 'codeToSend', codeSentOn: '', email: 'zoe@laforce.ca' }));
    await saveMember(db, member('b', 'Éloïse', 'Côté', { status: 'notInPortal', codeSentOn: '', email: '' }));
    await saveMember(db, member('c', 'Luc', 'Tremblay', { status: 'linked' }));
    expect(await codes.pending()).toEqual([
      { name: 'Éloïse Côté', email: '' },
      { name: 'Zoé Roy', email: 'zoe@laforce.ca' },
    ]);
    // Typed differently in the form: case and accents do not matter.
    expect(await codes.markSent({ name: 'zoe roy', email: 'ZOE@laforce.ca' }, '2026-02-01')).toEqual({ name: 'Zoé Roy' });
    expect(await codes.markSent({ name: 'ELOISE COTE', email: 'eloise@ailleurs.ca' }, '2026-02-02')).toEqual({ name: 'Éloïse Côté' });
    expect(await db.members.get('a')).toMatchObject({ status: 'codeSent', codeSentOn: '2026-02-01' });
    expect(await db.members.get('b')).toMatchObject({ status: 'codeSent', codeSentOn: '2026-02-02' });
    expect(await codes.pending()).toEqual([]);
    expect(await codes.markSent({ name: 'Luc Tremblay', email: '' }, '2026-02-03')).toBeNull();
  });
});
