/**
 * Step 6 fed by the inventory: the members who still need a linking code, and
 * "code sent on <date>" written back when the person says they submitted the
 * form for one of them. Loaded on first use: it brings the inventory's
 * database into the conversation only when step 6 is reached.
 */
import { openDatabase } from '../../inventory/db';
import { emailKey, personKey } from '../../inventory/normalize';
import { membersNeedingCode } from '../../inventory/reports';
import { recordCodeSent } from '../../inventory/repository';
import type { LinkingCodes, PendingMember } from './controller';

const pendingOf = async (): Promise<{ all: number; pending: (PendingMember & { id: string })[] }> => {
  const db = await openDatabase();
  const members = await db.members.toArray();
  return {
    all: members.length,
    pending: membersNeedingCode(members).map((m) => ({ id: m.id, name: `${m.firstName} ${m.lastName}`.trim(), email: m.email })),
  };
};

export const inventoryLinkingCodes: LinkingCodes = {
  async pending() {
    const { all, pending } = await pendingOf();
    // An empty inventory: the person types each member's name instead.
    return all === 0 ? null : pending.map(({ name, email }) => ({ name, email }));
  },
  async markSent(contact, on) {
    const { pending } = await pendingOf();
    // The member as the person confirmed them in the form: by address first, then by name.
    const byEmail = emailKey(contact.email);
    const byName = personKey(contact.name);
    const member = (byEmail && pending.find((m) => emailKey(m.email) === byEmail)) || pending.find((m) => personKey(m.name) === byName);
    if (!member) return null;
    const db = await openDatabase();
    return (await recordCodeSent(db, member.id, on)) ? { name: member.name } : null;
  },
};
