/**
 * Reading the portal's cells: organisations (by number, then by name), the
 * firm itself, authorized subjects and rights, client relation types.
 */
import { fold, memoKey, numberKey, organisationKey, parseOrganisation } from '../normalize';
import { RIGHTS, SUBJECTS, type Client, type Firm, type Right, type Subject } from '../schema';

/** « Écriture » includes what « Lecture » allows. */
export const LEVEL_OF_RIGHT: Readonly<Record<Right, number>> = { Lecture: 1, Écriture: 2 };

const SUBJECT_BY_KEY = new Map<string, Subject>(SUBJECTS.map((s) => [fold(s), s]));
const RIGHT_BY_KEY = new Map<string, Right>(RIGHTS.map((r) => [fold(r), r]));

/** A subject cell, e.g. « Rapport mensuel - » (the list ends some with a dash). */
export function subjectOf(cell: string): Subject | undefined {
  return SUBJECT_BY_KEY.get(fold(cell).replace(/[\s\-\u2010-\u2015]+$/, ''));
}

export function rightOf(cell: string): Right | undefined {
  return RIGHT_BY_KEY.get(fold(cell));
}

export function rightLevel(cell: string): number {
  const right = rightOf(cell);
  return right ? LEVEL_OF_RIGHT[right] : 0;
}

/** « a comme firme comptable ou serv. de paie » and its spellings. */
export function isClientRelation(relationType: string): boolean {
  const t = fold(relationType);
  return t.includes('firme comptable') || t.includes('serv. de paie') || t.includes('service de paie');
}

/** Finds the inventory's client an organisation cell names, by number first, then by name. */
export class ClientResolver {
  private readonly byNumber = new Map<string, Client>();
  private readonly byName = new Map<string, Client>();
  private readonly ids = new Map<string, Client>();
  private readonly resolved = new Map<string, Client | null>();
  private readonly firmCells = new Map<string, boolean>();
  private readonly firmName: string;
  private readonly firmNumber: string;
  readonly key = memoKey(organisationKey);

  constructor(clients: readonly Client[], firm: Firm) {
    for (const c of clients) {
      this.ids.set(c.id, c);
      const n = numberKey(c.number);
      if (n && !this.byNumber.has(n)) this.byNumber.set(n, c);
      const k = organisationKey(c.name);
      if (k && !this.byName.has(k)) this.byName.set(k, c);
    }
    this.firmName = organisationKey(firm.name);
    this.firmNumber = numberKey(firm.number);
  }

  byId(id: string): Client | undefined {
    return this.ids.get(id);
  }

  resolve(cell: string): Client | undefined {
    let hit = this.resolved.get(cell);
    if (hit === undefined) {
      const { name, number } = parseOrganisation(cell);
      const n = numberKey(number);
      hit = (n ? this.byNumber.get(n) : undefined) ?? this.byName.get(this.key(name)) ?? null;
      this.resolved.set(cell, hit);
    }
    return hit ?? undefined;
  }

  isFirm(cell: string): boolean {
    let hit = this.firmCells.get(cell);
    if (hit === undefined) {
      const { name, number } = parseOrganisation(cell);
      hit =
        cell.trim() !== '' &&
        ((this.firmNumber !== '' && numberKey(number) === this.firmNumber) ||
          (this.firmName !== '' && this.key(name) === this.firmName));
      this.firmCells.set(cell, hit);
    }
    return hit;
  }
}
