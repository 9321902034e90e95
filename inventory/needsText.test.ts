import { describe, expect, it } from 'vitest';
import { needsToText, textToNeeds } from './needsText';
import { client, need } from './reconcile/fixtures';
import { FIRM_CLIENT_ID } from './schema';

const clients = [client('shw', 'ENTREPRISE SHW INC.', '123456'), client('pl', 'Plomberie Richard Bélanger', '')];
const byId = new Map(clients.map((c) => [c.id, c]));

describe('needs as text', () => {
  it('round-trips', () => {
    const needs = [
      need('m', 'shw', [{ subject: 'Profil', right: 'Écriture' }]),
      need('m', 'pl', [{ subject: 'Rapport mensuel', right: 'Lecture' }, { subject: "Main-d'œuvre", right: 'Écriture' }]),
      need('m', FIRM_CLIENT_ID, [{ subject: 'Paiements et relevés', right: 'Lecture' }]),
    ];
    const text = needsToText(needs, byId);
    expect(text).toEqual({
      clients: "ENTREPRISE SHW INC. (123456) [Profil (Écriture)]; Plomberie Richard Bélanger [Rapport mensuel (Lecture); Main-d'œuvre (Écriture)]",
      firm: 'Paiements et relevés (Lecture)',
    });
    expect(textToNeeds('m', text.clients, text.firm, clients)).toEqual({ needs, unknownClients: [], unknownSubjects: [], unknownRights: [] });
  });

  it('finds clients by number or name and lists what it does not know', () => {
    const r = textToNeeds('m', '123456 [Profil: L]; PLOMBERIE RICHARD BELANGER; Inconnue inc. [Profil]', 'Comptabilité', clients);
    expect(r.needs.map((n) => [n.clientId, n.subjects])).toEqual([
      ['shw', [{ subject: 'Profil', right: 'Lecture' }]],
      ['pl', []],
    ]);
    expect(r.unknownClients).toEqual(['Inconnue inc. [Profil]']);
    expect(r.unknownSubjects).toEqual(['Comptabilité']);
  });
});
