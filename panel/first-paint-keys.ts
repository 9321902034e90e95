/**
 * The strings the side panel's first paint shows: its frame (header, tabs,
 * conversation toolbar and composer), the greeting, and what a tab says while
 * its code loads. They are built into the panel's first chunk, in both
 * languages, from locales/*.json (scripts/first-paint-strings.ts), so the
 * greeting does not wait for i18next and the full strings; those load right
 * after. Plain strings only (no {{values}}).
 *
 * A key missing here shows as the key until the full strings arrive:
 * panel/first-paint.test.tsx renders the first paint with these strings alone
 * and checks it is the same, word for word, as with the full strings.
 * Pure data: the build reads this file.
 */
export const FIRST_PAINT_KEYS = [
  'app.title',
  'app.switchTo',
  'app.switchToLabel',
  'nav.label',
  'nav.conversation',
  'nav.portal',
  'inventory.nav',
  'worklist.nav',
  'dashboard.nav',
  'kit.nav',
  'training.nav',
  'training.banner',
  'chat.log',
  'chat.toolbar.label',
  'chat.toolbar.contents',
  'chat.toolbar.back',
  'chat.toolbar.restart',
  'chat.toolbar.reset',
  'chat.toolbar.export',
  'chat.greeting',
  'chat.ask.label',
  'chat.ask.placeholder',
  'chat.ask.send',
  // A tab opened before its code (and the full strings) are in.
  'inventory.loading',
  'inventory.viewFailed',
  'kit.loading',
  'kit.loadFailed',
] as const;
