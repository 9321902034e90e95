import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n';
import { client, member, worklistItem } from '../../inventory/reconcile/fixtures';
import { FIRM_CLIENT_ID } from '../../inventory/schema';
import type { Finding } from '../../inventory/worklist';
import { describeItem, type DescribeContext } from './describe';

const findings: Finding[] = [
  { kind: 'memberMissing', key: 'a', memberId: 'm' },
  { kind: 'memberDetails', key: 'b', memberId: 'm', contactName: 'ROY, MARIE', differences: [{ field: 'phoneType', inventory: 'cell', portal: 'Bureau' }] },
  { kind: 'contactNotMember', key: 'c', contactName: '<img src=x onerror=alert(1)>', contactEmail: 'x@y.example' },
  { kind: 'relationMissing', key: 'd', clientId: 'c', inactive: true },
  { kind: 'relationNotServed', key: 'e', organisation: 'ANCIEN CLIENT LTEE', clientId: '' },
  { kind: 'authorizationMissing', key: 'f', memberId: 'm', clientId: FIRM_CLIENT_ID, missing: [{ subject: 'Profil', right: 'Écriture' }] },
  { kind: 'linkingCodeNotSent', key: 'g', memberId: 'gone' },
  { kind: 'memberNeedsHelp', key: 'h', memberId: 'm', note: 'Code refusé deux fois', reportedOn: '2026-02-03' },
];

const item = (finding: Finding) => worklistItem(finding);

describe.each(['fr', 'en'] as const)('worklist items in words (%s)', (lang) => {
  it.each(findings.map((f) => [f.kind, f] as const))('%s', async (_kind, finding) => {
    const i18n = await createI18n(lang);
    const ctx: DescribeContext = {
      members: new Map([['m', member('m', 'Marie', 'Roy')]]),
      clients: new Map([['c', client('c', 'ENTREPRISE SHW INC.', '123456')]]),
      firm: { name: 'LAFORCE COMPTABLE INC.', number: '1001' },
      t: (k, p) => i18n.t(k, p) as string,
    };
    const text = describeItem(item(finding), ctx);
    for (const s of [text.title, text.action, ...text.details]) {
      expect(s).not.toMatch(/\b(worklist|inventory)\.[a-z]|\{\{/);
      expect(s.length).toBeGreaterThan(5);
    }
    if (finding.kind === 'memberMissing') expect(text.title).toContain('Marie Roy');
    if (finding.kind === 'memberDetails') expect(text.details[0]).toMatch(lang === 'fr' ? /Cellulaire.*Bureau/ : /Mobile.*Bureau/);
    if (finding.kind === 'contactNotMember') expect(text.title).toContain('<img src=x onerror=alert(1)>');
    if (finding.kind === 'relationMissing') expect(text.client).toBe('ENTREPRISE SHW INC. (123456)');
    if (finding.kind === 'authorizationMissing') expect(text.client).toBe('LAFORCE COMPTABLE INC.');
    if (finding.kind === 'linkingCodeNotSent') expect(text.member).toMatch(/\(/);
    if (finding.kind === 'memberNeedsHelp') {
      expect(text.title).toContain('Marie Roy');
      expect(text.details).toEqual([expect.stringContaining('2026-02-03'), expect.stringContaining('Code refusé deux fois')]);
    }
  });
});
