/** Members used by the kit's tests and snapshots (names from the guide's sample firm). */
import type { KitMember } from './member';

export const RESPONSABLE = {
  name: 'Rebecca Descotteaux-Laforce',
  email: 'rebecca@laforce-comptable.ca',
  phone: '514 555-0142',
};

export const ELOISE: KitMember = {
  id: 'm-1',
  firstName: 'Éloïse',
  lastName: 'Côté-Tremblay',
  email: 'eloise.cote@laforce-comptable.ca',
  language: 'fr',
  responsable: RESPONSABLE,
  firmName: 'LAFORCE COMPTABLE INC.',
};

export const LIAM: KitMember = {
  id: 'm-2',
  firstName: 'Liam',
  lastName: "O'Brien",
  email: 'liam.obrien@laforce-comptable.ca',
  language: 'en',
  responsable: RESPONSABLE,
  firmName: 'LAFORCE COMPTABLE INC.',
};

/** Nothing but the required fields: every fallback wording shows. */
export const BARE: KitMember = {
  id: 'm-3',
  firstName: 'Gilles',
  lastName: 'Bélanger',
  email: 'gilles@example.ca',
  language: 'fr',
};

/** Hostile names: markup and spreadsheet formulas must stay plain text. */
export const HOSTILE: KitMember = {
  id: 'm-4',
  firstName: '<img src=x onerror="alert(1)">',
  lastName: '=HYPERLINK("https://evil.example","clic")',
  email: 'x@example.ca',
  language: 'en',
  firmName: '<script>alert(2)</script>',
};
