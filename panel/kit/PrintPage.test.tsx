import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { rememberLanguage } from '../../lib/i18n';
import { ELOISE, HOSTILE, LIAM } from '../../lib/kit/fixtures';
import { kitTranslators, type Translators } from '../../lib/kit/translate';
import { initLanguage } from '../language';
import { PrintPage } from './PrintPage';
import type { PrintJob } from './print-job';

let tr: Translators;
beforeAll(async () => {
  await rememberLanguage('fr');
  await initLanguage();
  tr = await kitTranslators();
});

function show(job: PrintJob | undefined) {
  const root = document.createElement('div');
  act(() => render(<PrintPage job={job} translators={tr} />, root));
  return root;
}

describe('print page', () => {
  it('prints one card per member, each in its member’s language, as pages', () => {
    const root = show({ kind: 'cards', members: [ELOISE, LIAM, HOSTILE] });
    const pages = [...root.querySelectorAll('.kit-page')];
    expect(pages).toHaveLength(3);
    expect(pages.map((p) => p.getAttribute('lang'))).toEqual(['fr-CA', 'en-CA', 'en-CA']);
    expect(pages[0]!.textContent).toContain('Bonjour Éloïse,');
    expect(root.querySelector('img, script')).toBeNull();
    expect(pages[2]!.querySelector('.kit-doc-title')!.textContent).toContain(HOSTILE.firstName);
  });

  it('prints the checklist with its progress', () => {
    const root = show({ kind: 'checklist', lang: 'en', progress: { step2: 'current' } });
    expect(root.querySelectorAll('.kit-page')).toHaveLength(1);
    expect(root.querySelector('[data-step="step2"]')!.getAttribute('data-status')).toBe('current');
    expect(root.querySelector('.kit-checklist')!.textContent).toContain('Step 2');
  });

  it('says there is nothing to print when the job did not arrive', () => {
    const root = show(undefined);
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(tr.fr('kit.print.nothing'));
    expect(root.querySelector('[data-action="print-now"]')).toBeNull();
  });
});

describe('print stylesheet', () => {
  // The real proof is the PDF rendered in e2e; this only guards the two rules it relies on.
  it('puts each page on its own sheet and hides the controls', async () => {
    const { readFile } = await import('node:fs/promises');
    const css = await readFile(`${process.cwd()}/panel/kit/kit.css`, 'utf8');
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.kit-page\s*\{\s*break-after:\s*page/);
    expect(print).toMatch(/\.kit-print-toolbar[^{]*\{\s*display:\s*none/);
  });
});
