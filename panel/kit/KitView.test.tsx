import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOSTILE, LIAM } from '../../lib/kit/fixtures';
import { parseMailto } from '../../lib/kit/mailto';
import { rememberLanguage } from '../../lib/i18n';
import { kitTranslators, type Translators } from '../../lib/kit/translate';
import { initLanguage, language } from '../language';
import { KitView } from './KitView';
import { announcementDrafts, deadline, launchDate, members, sender, transitionProgress } from './state';

let tr: Translators;
let root: HTMLElement;

beforeAll(async () => {
  await rememberLanguage('fr'); // the fake browser has no UI language to guess from
  await initLanguage();
  tr = await kitTranslators();
});

beforeEach(() => {
  language.value = 'fr';
  sender.value = {};
  launchDate.value = '';
  deadline.value = '';
  announcementDrafts.value = {};
  members.value = [];
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

function addMember(m: { firstName: string; lastName: string; email: string; language: string }) {
  const form = $<HTMLFormElement>('[data-testid="kit-member-form"]');
  type(form.querySelector('[name="firstName"]')!, m.firstName);
  type(form.querySelector('[name="lastName"]')!, m.lastName);
  type(form.querySelector('[name="email"]')!, m.email);
  type(form.querySelector('[name="language"]')!, m.language);
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('kit view: member cards', () => {
  it('refuses an incomplete member and says what to fix, in the panel language', () => {
    addMember({ firstName: '', lastName: 'Côté', email: 'pas-un-courriel', language: 'fr' });
    expect(members.value).toEqual([]);
    const errors = $$('.kit-error').map((e) => e.textContent);
    expect(errors).toEqual([tr.fr('kit.members.errors.firstName'), tr.fr('kit.members.errors.email')]);
    expect($('[name="firstName"]').getAttribute('aria-invalid')).toBe('true');
  });

  it('adds a member and shows their card in the member’s language, with the sender’s details', () => {
    type($('[name="sender-name"]') as HTMLInputElement, 'Rebecca Descotteaux-Laforce');
    type($('[name="sender-firmName"]') as HTMLInputElement, 'LAFORCE COMPTABLE INC.');
    addMember(LIAM);
    expect(members.value).toHaveLength(1);
    const card = $('.kit-member .kit-card');
    expect(card.getAttribute('lang')).toBe('en-CA');
    expect(card.textContent).toContain('Hello Liam,');
    expect(card.textContent).toContain('First, Rebecca Descotteaux-Laforce.');
    expect(card.querySelectorAll('section')).toHaveLength(6);
  });

  it('renders markup and formulas in names as text, never as elements', () => {
    addMember(HOSTILE);
    const row = $('.kit-member');
    expect(row.querySelector('img, script')).toBeNull();
    expect($('.kit-member-name').textContent).toBe(`${HOSTILE.firstName} ${HOSTILE.lastName}`);
    expect(row.querySelector('.kit-doc-title')!.textContent).toContain(HOSTILE.lastName);
    expect(row.querySelector('.kit-remove')!.getAttribute('aria-label')).toContain(HOSTILE.firstName);
  });

  it('offers well-formed mailto links that carry the whole card to the member', () => {
    addMember(LIAM);
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
    addMember(LIAM);
    addMember({ firstName: 'Éloïse', lastName: 'Côté', email: 'eloise@laforce.ca', language: 'fr' });
    const next = () => $<HTMLAnchorElement>('a[data-action="mailto-next"]');
    const first = next().getAttribute('href')!;
    expect(parseMailto(first).to).toEqual([LIAM.email]);
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
    expect([...seen]).toEqual([LIAM.email, 'eloise@laforce.ca']);
    expect(root.textContent).toContain(tr.fr('kit.actions.emailAllDone'));
  });

  it('copies a card as plain text', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      addMember(LIAM);
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
      addMember(LIAM);
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
