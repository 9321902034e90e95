import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE, LIAM } from '../../lib/kit/fixtures';
import type { KitMember } from '../../lib/kit/member';
import { openDatabase } from '../../inventory/db';
import { saveMember, saveFirm } from '../../inventory/repository';
import { blankMember } from '../../inventory/schema';
import { members as inventoryMembers, startInventoryStore } from '../inventory/store';
import { parseMailto } from '../../lib/kit/mailto';
import { rememberLanguage } from '../../lib/i18n';
import { kitTranslators, type Translators } from '../../lib/kit/translate';
import { initLanguage, language } from '../language';
import { KitView } from './KitView';
import { announcementDrafts, deadline, launchDate, sender, transitionProgress } from './state';

let tr: Translators;
let root: HTMLElement;

beforeAll(async () => {
  await rememberLanguage('fr'); // the fake browser has no UI language to guess from
  await initLanguage();
  tr = await kitTranslators();
});

beforeEach(async () => {
  const db = await openDatabase();
  await db.members.where('id').notEqual('').delete();
  await saveFirm(db, { name: '', number: '' });
  await startInventoryStore();
  await vi.waitFor(() => expect(inventoryMembers.value).toEqual([]));
  language.value = 'fr';
  sender.value = {};
  launchDate.value = '';
  deadline.value = '';
  announcementDrafts.value = {};
  transitionProgress.value = {};
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<KitView translators={tr} />, root));
});

afterEach(() => {
  act(() => render(null, root));
  root.remove();
});

const $ = <E extends Element = HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
const $$ = (sel: string) => [...root.querySelectorAll<HTMLElement>(sel)];

