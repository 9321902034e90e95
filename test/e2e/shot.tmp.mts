import { startSession, PORTAL } from './support/portal-browser.ts';
const s = await startSession();
const p = s.portal;
await p.setViewport({ width: 1100, height: 900 });
for (const id of (process.argv[2] ?? 'login').split(',')) {
  await p.goto(`${PORTAL}/?id=${id}`);
  await new Promise((r) => setTimeout(r, 300));
  await p.screenshot({ path: `/tmp/shot-${id}.png`, fullPage: true });
}
console.log(await p.evaluate(() => JSON.stringify((window as any).__portal)));
await s.close();
