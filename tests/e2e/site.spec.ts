import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support.ts';
import { sitemapPaths } from './pages.ts';

const paths = sitemapPaths();
const HEAVY_PAGES = new Set(['/tools/ledger/rules/', '/checks/']);

test('the sitemap lists the home page, all 27 clauses, the views and the tools', () => {
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/clauses/'))).toHaveLength(27);
  for (const p of ['/actors/', '/prohibitions/', '/calendar/', '/glossary/', '/basis/', '/search/']) expect(paths).toContain(p);
});

// The `guards` fixture fails a test on any console error or request to another host.
for (const pathname of paths) {
  test(`${pathname}: loads cleanly, has a CSP, and no serious or critical axe violation`, async ({ page }) => {
    // Thousands of highlighted SQL tokens: axe's colour-contrast pass alone takes tens of seconds on two cores.
    test.slow(HEAVY_PAGES.has(pathname));
    const response = await page.goto(pathname);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    expect(bad).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });
}

test('printing hides the navigation and keeps the text', async ({ page }) => {
  await page.goto('/clauses/1-1-1/');
  const sidebar = page.locator('#starlight__sidebar');
  await expect(sidebar).toBeVisible();
  await expect(page.locator('header.header')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(sidebar).toBeHidden();
  await expect(page.locator('.pagination-links')).toBeHidden();
  await expect(page.locator('#p2')).toBeVisible();
});

test('a clause page stays within its JavaScript budget', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() === 'script') sizes.set(response.url(), (await response.body()).length);
  });
  await page.goto('/clauses/1-1-1/');
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((n, s) => n + new TextEncoder().encode(s.textContent ?? '').length, 0),
  );
  const sum = (filter: (url: string) => boolean) =>
    [...sizes].filter(([url]) => filter(url)).reduce((n, [, size]) => n + size, 0);
  const searchUi = sum((url) => /ui-core|pagefind/.test(url));
  const own = sum((url) => !/ui-core|pagefind/.test(url)) + inline;
  console.log(`clause page JavaScript: ${own + searchUi} bytes = ${own} page + ${searchUi} Pagefind UI (${sizes.size} files, ${inline} inline)`);
  // The page itself (Starlight + citation element) stays small; Pagefind's UI (~94 KB) is Starlight's search.
  expect(own).toBeLessThan(25_000);
  expect(own + searchUi).toBeLessThan(130_000);
});
