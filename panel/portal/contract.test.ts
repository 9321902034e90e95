import { describe, expect, it } from 'vitest';
import { FillStep, PortCommand, PortEvent, PrefillRun, check } from '../../content/protocol';
import { PortEventSchema, PrefillReportSchema, schemaOf } from './contract';

/** Both ends must agree on every message: the page's hand check and the panel's zod schema. */
const cases: [string, unknown, boolean][] = [
  ['ping', { type: 'portal.ping' }, true],
  ['run', { type: 'prefill.run', url: 'https://sel.ccq.org/?id=x', formTitle: ['T'], steps: [{ key: 'a', kind: 'text', label: ['A'], value: 'v' }] }, true],
  ['run with chips and flags', { type: 'prefill.run', url: 'u', formTitle: [], steps: [{ key: 'a', kind: 'chips', label: ['A'], value: ['x', 'y'], conditional: true, defaults: [] }] }, true],
  ['unknown kind', { type: 'prefill.run', url: 'u', formTitle: [], steps: [{ key: 'a', kind: 'script', label: ['A'], value: 'v' }] }, false],
  ['extra key', { type: 'prefill.run', url: 'u', formTitle: [], steps: [], submit: true }, false],
  ['value of a wrong type', { type: 'prefill.run', url: 'u', formTitle: [], steps: [{ key: 'a', kind: 'text', label: ['A'], value: 3 }] }, false],
  ['missing url', { type: 'prefill.run', formTitle: [], steps: [] }, false],
  ['not an object', 'prefill.run', false],
  ['null', null, false],
];

describe('contract', () => {
  const Request = { k: 'or', of: [PrefillRun, { k: 'obj', shape: { type: { k: 'lit', v: 'portal.ping' } } }] } as const;
  it.each(cases)('%s: both ends say %s', (_name, message, ok) => {
    expect(check(Request, message)).toBe(ok);
    expect(schemaOf(Request).safeParse(message).success).toBe(ok);
  });

  it.each([
    [{ type: 'lists.read', lists: ['contacts', 'relations'] }, true],
    [{ type: 'lists.read', lists: ['members'] }, false],
    [{ type: 'guide.show', targets: [{ id: 'tileAdd', text: ['Ajouter'] }], timeoutMs: 100 }, true],
    [{ type: 'guide.show', targets: ['tileAdd'] }, false],
  ])('port command %j → %s', (message, ok) => {
    expect(check(PortCommand, message)).toBe(ok);
    expect(schemaOf(PortCommand).safeParse(message).success).toBe(ok);
  });

  it.each([
    [{ type: 'lists.failed', list: 'authorizations', reason: 'filtered' }, true],
    [{ type: 'lists.failed', list: 'authorizations', reason: 'partial' }, false],
  ])('port event %j → %s', (message, ok) => {
    expect(check(PortEvent, message)).toBe(ok);
    expect(PortEventSchema.safeParse(message).success).toBe(ok);
  });

  it('parses page answers with zod and refuses malformed ones', () => {
    expect(PrefillReportSchema.safeParse({ type: 'prefill.report', outcome: 'done', fields: [{ key: 'a', status: 'filled', value: 'x' }] }).success).toBe(true);
    expect(PrefillReportSchema.safeParse({ type: 'prefill.report', outcome: 'done', fields: [{ key: 'a', status: 'hacked' }] }).success).toBe(false);
    expect(PortEventSchema.safeParse({ type: 'lists.done', snapshots: [{ list: 'contacts', columns: ['Nom'], rows: [['A']], total: 1, readAt: 'now' }] }).success).toBe(true);
    expect(PortEventSchema.safeParse({ type: 'lists.done', snapshots: [{ list: 'contacts', columns: ['Nom'], rows: [[1]], total: 1, readAt: 'now' }] }).success).toBe(false);
    expect(check(FillStep, { key: 'a', kind: 'radio', label: [], value: true, group: ['G'] })).toBe(true);
  });
});
