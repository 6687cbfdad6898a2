import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every browser test uses this `test`: it fails the test on any console error or page error, in the page
 * and in its Web Workers (where the ledger's engine runs), and on any request to a host other than the
 * site's own (nothing may leave the user's machine).
 */
export const test = base.extend<{ guards: { consoleErrors: string[]; foreignRequests: string[] } }>({
  guards: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://localhost:4321').origin;
      const consoleErrors: string[] = [];
      const foreignRequests: string[] = [];
      page.on('console', (msg) => {
        // A worker's messages are taken from the worker itself (below), once.
        if (msg.type() === 'error' && !msg.worker()) consoleErrors.push(msg.text());
      });
      page.on('worker', (worker) => {
        worker.on('console', (msg) => {
          if (msg.type() === 'error') consoleErrors.push(`[worker ${worker.url().replace(/^.*\//, '')}] ${msg.text()}`);
        });
      });
      page.on('pageerror', (err) => consoleErrors.push(String(err)));
      page.on('request', (req) => {
        const url = req.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreignRequests.push(url);
      });
      await use({ consoleErrors, foreignRequests });
      expect(consoleErrors, 'console errors').toEqual([]);
      expect(foreignRequests, 'requests to other hosts').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Wait until the island inside `selector` says it is interactive (`data-state="ready"`). */
export async function islandReady(page: Page, selector = '[data-state]'): Promise<void> {
  await page.locator(`${selector}[data-state="ready"]`).first().waitFor({ state: 'attached', timeout: 30_000 });
}
