import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { noFindings, validateMachine } from './validate';
import { describeReachability } from '../../test/unit/helpers/reachability';
import fr from '../../locales/fr.json';
import en from '../../locales/en.json';

describeReachability(validateMachine);

describe('validate', () => {
  const run = (...events: string[]) => {
    const a = createActor(validateMachine).start();
    for (const type of events) a.send({ type } as never);
    return a;
  };

  it('checks contacts, relations, authorizations in order and outputs no findings when all is well', () => {
    const a = run('step.next', 'contacts.complete', 'relations.complete', 'authorizations.complete');
    expect(a.getSnapshot().value).toBe('summary');
    a.send({ type: 'step.next' });
    expect(a.getSnapshot().status).toBe('done');
    expect(a.getSnapshot().output).toEqual(noFindings());
  });

  it('notes every branch the person reports', () => {
    const a = run(
      'step.next',
      'contacts.missing',
      'contacts.wrong',
      'step.next',
      'relations.missing',
      'relations.formerClient',
      'formerClient.contactEmployer',
      'step.next',
      'authorizations.missing',
      'authorizations.extra',
      'step.next',
      'step.next',
    );
    expect(a.getSnapshot().output).toEqual({
      missingMembers: true,
      wrongDetails: true,
      missingRelations: true,
      formerClients: true,
      missingAuthorizations: true,
      extraAuthorizations: true,
    });
  });

  it.each([
    ['formerClient.contactEmployer', 'lists.contactEmployer'],
    ['formerClient.contactCcq', 'lists.contactCcq'],
  ])('an employer no longer served: %s', (event, state) => {
    const a = run('step.next', 'contacts.complete', 'relations.formerClient', event);
    expect(a.getSnapshot().value).toEqual({ lists: state.split('.')[1] });
  });

  it('the 24-hour note returns to the list being checked', () => {
    const a = run('step.next', 'contacts.complete', 'list.notUpdated');
    expect(a.getSnapshot().value).toBe('delay');
    a.send({ type: 'step.back' });
    expect(a.getSnapshot().value).toEqual({ lists: 'relations' });
  });
});

describe.each([
  ['fr', fr, /filtre « Contacts de l'organisation »[\s\S]*remettez le filtre à « - Aucun - »/],
  ['en', en, /« Contacts de l'organisation » filter[\s\S]*set the filter back to « - Aucun - »/],
] as const)('step 3 in %s', (_lang, strings, filter) => {
  // A filter left on one member hides the others' rows, and the list reader refuses such a list (content/lists.ts).
  it('uses the filter to check member by member, then asks to clear it', () => expect(strings.guide.validate.states.lists.authorizations).toMatch(filter));
});
