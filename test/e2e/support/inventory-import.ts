/**
 * Importing a file through the panel's inventory view as a person does:
 * open the view, pick the file, check it, confirm. Shared by the e2e files
 * that need an inventory with content (drills, hostile input, accessibility).
 */
import type { ElementHandle, Page } from 'puppeteer-core';

export async function openInventory(panel: Page): Promise<void> {
  await (await panel.waitForSelector('nav.tabs button[data-view="inventory"]'))!.click();
  await panel.waitForSelector('[data-testid="inventory-counts"]');
}

/** Opens the inventory, picks `path`, checks and confirms; resolves once the import is writing. */
export async function startImport(panel: Page, path: string): Promise<void> {
  if (!(await panel.$('main[data-view-active="inventory"]'))) await openInventory(panel);
  if (!(await panel.$('[data-testid="import-flow"]'))) await (await panel.waitForSelector('[data-testid="import-open"]'))!.click();
  const input = (await panel.waitForSelector('input[data-testid="import-file"]')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  await (await panel.waitForSelector('[data-testid="import-check"]', { timeout: 30_000 }))!.click();
  await (await panel.waitForSelector('[data-testid="import-confirm"]:not([disabled])', { timeout: 30_000 }))!.click();
}

/** The whole import, then the import flow closed. */
export async function importFile(panel: Page, path: string): Promise<void> {
  await startImport(panel, path);
  await panel.waitForSelector('[data-testid="import-done"]', { timeout: 60_000 });
  await (await panel.$$('[data-testid="import-flow"] .actions button')).at(-1)!.click();
}
