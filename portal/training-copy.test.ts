import { describe, expect, it } from 'vitest';
import { LANGUAGE_KEY as PANEL_KEY } from '../lib/i18n';
import { LANGUAGE_KEY } from './training-copy';

describe('the training copy follows the panel language', () => {
  it('reads the key the panel writes', () => {
    expect(LANGUAGE_KEY).toBe(PANEL_KEY);
  });
});
