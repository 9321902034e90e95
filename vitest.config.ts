import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { firstPaintStrings } from './scripts/first-paint-strings.ts';

export default defineConfig({
  plugins: [WxtVitest(), firstPaintStrings()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', '{machines,content,inventory,panel,lib,portal}/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    setupFiles: ['test/unit/setup.ts'],
  },
});
