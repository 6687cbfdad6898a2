import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './support.ts';
import { sitemapPaths } from './pages.ts';

const notice = readFileSync(path.resolve(import.meta.dirname, '../fixtures/policy/notice.txt'), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

/** The notice's sentences: split at 。 ! ? ; at line ends, and at the | of its metadata table. */
const sentences = notice
  .split(/[。!?;\n|]/)
  .map(squash)
  .filter((s) => s.length > 0);

test('every sentence of the notice appears on the built site', async ({ page }) => {
  let site = '';
  for (const pathname of sitemapPaths()) {
    await page.goto(pathname);
    site += squash(await page.locator('main').innerText());
  }
  const missing = sentences.filter((s) => !site.includes(s));
  expect(sentences.length).toBeGreaterThan(100);
  expect(missing).toEqual([]);
});
