/**
 * The side panel's first paint as static HTML, written into the panel's page
 * at build time (scripts/first-paint-strings.ts): one page per language,
 * `sidepanel.html` in French and `panel-en.html` in English. The greeting is
 * then on screen as soon as the HTML is parsed, before any script: an
 * extension page allows no inline script, and Chromium serving a page's first
 * script file alone took 1.6–2.1× a blank page here (test/bench/RESULTS.md).
 * When the panel's code arrives, Preact's render reuses these very elements
 * (same tags, same order), so nothing on screen changes.
 *
 * It must be exactly what App renders at its first paint outside training and
 * presenter modes (those add a tab or a class when the code arrives):
 * panel/first-paint.test.tsx compares the two, in both languages.
 * Pure: strings in, HTML out; every string escaped.
 */
import type { FIRST_PAINT_KEYS } from './first-paint-keys';

export type FirstPaintKey = (typeof FIRST_PAINT_KEYS)[number];
export type PanelLanguage = 'fr' | 'en';

/** Each language's panel page, the one the side panel opens once that language is chosen (panel/panel-page.ts). */
export const PANEL_PAGES = { fr: 'sidepanel.html', en: 'panel-en.html' } as const satisfies Record<PanelLanguage, string>;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The tabs in App's order (panel/views.ts), without the trainer's. */
const TABS: [view: string, key: FirstPaintKey][] = [
  ['conversation', 'nav.conversation'],
  ['inventory', 'inventory.nav'],
  ['worklist', 'worklist.nav'],
  ['dashboard', 'dashboard.nav'],
  ['kit', 'kit.nav'],
  ['portal', 'nav.portal'],
];

export function firstPaintHtml(lang: PanelLanguage, strings: Readonly<Record<string, string>>): string {
  const t = (key: FirstPaintKey) => escape(strings[key] ?? key);
  const other = lang === 'fr' ? 'en-CA' : 'fr-CA';
  const tabs = TABS.map(
    ([view, key]) => `<button type="button" data-view="${view}"${view === 'conversation' ? ' aria-current="page"' : ''}>${t(key)}</button>`,
  ).join('');
  const toolbar = [
    `<button type="button" data-testid="toolbar-contents" aria-expanded="false" aria-controls="toc">${t('chat.toolbar.contents')}</button>`,
    `<button type="button" data-testid="toolbar-back" disabled="">${t('chat.toolbar.back')}</button>`,
    `<button type="button" data-testid="toolbar-restart" disabled="">${t('chat.toolbar.restart')}</button>`,
    `<button type="button" data-testid="toolbar-reset" disabled="">${t('chat.toolbar.reset')}</button>`,
    `<button type="button" data-testid="toolbar-export" disabled="">${t('chat.toolbar.export')}</button>`,
  ].join('');
  return (
    `<div class="app"><header class="app-header"><h1>${t('app.title')}</h1>` +
    `<button type="button" class="lang-switch" data-testid="lang-switch" aria-label="${t('app.switchToLabel')}" lang="${other}">${t('app.switchTo')}</button></header>` +
    `<nav class="tabs" aria-label="${t('nav.label')}">${tabs}</nav>` +
    `<main data-view-active="conversation"><section class="chat" aria-label="${t('chat.log')}">` +
    `<div class="toolbar" role="group" aria-label="${t('chat.toolbar.label')}">${toolbar}</div>` +
    `<div id="toc" hidden=""></div>` +
    `<ol class="messages" aria-live="polite" aria-relevant="additions text" aria-label="${t('chat.log')}" data-testid="transcript">` +
    `<li class="message assistant" data-testid="greeting">${t('chat.greeting')}</li><li class="log-end" aria-hidden="true"></li></ol>` +
    `<div class="composer"><form class="ask"><label for="ask-input">${t('chat.ask.label')}</label>` +
    `<div class="ask-row"><input id="ask-input" data-testid="ask-input" type="text" autocomplete="off" placeholder="${t('chat.ask.placeholder')}" aria-busy="false">` +
    `<button type="submit">${t('chat.ask.send')}</button></div></form></div></section></main></div>`
  );
}
