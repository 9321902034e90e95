import fr from '../../../locales/fr.json';

/** Key lookup in the French locale (both locales have the same keys). */
export function localeHas(key: string): boolean {
  let node: unknown = fr;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === 'string';
}
