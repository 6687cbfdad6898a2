/**
 * The data is processed in Web Workers, so the site's Content-Security-Policy must hold there too: from
 * inside each worker (the ledger page's worker, its helper, the allocation page's 台账 reader) a request to
 * another host and an eval are refused.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from '@playwright/test';
import { test, expect, islandReady } from './support.ts';

const ledgerFixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ledger');
const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/allocation');

/** Tries, from inside the worker, a request to another origin (the same server under another name) and an eval. */
async function attempt(worker: Worker, otherOrigin: string): Promise<{ fetch: string; eval: string }> {
  return worker.evaluate(async (url) => {
    let fetchResult: string;
    try {
      await fetch(url, { mode: 'no-cors' });
      fetchResult = 'sent';
    } catch {
      fetchResult = 'blocked';
    }
    // Later, from a timer: the evaluation itself may bypass the policy (DevTools' evaluate), its callbacks do not.
    const evalResult = await new Promise<string>((resolve) =>
      setTimeout(() => {
        try {
          resolve(String((0, eval)('1 + 1')));
        } catch {
          resolve('blocked');
        }
      }, 0),
    );
    return { fetch: fetchResult, eval: evalResult };
  }, `${otherOrigin}/favicon.svg`);
}

/** The same server reached as 127.0.0.1 when the page is on localhost (or the reverse): another origin. */
const otherOrigin = (page: Page) => {
  const url = new URL(page.url());
  return `${url.protocol}//${url.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${url.port}`;
};

/** The violations the attempts cause are expected here; anything else still fails the test. */
function expectOnlyViolations(errors: string[]) {
  const others = errors.filter((e) => !/Content Security Policy|Refused to (connect|evaluate)|Failed to fetch/i.test(e));
  errors.splice(0, errors.length, ...others);
}

test('in the ledger page\'s worker and its helper, a request to another host and eval are blocked', async ({ page, guards }) => {
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto('/tools/ledger/');
  await islandReady(page, '.ledger-checker');
  await page.locator('.ledger-files input[type="file"]').setInputFiles([path.join(ledgerFixtures, 'clean/ledger.csv')]);
  await expect(page.locator('.ledger-checker[data-engine="ready"]')).toHaveCount(1);
  // The primary worker, and its helper where the browser has two cores.
  expect(workers.length).toBeGreaterThanOrEqual(1);
  for (const worker of workers) expect(await attempt(worker, otherOrigin(page)), worker.url()).toEqual({ fetch: 'blocked', eval: 'blocked' });
  // The check still runs under the policy (sql.js compiles its wasm there).
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });
  expectOnlyViolations(guards.consoleErrors);
  guards.foreignRequests.splice(0);
});

test('in the allocation page\'s 台账 reader, a request to another host and eval are blocked', async ({ page, guards }) => {
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.goto('/tools/allocation/');
  await islandReady(page, '.alloc-tool');
  await page.getByTestId('ledger-input').setInputFiles(path.join(fixtures, 'ledger-clean.csv'));
  await expect.poll(() => workers.length).toBeGreaterThanOrEqual(1);
  for (const worker of workers) expect(await attempt(worker, otherOrigin(page)), worker.url()).toEqual({ fetch: 'blocked', eval: 'blocked' });
  expectOnlyViolations(guards.consoleErrors);
  guards.foreignRequests.splice(0);
});

test('the built scripts carry the policy as a header too (dist/_headers), for a worker started from its own URL', async ({ page }) => {
  await page.goto('/tools/ledger/');
  const script = await page.locator('script[src^="/_astro/"]').first().getAttribute('src');
  const response = await page.request.get(script!);
  expect(response.headers()['content-security-policy']).toContain("connect-src 'self'");
  expect(response.headers()['content-security-policy']).not.toMatch(/'unsafe-eval'/);
});

/** The script-src directive of a page's policy (the <meta> the build wrote). */
async function scriptSrc(page: Page, url: string): Promise<string> {
  await page.goto(url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  return /script-src[^;]*/.exec(policy ?? '')?.[0] ?? '';
}

test("'wasm-unsafe-eval' only on the pages whose workers run sql.js; Pagefind's search works without it", async ({ page }) => {
  expect(await scriptSrc(page, '/tools/ledger/')).toContain("'wasm-unsafe-eval'");
  expect(await scriptSrc(page, '/tools/review/')).toContain("'wasm-unsafe-eval'");
  for (const url of ['/tools/allocation/', '/tools/plan/', '/clauses/1-1-1/']) expect(await scriptSrc(page, url), url).not.toContain('wasm');
  // The header search on a page without it: Pagefind compiles its wasm in its own worker, loaded from /pagefind/
  // with the script policy as a header (which allows wasm there, and no other host).
  expect(await scriptSrc(page, '/')).not.toContain('wasm');
  const workers: Worker[] = [];
  page.on('worker', (w) => workers.push(w));
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('#starlight__search input').fill('意愿征询');
  await expect(page.locator('#starlight__search a[href^="/clauses/1-1-1/"]').first()).toBeVisible({ timeout: 15_000 });
  const pagefindWorker = workers.find((w) => w.url().includes('/pagefind/'));
  expect(pagefindWorker, 'Pagefind searches in its own worker').toBeTruthy();
  const header = (await page.request.get(pagefindWorker!.url())).headers()['content-security-policy'];
  expect(header).toContain("connect-src 'self'");
  expect(header).toContain("'wasm-unsafe-eval'");
});
