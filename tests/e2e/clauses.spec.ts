import { test, expect } from './support.ts';

test('a clause page has breadcrumbs, a citation, previous/next and the notice text', async ({ page }) => {
  await page.goto('/clauses/1-1-4/');
  await expect(page.locator('h1')).toHaveText('4.规范引入校外专业力量');
  const crumbs = page.locator('.clause-breadcrumbs li');
  await expect(crumbs).toHaveText(['通知', '一、优化服务管理,进一步落实学校主体责任', '(一)优化课后服务管理', '4.规范引入校外专业力量']);
  await expect(page.locator('.clause-cite-text')).toHaveText('浦教义〔2024〕10号 一(一)4');
  await expect(page.locator('#p2')).toContainText('所有引入的校外专业人员均须配备本校助教');
  await expect(page.locator('.pagination-links a[rel="prev"]')).toContainText('3.提升教师课后服务能力');
  await expect(page.locator('.pagination-links a[rel="next"]')).toContainText('5.用好课后服务专项经费');
  await crumbs.nth(2).locator('a').click();
  await expect(page).toHaveURL(/\/clauses\/1-1\/$/);
  await expect(page.locator('.clause-children a')).toHaveCount(6);
});

test('复制引用 copies the citation with its link, for the clause and for one paragraph', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await page.goto('/clauses/1-1-1/');
  await page.locator('copy-citation button').click();
  await expect(page.locator('copy-citation button')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`浦教义〔2024〕10号 一(一)1 ${baseURL}/clauses/1-1-1/`);
  await page.locator('#p2 .copy-paragraph').click();
  await expect(page.locator('#p2 .copy-paragraph')).toHaveText('已复制');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `浦教义〔2024〕10号 一(一)1 第2段 ${baseURL}/clauses/1-1-1/#p2`,
  );
});

test('a link to a paragraph highlights it', async ({ page }) => {
  await page.goto('/clauses/1-1-1/#p2');
  const p2 = page.locator('#p2');
  await expect(p2).toBeInViewport();
  const highlighted = (el: Element) => getComputedStyle(el).outlineStyle;
  expect(await p2.evaluate(highlighted)).toBe('solid');
  expect(await page.locator('#p1').evaluate(highlighted)).toBe('none');
});

test('按职责查看 lists each actor with links into the clauses', async ({ page }) => {
  await page.goto('/actors/');
  for (const actor of ['学校', '学段中心', '党政办', '组织人事处', '义务教育处', '督导处', '德育处', '民办教育处', '计财处']) {
    await expect(page.locator(`section[data-actor="${actor}"] li`).first()).toBeVisible();
  }
  await page.locator('section[data-actor="民办教育处"] a.duty-link').first().click();
  await expect(page).toHaveURL(/\/clauses\/3-4\/#p1$/);
});

test('严禁清单 lists every prohibition with its clause', async ({ page }) => {
  await page.goto('/prohibitions/');
  const items = page.locator('.duty-list li');
  await expect(items.filter({ hasText: '严禁随意扩大范围' })).toHaveCount(1);
  await expect(items.filter({ hasText: '不得通过家长委员会' })).toHaveCount(1);
  await expect(items.filter({ hasText: '严禁不符合条件的机构、课程和人员进校' }).locator('a')).toHaveAttribute('href', '/clauses/3-4/#p1');
  expect(await items.count()).toBeGreaterThanOrEqual(9);
});

test('工作日历 groups duties by cadence and offers an .ics that calendar programs import', async ({ page }) => {
  await page.goto('/calendar/');
  await expect(page.locator('h2#每月')).toBeVisible();
  await expect(page.locator('section[data-cadence="每学期"]')).toContainText('意愿征询');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[href="/calendar.ics"]').click()]);
  const ics = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  const unfolded = ics.replace(/\r\n /g, '');
  expect(unfolded.match(/BEGIN:VEVENT/g)?.length).toBe(6);
  expect(unfolded).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
  expect(unfolded).toContain('每月在校内公示参与人员的工作量');
});

test('every check a clause page lists links to that check, described where it lands', async ({ page }) => {
  const links = new Set<string>();
  for (const clause of ['1-1-1', '1-1-4', '1-1-5', '1-2-1', '1-2-2', '1-2-3', '3-5']) {
    await page.goto(`/clauses/${clause}/`);
    for (const href of await page.locator('.clause-checks a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) links.add(href);
  }
  expect(links.size).toBeGreaterThan(30);
  for (const href of links) {
    await page.goto(href);
    const id = decodeURIComponent(href.split('#')[1]!);
    await expect(page.locator(`[id="${id}"]`), href).toHaveCount(1);
  }
});
