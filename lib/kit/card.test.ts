import { beforeAll, describe, expect, it } from 'vitest';
import { buildMemberCard, memberCardEmail } from './card';
import { documentText } from './document';
import { BARE, ELOISE, HOSTILE, LIAM } from './fixtures';
import { LIMITED_SERVICES, PORTAL_LABELS, SUPPORT_EMAIL } from './portal-labels';
import { kitTranslators, type Translators } from './translate';

let tr: Translators;
beforeAll(async () => {
  tr = await kitTranslators();
});

describe('member card', () => {
  it.each([
    ['fr', ELOISE],
    ['en', LIAM],
  ] as const)('reads the same as last time in %s', (lang, member) => {
    const card = buildMemberCard(member, tr[lang]);
    expect(card.lang).toBe(lang);
    expect(documentText(card)).toMatchSnapshot();
  });

  it('falls back to generic wording when responsable and firm are unknown', () => {
    expect(documentText(buildMemberCard(BARE, tr.fr))).toMatchSnapshot();
  });

  it('is written in the member’s language whatever the other fields say', () => {
    const fr = documentText(buildMemberCard({ ...LIAM, language: 'fr' }, tr.fr));
    const en = documentText(buildMemberCard(LIAM, tr.en));
    expect(fr).toMatch(/Bonjour Liam/);
    expect(en).toMatch(/Hello Liam/);
    expect(fr).not.toEqual(en);
  });

  it.each(['fr', 'en'] as const)('covers every topic the member needs (%s)', (lang) => {
    const member = { ...ELOISE, language: lang };
    const card = buildMemberCard(member, tr[lang]);
    expect(card.sections.map((s) => s.id)).toEqual(['receive', 'create', 'link', 'noEmail', 'limitation', 'help']);
    const text = documentText(card);
    // Portal labels are quoted exactly, in French, in both languages.
    for (const label of Object.values(PORTAL_LABELS)) expect(text).toContain(`«\u00a0${label}\u00a0»`);
    for (const service of LIMITED_SERVICES) expect(text).toContain(service);
    expect(text).toContain(SUPPORT_EMAIL);
    expect(text).toContain(member.email);
    expect(text).toContain(member.responsable!.email!);
    // The responsable comes before the CCQ's support.
    expect(text.indexOf(member.responsable!.name!)).toBeLessThan(text.indexOf(SUPPORT_EMAIL));
  });

  it('never leaves a placeholder or key unresolved', () => {
    for (const member of [ELOISE, LIAM, BARE, HOSTILE]) {
      const text = documentText(buildMemberCard(member, tr[member.language]));
      expect(text).not.toMatch(/\{\{|\}\}|kit\.card/);
    }
  });

  it('keeps markup and formulas in names as the exact characters typed', () => {
    const text = documentText(buildMemberCard(HOSTILE, tr.en));
    expect(text).toContain(`${HOSTILE.firstName} ${HOSTILE.lastName}`);
    expect(text).toContain(HOSTILE.firmName);
    expect(text).not.toContain('&lt;');
  });

  it('makes an email to the member with the card as body, without the title', () => {
    const mail = memberCardEmail(ELOISE, tr.fr);
    expect(mail.to).toEqual([ELOISE.email]);
    expect(mail.subject).toBe(tr.fr('kit.card.subject'));
    expect(mail.body.startsWith('Bonjour Éloïse,')).toBe(true);
    expect(mail.body).toBe(documentText(buildMemberCard(ELOISE, tr.fr), { withTitle: false }));
  });
});
