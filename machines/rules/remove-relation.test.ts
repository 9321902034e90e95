import { describe, expect, it } from 'vitest';
import { applyRemoval, checkRemoval, removesEverything, type PortalContact, type RemovalRequest } from './remove-relation';

const rebecca: PortalContact = {
  name: 'REBECCA DESCOTTEAUX-LAFORCE',
  active: 'Vrai',
  relations: [
    { organisation: 'LAFORCE COMPTABLE INC.', type: 'Membre du personnel', active: 'Vrai', subjects: ['Profil'] },
    { organisation: 'ENTREPRISE SHW INC.', type: 'a comme firme comptable ou serv. de paie', active: 'Vrai', subjects: ['Paiements et relevés', 'Rapport mensuel'] },
    { organisation: 'PLUMBERIE RICHARD BELANGER', type: 'a comme firme comptable ou serv. de paie', active: 'Vrai', subjects: ['Rapport mensuel'] },
  ],
};
const req = (patch: Partial<RemovalRequest>): RemovalRequest => ({ contact: rebecca.name, scope: '', relations: [], subjects: [], ...patch });

describe('« Retirer une relation ou des sujets autorisés à un contact »', () => {
  it.each([
    ['Toutes les relations', true],
    ['Une ou plusieurs relation(s)', false],
    ['Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation', false],
    ['', false],
  ] as const)('removesEverything(%j) = %s', (scope, expected) => {
    expect(removesEverything(scope)).toBe(expected);
  });

  it('« Toutes les relations »: contact and every relation become « Faux », every subject removed', () => {
    const after = applyRemoval(rebecca, req({ scope: 'Toutes les relations' }));
    expect(after.active).toBe('Faux');
    expect(after.relations.map((r) => r.active)).toEqual(['Faux', 'Faux', 'Faux']);
    expect(after.relations.flatMap((r) => r.subjects)).toEqual([]);
    // Pure: the portal's earlier reading is untouched.
    expect(rebecca.active).toBe('Vrai');
    expect(rebecca.relations[1]!.subjects).toHaveLength(2);
  });

  it('« Une ou plusieurs relation(s) »: only the chosen client file loses access; the contact stays active', () => {
    const after = applyRemoval(rebecca, req({ scope: 'Une ou plusieurs relation(s)', relations: ['ENTREPRISE SHW INC.'] }));
    expect(after.active).toBe('Vrai');
    expect(after.relations.map((r) => [r.organisation, r.active, r.subjects.length])).toEqual([
      ['LAFORCE COMPTABLE INC.', 'Vrai', 1],
      ['ENTREPRISE SHW INC.', 'Faux', 0],
      ['PLUMBERIE RICHARD BELANGER', 'Vrai', 1],
    ]);
  });

  it('subjects scope: the relation stays, the chosen subjects go', () => {
    const after = applyRemoval(
      rebecca,
      req({ scope: 'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation', relations: ['ENTREPRISE SHW INC.'], subjects: ['Rapport mensuel'] }),
    );
    expect(after.relations[1]).toEqual({ ...rebecca.relations[1], subjects: ['Paiements et relevés'] });
    expect(after.relations[2]!.subjects).toEqual(['Rapport mensuel']);
    expect(after.active).toBe('Vrai');
  });

  it.each<[Partial<RemovalRequest>, { field: string; code: string }[]]>([
    [{ scope: 'Toutes les relations' }, []],
    [{ contact: '', scope: 'Toutes les relations' }, [{ field: 'contact', code: 'required' }]],
    [{}, [{ field: 'scope', code: 'required' }]],
    [{ scope: 'Une ou plusieurs relation(s)' }, [{ field: 'relations', code: 'chooseAtLeastOne' }]],
    [{ scope: 'Une ou plusieurs relation(s)', relations: ['ENTREPRISE SHW INC.'] }, []],
    [{ scope: 'Un ou plusieurs sujet(s) autorisé(s) associé(s) à une relation', subjects: [' '] }, [{ field: 'subjects', code: 'chooseAtLeastOne' }]],
  ])('checkRemoval %j', (patch, issues) => {
    expect(checkRemoval(req(patch))).toEqual(issues);
  });
});
