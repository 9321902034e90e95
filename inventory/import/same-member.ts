/**
 * Which member an imported row is: one already in the inventory (same email,
 * or same name where an email is missing), and whether an earlier row of the
 * file was the same member (the later row is then an error).
 *
 * Names are compared only where an email is missing, and a name's key (folded,
 * split, sorted) is the costly part of reading a row. So while every row and
 * every existing member has an email, rows' names wait in a queue, unfolded;
 * the first time names must be compared, the queue is registered first, in
 * row order, which gives exactly what registering each name as it came gives.
 * A file where every row has an email never folds a name.
 */
import { emailKey, personKeyOf } from '../normalize';
import type { Member } from '../schema';

export class SameMember {
  /** Existing members by email key and by name key, the first of each. */
  private readonly byEmail = new Map<string, Member>();
  private readonly byName = new Map<string, Member>();
  /** Rows of the file by email key, and by name key as ± row: negative when that row had no email. */
  private readonly rowByEmail = new Map<string, number>();
  private readonly rowByName = new Map<string, number>();
  /**
   * Names of rows not yet registered by name, flat as first, last, row
   * (no object per row); undefined once names are compared.
   */
  private waiting: (string | number)[] | undefined = [];

  constructor(existing: readonly Member[]) {
    for (const m of existing) {
      const e = emailKey(m.email);
      if (e && !this.byEmail.has(e)) this.byEmail.set(e, m);
      const n = personKeyOf(m.firstName, m.lastName);
      if (!this.byName.has(n)) this.byName.set(n, m);
    }
    // An existing member without email is found by name, even by rows with one: names are compared from the start.
    for (const m of this.byName.values()) if (!m.email) this.waiting = undefined;
  }

  /**
   * The row's name key where names are compared, else undefined. A row
   * without email is matched by name: from it on, names are compared.
   */
  nameKey(eKey: string, firstName: string, lastName: string): string | undefined {
    if (!eKey) this.compareNames();
    return this.waiting ? undefined : personKeyOf(firstName, lastName);
  }

  /** The existing member the row updates, if any. */
  existing(eKey: string, nKey: string | undefined): Member | undefined {
    const byEmail = eKey ? this.byEmail.get(eKey) : undefined;
    if (byEmail || nKey === undefined) return byEmail;
    const sameName = this.byName.get(nKey);
    return sameName && (!eKey || !sameName.email) ? sameName : undefined;
  }

  /**
   * The earlier row that was this member, if any; otherwise the row is
   * remembered for the rows after it. For rows with a name only.
   */
  earlierRow(row: number, eKey: string, nKey: string | undefined, firstName: string, lastName: string): number | undefined {
    const byEmail = eKey ? this.rowByEmail.get(eKey) : undefined;
    if (byEmail !== undefined) return byEmail;
    if (nKey !== undefined) {
      const byName = this.rowByName.get(nKey);
      if (byName !== undefined && (!eKey || byName < 0)) return Math.abs(byName);
    }
    if (eKey) this.rowByEmail.set(eKey, row);
    if (nKey === undefined) this.waiting!.push(firstName, lastName, row);
    else this.registerName(nKey, eKey ? row : -row);
    return undefined;
  }

  private registerName(nKey: string, signedRow: number): void {
    if (!this.rowByName.has(nKey)) this.rowByName.set(nKey, signedRow);
  }

  /** From now on names are compared: the waiting rows (all with an email) are registered first. */
  private compareNames(): void {
    const waiting = this.waiting;
    if (!waiting) return;
    this.waiting = undefined;
    for (let i = 0; i < waiting.length; i += 3) {
      this.registerName(personKeyOf(waiting[i] as string, waiting[i + 1] as string), waiting[i + 2] as number);
    }
  }
}
