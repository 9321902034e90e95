import { describe, expect, it } from 'vitest';
import { checkLinkingCode, checkModify, type ModifyRequest } from './modify-contact';

const req = (patch: Partial<ModifyRequest>): ModifyRequest => ({
  contact: 'Luc Tremblay',
  changes: [],
  email: '',
  phone: '',
  issueNewCode: false,
  ...patch,
});

describe('« Modifier les informations personnelles et les coordonnées … »', () => {
  it.each<[Partial<ModifyRequest>, { field: string; code: string }[]]>([
    [{ changes: ['Coordonnées de communication'], email: 'luc@laforce.ca' }, []],
    [{ issueNewCode: true }, []],
    [{}, [{ field: 'changes', code: 'chooseAtLeastOne' }]],
    [{ contact: '', issueNewCode: true }, [{ field: 'contact', code: 'required' }]],
    [{ changes: ['Coordonnées de communication'], email: 'luc@laforce' }, [{ field: 'email', code: 'emailInvalid' }]],
    [{ changes: ['Coordonnées de communication'], phone: '352-1000' }, [{ field: 'phone', code: 'phoneFormat' }]],
    [{ changes: ['Coordonnées de communication'], phone: '514.352.1000' }, []],
    [{ changes: ["Date de fin d'une relation"] }, []],
  ])('checkModify %j', (patch, issues) => {
    expect(checkModify(req(patch))).toEqual(issues);
  });
});

describe('step 6: a valid address for the linking coordinates', () => {
  it.each([
    [{ contact: 'Luc Tremblay', email: 'luc@laforce.ca' }, []],
    [{ contact: 'Luc Tremblay', email: '' }, [{ field: 'email', code: 'required' }]],
    [{ contact: 'Luc Tremblay', email: 'luc at laforce.ca' }, [{ field: 'email', code: 'emailInvalid' }]],
    [{ contact: ' ', email: 'luc@laforce.ca' }, [{ field: 'contact', code: 'required' }]],
  ])('checkLinkingCode %j', (values, issues) => {
    expect(checkLinkingCode(values)).toEqual(issues);
  });
});
