/**
 * The portal replica's router: one screen per `?id=`, changed without reloading.
 */
import { screens, type Screen } from './screens';

export function currentScreenId(search: string): string {
  return new URLSearchParams(search).get('id') ?? 'login';
}

export function startPortal(root: HTMLElement): void {
  const show = () => {
    const id = currentScreenId(location.search);
    const screen: Screen = screens[id] ?? screens.login!;
    root.replaceChildren(screen.render(navigate));
    document.title = `${screen.title} - Services en ligne - CCQ`;
  };
  const navigate = (id: string) => {
    const url = new URL(location.href);
    url.searchParams.set('id', id);
    history.pushState(null, '', url);
    show();
  };
  addEventListener('popstate', show);
  show();
}
