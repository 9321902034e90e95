import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { rememberLanguage } from '../../lib/i18n';
import fr from '../../locales/fr.json';
import { initLanguage } from '../language';
import { DatabaseError } from './parts';
import { databaseError } from './store';

beforeAll(async () => {
  await rememberLanguage('fr');
  await initLanguage();
});

describe('DatabaseError', () => {
  it.each([
    ['VersionError: The requested version (30) is less than the existing version (40).', fr.inventory.dbNewer],
    ['UpgradeError: upgrade bug', fr.inventory.dbError.replace('{{error}}', 'UpgradeError: upgrade bug')],
  ])('%s → its message', (error, expected) => {
    databaseError.value = error;
    const root = document.createElement('div');
    render(<DatabaseError />, root);
    expect(root.textContent).toBe(expected);
    databaseError.value = null;
  });
});
