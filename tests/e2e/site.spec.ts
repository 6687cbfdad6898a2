import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './support.ts';
import { sitemapPaths } from './pages.ts';

const paths = sitemapPaths();

test('the sitemap lists the home page, all 27 clauses, the views and the tools', () => {
  expect(paths).toContain('/');
  expect(paths.filter((p) => p.startsWith('/clauses/'))).toHaveLength(27);
  for (const p of ['/actors/', '/prohibitions/', '/calendar/', '/glossary/', '/basis/', '/search/']) expect(paths).toContain(p);
});

// The `guards` fixture fails a test on any console error or request to another host.
for (const pathname of paths) {
  test(`${pathname}: loads cleanly, has a CSP, and no serious or critical axe violation`, async ({ page }) => {
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