function type(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string) {
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

/** Adds a member to the inventory (as the inventory tab or an import would) and waits for their card. */
async function addMember(m: Pick<KitMember, 'firstName' | 'lastName' | 'email' | 'language'>) {
  const before = $$('.kit-member').length;
  const db = await openDatabase();
  const saved = await saveMember(db, { ...blankMember(crypto.randomUUID(), 0), ...m });
  expect(saved).toEqual({ ok: true });
  await vi.waitFor(() => expect($$('.kit-member').length).toBe(before + 1));
}

describe('kit view: member cards', () => {
  it('says the inventory is empty and points to it', async () => {
    await vi.waitFor(() => expect($('[data-testid="kit-members-empty"]').textContent).toContain(tr.fr('kit.members.empty')));
    expect(root.querySelector('[data-testid="kit-member-form"]')).toBeNull();
  });

  it('makes a card for each inventory member in the member’s language, with the firm’s name and the sender’s details', async () => {
    await saveFirm(await openDatabase(), { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    type($('[name="sender-name"]') as HTMLInputElement, 'Rebecca Descotteaux-Laforce');
    await addMember(LIAM);
    const card = $('.kit-member .kit-card');
    expect(card.getAttribute('lang')).toBe('en-CA');
    expect(card.textContent).toContain('Hello Liam,');
    expect(card.textContent).toContain('First, Rebecca Descotteaux-Laforce.');
    expect(card.querySelectorAll('section')).toHaveLength(6);
    await vi.waitFor(() => expect(card.textContent).toContain('LAFORCE COMPTABLE INC.'));
  });

  it('records from the card what the member reported, and the worklist gets a « help this member » item', async () => {
    await addMember(LIAM);
    act(() => $('.kit-member [data-action="report"]').click());
    const form = $('[data-testid="report-form"]');
    act(() => form.querySelector<HTMLInputElement>('input[value="stuck"]')!.click());
    type(form.querySelector('[name="reportNote"]')!, 'No email yet');
    await act(async () => {
      form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await vi.waitFor(() => expect($('.kit-member').dataset.status).toBe('needsHelp'));
    const db = await openDatabase();
    const id = $('.kit-member').dataset.member!;
    expect(await db.worklist.get(`memberNeedsHelp:${id}`)).toMatchObject({ state: 'open', finding: { note: 'No email yet' } });
    expect(root.querySelector('[data-testid="report-form"]')).toBeNull();
  });

  it('keeps the responsable’s details with the firm identity, and shows them again next time', async () => {
    await saveFirm(await openDatabase(), { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    const name = $<HTMLInputElement>('[name="sender-name"]');
    type(name, 'Rebecca Descotteaux-Laforce');
    await act(async () => {
      name.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const db = await openDatabase();
    await vi.waitFor(async () =>
      expect((await db.settings.get('firm'))!.value).toEqual({
        name: 'LAFORCE COMPTABLE INC.',
        number: '1001',
        responsable: { name: 'Rebecca Descotteaux-Laforce', email: '', phone: '' },
      }),
    );
    // A new session: nothing typed in the kit, the stored details show and go on the cards.
    act(() => {
      sender.value = {};
    });
    await vi.waitFor(() => expect($<HTMLInputElement>('[name="sender-name"]').value).toBe('Rebecca Descotteaux-Laforce'));
    await addMember(LIAM);
    expect($('.kit-member .kit-card').textContent).toContain('First, Rebecca Descotteaux-Laforce.');
  });

  it('takes the firm’s name from the inventory when none is typed in the kit', async () => {
    await saveFirm(await openDatabase(), { name: 'LAFORCE COMPTABLE INC.', number: '1001' });
    await vi.waitFor(() => expect($<HTMLTextAreaElement>('[name="kit-ann-fr-body"]').value).toContain('LAFORCE COMPTABLE INC.'));
    type($('[name="sender-firmName"]') as HTMLInputElement, 'Laforce & associés');
    expect($<HTMLTextAreaElement>('[name="kit-ann-fr-body"]').value).toContain('Laforce & associés');
  });

  it('renders markup and formulas in names as text, never as elements', async () => {
    await addMember(HOSTILE);
    const row = $('.kit-member');
    expect(row.querySelector('img, script')).toBeNull();
    expect($('.kit-member-name').textContent).toBe(`${HOSTILE.firstName} ${HOSTILE.lastName}`);
    expect(row.querySelector('.kit-doc-title')!.textContent).toContain(HOSTILE.lastName);
    expect(row.querySelector('[data-action="report"]')!.getAttribute('aria-label')).toContain(HOSTILE.firstName);
  });

  it('offers well-formed mailto links that carry the whole card to the member', async () => {
    await addMember(LIAM);
    const links = [...$('.kit-member').querySelectorAll<HTMLAnchorElement>('a[data-action="mailto"]')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.getAttribute('href')!.length).toBeLessThanOrEqual(2000);
      expect(parseMailto(a.getAttribute('href')!).to).toEqual([LIAM.email]);
    }
    const body = links.map((a) => parseMailto(a.getAttribute('href')!).body).join('');
    expect(body.startsWith('Hello Liam,')).toBe(true);
    expect(body).toContain('firmecomptable@ccq.org');
  });

  it('walks the series of emails for everyone, one link at a time', async () => {
    await addMember(LIAM);
    await addMember({ firstName: 'Éloïse', lastName: 'Côté', email: 'eloise@laforce.ca', language: 'fr' });
    const next = () => $<HTMLAnchorElement>('a[data-action="mailto-next"]');
    const first = next().getAttribute('href')!;
    // Cards come by last name: Côté before O'Brien.
    expect(parseMailto(first).to).toEqual(['eloise@laforce.ca']);
    const seen = new Set<string>();
    vi.useFakeTimers();
    try {
      for (let i = 0; i < 20 && root.querySelector('a[data-action="mailto-next"]'); i++) {
        const a = next();
        seen.add(parseMailto(a.getAttribute('href')!).to[0]!);
        // Following a mailto: link must not navigate the panel away in the test.
        a.addEventListener('click', (e) => e.preventDefault(), { once: true });
        act(() => a.click());
        act(() => {
          vi.runAllTimers();
        });
      }
    } finally {
      vi.useRealTimers();
    }
    expect([...seen]).toEqual(['eloise@laforce.ca', LIAM.email]);
    expect(root.textContent).toContain(tr.fr('kit.actions.emailAllDone'));
  });

  it('copies a card as plain text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      await addMember(LIAM);
      await act(async () => $('.kit-member [data-action="copy"]').click());
      expect(writeText).toHaveBeenCalledOnce();
      expect(writeText.mock.calls[0]![0]).toMatch(/^Liam O'Brien — your new access/);
      await vi.waitFor(() => expect($('.kit-member [role="status"]').textContent).toBe(tr.fr('kit.actions.copied')));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says when copying failed, so the person selects the text instead', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('Document is not focused'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    // happy-dom has no execCommand; the browser's answers "false" when it cannot copy.
    const execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    try {
      await addMember(LIAM);
      await act(async () => $('.kit-member [data-action="copy"]').click());
      await vi.waitFor(() => expect($('.kit-member [role="status"]').textContent).toBe(tr.fr('kit.actions.copyFailed')));
      expect(execCommand).toHaveBeenCalledWith('copy');
    } finally {
      delete (document as { execCommand?: unknown }).execCommand;
      vi.unstubAllGlobals();
    }
  });
});

describe('kit view: announcement', () => {
  const body = (lang: 'fr' | 'en') => $<HTMLTextAreaElement>(`[name="kit-ann-${lang}-body"]`);

  it('writes both languages with the dates entered, each in its own format', () => {
    type($('[name="launchDate"]') as HTMLInputElement, '2026-03-01');
    type($('[name="deadline"]') as HTMLInputElement, '2026-03-27');
    expect(body('fr').value).toContain('À compter du 1er mars 2026');
    expect(body('fr').value).toContain('27 mars 2026');
    expect(body('en').value).toContain('Starting March 1, 2026');
    expect(body('en').value).toContain('by March 27, 2026');
  });

  it('keeps the responsable’s edits until they ask for the suggested text again', () => {
    type(body('fr'), 'Mon propre texte.');
    type($('[name="launchDate"]') as HTMLInputElement, '2026-03-01');
    expect(body('fr').value).toBe('Mon propre texte.');
    expect(body('en').value).toContain('March 1, 2026');
    const link = $('[data-lang="fr"] a[data-action="mailto"]');
    expect(parseMailto(link.getAttribute('href')!).body).toBe('Mon propre texte.');
    act(() => $<HTMLButtonElement>('[data-lang="fr"] .kit-note button').click());
    expect(body('fr').value).toContain('1er mars 2026');
  });

  it('warns when the deadline falls before the launch', () => {
    type($('[name="launchDate"]') as HTMLInputElement, '2026-03-27');
    type($('[name="deadline"]') as HTMLInputElement, '2026-03-01');
    expect($('[data-testid="kit-announcement"] [role="alert"]').textContent).toBe(
      tr.fr('kit.announcement.errors.deadlineBeforeLaunch'),
    );
  });
});

describe('kit view: checklist', () => {
  it('shows the progress the conversation reports, in the panel language', () => {
    act(() => {
      transitionProgress.value = { 'before.email': 'done', step1: 'current' };
    });
    expect($('[data-step="before.email"]').dataset.status).toBe('done');
    expect($('[data-step="step1"]').dataset.status).toBe('current');
    expect($('[data-step="step5a"]').dataset.status).toBe('todo');
    expect($('.kit-summary').textContent).toBe('1 étape terminée sur 12');
    act(() => {
      language.value = 'en';
    });
    expect($('.kit-summary').textContent).toBe('1 of 12 steps done');
    expect($$('[data-step]')).toHaveLength(12);
  });
});
