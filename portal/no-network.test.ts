/**
 * The training copy can never submit anything anywhere: no source of the
 * replica (and the training copy's own wiring) has a way to reach the network.
 * Its forms only record what they would submit (hook.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = [
  ...readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(__dirname, f)),
  join(__dirname, '..', 'content', 'training-agent.ts'),
  join(__dirname, '..', 'content', 'relay.ts'),
  join(__dirname, '..', 'entrypoints', 'training', 'main.ts'),
];

describe('the training copy sends nothing', () => {
  it.each([/\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /WebSocket/, /EventSource/, /\.submit\s*\(/, /<form[^>]*action=/, /\baction\s*:/, /\bsrc\s*:\s*['"`]https?:/])(
    'no source uses %s',
    (pattern) => {
      expect(sources.filter((f) => pattern.test(readFileSync(f, 'utf8')))).toEqual([]);
    },
  );
});
