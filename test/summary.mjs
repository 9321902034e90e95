// Prints what `npm test` ran, from vitest's JSON reports: per suite and, for
// e2e, per browser (from the file name, else the test's describe titles), then
// the plain closing line "N passed, N failed".
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const unit = read('test-artifacts/unit.json');
const e2e = read('test-artifacts/e2e.json');

const perBrowser = { chromium: 0, firefox: 0, other: 0 };
for (const file of e2e.testResults) {
  for (const test of file.assertionResults) {
    if (test.status !== 'passed') continue;
    const where = `${basename(file.name)} ${test.fullName}`;
    const browser = /firefox/i.test(basename(file.name))
      ? 'firefox'
      : /chromium/i.test(basename(file.name))
        ? 'chromium'
        : /firefox/i.test(where)
          ? 'firefox'
          : /chromium/i.test(where)
            ? 'chromium'
            : 'other';
    perBrowser[browser]++;
  }
}
console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
console.log(
  `e2e: ${e2e.numPassedTests} passed, ${e2e.numFailedTests} failed ` +
    `(Chromium ${perBrowser.chromium}, Firefox ${perBrowser.firefox}${perBrowser.other ? `, either ${perBrowser.other}` : ''})`,
);
console.log(`${unit.numPassedTests + e2e.numPassedTests} passed, ${unit.numFailedTests + e2e.numFailedTests} failed`);
