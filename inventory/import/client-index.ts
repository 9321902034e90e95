/**
 * The client employers an import's rows name: found in the inventory by
 * number, then by name, compared the way reconciliation compares them, or
 * created (once each, however many rows name them).
 */
import { numberKey, organisationKey } from '../normalize';
import type { Client } from '../schema';

export class ClientIndex {
  /** Known and created clients by number key and by name key, the first of each. */
  private readonly byNumber = new Map<string, Client>();
  private readonly byName = new Map<string, Client>();
  /** Clients the rows name that the inventory does not have yet, in the order first named. */
  readonly created: Client[] = [];

  constructor(
    existing: readonly Client[],
    private readonly newId: () => string,
    private readonly now: number,
  ) {
    for (const c of existing) {
      const n = numberKey(c.number);
      if (n && !this.byNumber.has(n)) this.byNumber.set(n, c);
      const k = organisationKey(c.name);
      if (k && !this.byName.has(k)) this.byName.set(k, c);
    }
  }

  /** The client a cell's entry names, created when no client matches it. */
  findOrCreate(ref: { name: string; number: string }): Client {
    const n = numberKey(ref.number);
    const k = organisationKey(ref.name);
    const found = (n ? this.byNumber.get(n) : undefined) ?? (k ? this.byName.get(k) : undefined);
    if (found) return found;
    const client: Client = { id: this.newId(), name: ref.name, number: ref.number, served: true, updatedAt: this.now };
    this.created.push(client);
    // Both keys were just looked up and found nothing: the new client is the first with each.
    if (n) this.byNumber.set(n, client);
    if (k) this.byName.set(k, client);
    return client;
  }
}
