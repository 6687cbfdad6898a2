import { test, expect } from './support.ts';

// Real queries a school official would type, with the clause that answers each.
const QUERIES: [string, string][] = [
  ['三重一大', '1.2.2'],
  ['弹性离校', '1.1.4'],
  ['刷题', '1.1.1'],
  ['助教', '1.1.4'],
  ['意愿征询', '1.1.1'],
  ['飞行检查', '3.5'],
  ['专款专用', '3.6'],
  ['环学校育人圈', '1.1.2'],
  ['双向选择', '1.1.4'],
  ['简单划一', '1.1.5'],
  ['家长委员会', '1.1.5'],
  ['弹性工作制', '1.1.3'],
  ['行政人员值班', '1.2.1'],
  ['校长签字', '1.2.3'],
  ['每学年抽查', '2.2'],
  ['送教进校', '3.4'],
  ['幼小衔接', '1.1.1'],
  ['违法信息查询', '1.1.4'],
  ['质量评估', '1.1.6'],
  ['文明校园', '3.1'],
  ['警示教育', '3.3'],
  ['举报', '3.5'],
  ['审计', '3.6'],
  ['征询', '1.1.1'],
];

test.describe('逐字查找 puts the right clause first', () => {
  for (const [query, clause] of QUERIES) {
    test(`${query} → ${clause}`, async ({ page }) => {
      await page.goto(`/search/?q=${encodeURIComponent(query)}`);
      await page.locator('clause-search[data-state="ready"]').waitFor();
      const first = page.locator('.clause-search-results li').first();
      await expect(first).toHaveAttribute('data-clause', clause);
      await expect(first.locator('mark').first()).toHaveText(query);
      await first.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`/clauses/${clause.replaceAll('.', '-')}/#p\\d$`));
      await expect(page.locator('.clause-paragraph:target')).toContainText(query);
    });
  }
});

test('typing searches as you type and says when nothing matches', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('clause-search[data-state="ready"]').waitFor();
  await page.getByLabel('查找内容').fill('台账');
  await expect(page.locator('.clause-search-results li').first()).toHaveAttribute('data-clause', '1.2.1');
  await page.getByLabel('查找内容').fill('量子计算');
  await expect(page.locator('.clause-search-status')).toHaveText('通知中没有“量子计算”。');
});

test('Pagefind (the header search) finds a clause by a Chinese word', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-open-modal]').first().click();
  await page.locator('#starlight__search input').fill('意愿征询');
  const results = page.locator('#starlight__search .pagefind-ui__result-link');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(page.locator('#starlight__search a[href^="/clauses/1-1-1/"]').first()).toBeVisible();
});

test('the header search speaks Chinese: result count, 显示更多结果, 清除', async ({ page }) => {
  await page.goto('/');
  await page.locator('button[data-open-modal]').first().click();
  const dialog = page.locator('#starlight__search');
  await dialog.locator('input').fill('课后服务');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^找到 \d+ 条与“课后服务”有关的结果$/, { timeout: 15_000 });
  await expect(dialog.locator('.pagefind-ui__button')).toHaveText('显示更多结果');
  await expect(dialog.locator('.pagefind-ui__search-clear')).toHaveText('清除');
  await expect(dialog).not.toContainText(/results for|Load more|Clear/);
  await dialog.locator('input').fill('qzxwvk');
  await expect(dialog.locator('.pagefind-ui__message')).toHaveText(/^没有找到与“qzxwvk”有关的内容/);
});
