/**
 * The portal replica's router: one screen per `?id=`, changed with
 * history.pushState without reloading, like the service portal.
 */
import { h } from './dom';
import { setPortalLanguage, shown, type PortalLanguage } from './english';
import { hook, installHook } from './hook';
import { screens, type Screen } from './screens';

export function currentScreenId(search: string): string {
  const id = new URLSearchParams(search).get('id') ?? 'login';
  return id in screens ? id : 'login';
}

/** The training banner shows only in the extension's bundled copy, never at the portal's address. */
export function isTrainingCopy(protocol: string): boolean {
  return protocol === 'chrome-extension:' || protocol === 'moz-extension:';
}

export interface Portal {
  /** Shows the screens in another language (the training copy follows the trainer's). */
  showIn(lang: PortalLanguage): void;
}

export function startPortal(root: HTMLElement): Portal {
  installHook();
  const training = isTrainingCopy(location.protocol);
  const show = () => {
    const banner = training ? h('div', { class: 'training-banner', role: 'note' }, 'Copie de formation — rien n’est envoyé à la CCQ.') : null;
    const id = currentScreenId(location.search);
    const screen: Screen = screens[id]!;
    // Popups live on <body>, outside the screen: a screen change closes them.
    for (const p of document.querySelectorAll('body > .popup')) p.remove();
    hook.screen = id;
    root.replaceChildren(...(banner ? [banner] : []), screen.render(navigate));
    document.title = `${shown(screen.title)} - ${shown('Services en ligne')} - CCQ`;
  };
  const navigate = (id: string, params: Record<string, string> = {}) => {
    const url = new URL(location.href);
    url.search = '';
    url.searchParams.set('id', id);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    history.pushState(null, '', url);
    show();
  };
  addEventListener('popstate', show);
  show();
  return {
    showIn(lang) {
      setPortalLanguage(lang);
      document.documentElement.lang = lang === 'en' ? 'en-CA' : 'fr-CA';
      show();
    },
  };
}
