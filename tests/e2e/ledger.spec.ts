import { readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, islandReady } from './support.ts';
import { defaultSettings, schoolCalendar } from '../../src/lib/ledger/index.ts';
import { generateSchool } from '../../src/lib/ledger/sample/index.ts';
import { templateFiles } from '../../src/lib/ledger/sample/downloads.ts';
import { toCsv } from '../../src/lib/ledger/summaries/export.ts';
import { ALL_RULE_IDS } from '../../src/lib/ledger/catalogue.ts';
import { currentSchoolYear, schoolYearName } from '../../src/lib/calendar/index.ts';

// The sample downloads as the site built them (src/pages/samples/).
const samples = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/samples');
const csvFiles = (set: string) =>
  readdirSync(path.join(samples, set))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => path.join(samples, set, f));

async function openChecker(page: Page) {
  await page.goto('/tools/ledger/');
  await islandReady(page, '.ledger-checker');
}

async function pickFiles(page: Page, files: (string | { name: string; mimeType: string; buffer: Buffer })[]) {
  const before = await page.locator('.ledger-file-table tbody tr').count();
  await page.locator('.ledger-files input[type="file"]').setInputFiles(files as string[]);
  await expect(page.locator('.ledger-file-table tbody tr')).toHaveCount(before + files.length);
  await expect(page.locator('[data-cell="kind"]', { hasText: '读取中' })).toHaveCount(0);
}

/** Runs the check; returns every URL the page requested from the click until the report showed. */
async function runCheck(page: Page): Promise<string[]> {
  const requests: string[] = [];
  const record = (r: { url: () => string }) => requests.push(r.url());
  page.on('request', record);
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });
  page.off('request', record);
  return requests;
}

async function text(download: Download): Promise<string> {
  return readFileSync((await download.path())!, 'utf8');
}

test('the clean sample: every file recognised, 0 错误, and checking sends nothing anywhere', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('clean'));
  await expect(page.locator('tr[data-file="ledger.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
  await expect(page.locator('tr[data-file="external-roster.csv"] [data-cell="kind"]')).toHaveText('校外人员名册');
  const ledgerRows = readFileSync(path.join(samples, 'clean/ledger.csv'), 'utf8').trim().split('\r\n').length - 1;
  await expect(page.locator('tr[data-file="ledger.csv"] [data-cell="rows"]')).toHaveText(String(ledgerRows));

  // sql.js is fetched from this site when files are picked; once it is in, checking requests nothing at all.
  await expect(page.locator('.ledger-checker[data-engine="ready"]')).toHaveCount(1);
  expect(await runCheck(page)).toEqual([]);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).toHaveText('错误 0');
  await expect(page.locator('.ledger-badge[data-severity="warning"]')).toHaveText('警告 0');
  await expect(page.getByText('没有发现问题。')).toBeVisible();
});

test('files dropped on the page are listed with their kind, and the sample buttons load both sets', async ({ page }) => {
  await openChecker(page);
  const csv = readFileSync(path.join(samples, 'clean/class-roster.csv'), 'utf8');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '名册.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('tr[data-file="名册.csv"] [data-cell="kind"]')).toHaveText('班级名册');

  await page.getByRole('button', { name: '载入含错误的样例' }).click();
  await expect(page.locator('.ledger-file-table tbody tr')).toHaveCount(7);
  await expect(page.locator('tr[data-file="ledger.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
  await runCheck(page);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).not.toHaveText('错误 0');
});

test('the planted-errors sample: the planted rules appear, grouped, with clause links that resolve', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('planted-errors'));
  await runCheck(page);
  for (const rule of [
    'ledger.external-without-assistant',
    'ledger.person-overlap',
    'ledger.non-school-day',
    'monthly-summary.hours-mismatch',
    'pay-report.amount-mismatch',
    'roster.vetting-incomplete',
  ]) {
    await expect(page.locator(`.ledger-severity[data-severity="error"] section.ledger-rule[data-rule="${rule}"]`)).toHaveCount(1);
  }
  // 刷题/新课 are only suspected from the words (警告); a shared 场地 may be 分区 use (提示): issue 10.
  for (const rule of ['ledger.forbidden-content', 'ledger.school-day-without-record', 'ledger.periods-per-day']) {
    await expect(page.locator(`.ledger-severity[data-severity="warning"] section.ledger-rule[data-rule="${rule}"]`)).toHaveCount(1);
  }
  await expect(page.locator('.ledger-severity[data-severity="info"] section.ledger-rule[data-rule="ledger.venue-overlap"]')).toHaveCount(1);
  // Each rule's findings say what they rest on: the notice's clause, or the document that really says it.
  await expect(page.locator('section.ledger-rule[data-rule="ledger.non-school-day"] [data-testid="rule-basis"]')).toHaveText('依据:国家规定 教基厅函〔2023〕26号');
  await expect(page.locator('section.ledger-rule[data-rule="ledger.external-without-assistant"] [data-testid="rule-basis"]')).toHaveText('依据:通知原文 浦教义〔2024〕10号 一(一)4 第2段');
  // A finding shows the offending row, with the bad cell marked.
  const assistant = page.locator('section.ledger-rule[data-rule="ledger.external-without-assistant"] .ledger-finding').first();
  await expect(assistant).toContainText('第');
  await expect(assistant.locator('td.is-hit')).toHaveText('主讲');

  const hrefs = new Set(await page.getByTestId('clause-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
  expect(hrefs.size).toBeGreaterThan(3);
  for (const href of hrefs) {
    expect(href).toMatch(/^\/clauses\/[\d-]+\/$/);
    expect((await page.request.get(href)).status(), href).toBe(200);
  }
  // The clause opens in place, over the findings; its page is one more click away.
  await page.locator('section.ledger-rule[data-rule="ledger.external-without-assistant"] [data-testid="clause-link"]').click();
  const popover = page.locator('.in-place:popover-open');
  await expect(popover.getByTestId('clause-text')).toContainText('校外');
  await expect(page).toHaveURL(/\/tools\/ledger\/$/);
  await popover.getByRole('link', { name: '打开条款页(离开本页)' }).click();
  await expect(page).toHaveURL(/\/clauses\/1-1-4\/$/);
  await expect(page.locator('h1')).toContainText('规范引入校外专业力量');

  // Back: the files and the findings are still there.
  await page.goBack();
  await islandReady(page, '.ledger-checker');
  await expect(page.getByTestId('restored')).toContainText('已恢复');
  await expect(page.locator('.ledger-file-table tbody tr')).toHaveCount(7);
  await expect(page.locator('section.ledger-rule[data-rule="ledger.external-without-assistant"]')).toHaveCount(1);
  // …and can be checked again without picking them anew.
  await runCheck(page);
  await expect(page.locator('section.ledger-rule[data-rule="ledger.person-overlap"]')).toHaveCount(1);
});

test('a new tab starts empty: the last check is kept for the session only', async ({ page, context }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('clean'));
  await runCheck(page);
  const other = await context.newPage();
  await other.goto('/tools/ledger/');
  await islandReady(other, '.ledger-checker');
  await expect(other.locator('.ledger-file-table')).toHaveCount(0);
  await expect(other.getByTestId('restored')).toHaveCount(0);
  await other.close();
});

test('after 开始检查 focus moves to the results and the counts are announced; a zero badge is not red', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('clean'));
  await runCheck(page);
  await expect(page.getByRole('heading', { name: '3. 检查结果' })).toBeFocused();
  await expect(page.getByTestId('announcement')).toHaveText(/^检查完成:错误 0 条,警告 0 条,提示 0 条,共检查 7 个文件。$/);
  await expect(page.getByRole('status').filter({ hasText: '检查完成' })).toHaveCount(1);
  const badge = page.locator('.ledger-badge[data-severity="error"]');
  await expect(badge).toHaveClass(/is-zero/);
  const red = await badge.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(red).not.toBe('rgb(198, 40, 40)');
});

test('规则说明 opens the rule\'s explanation in place, with the SQL one link further', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('planted-errors'));
  await runCheck(page);
  const group = page.locator('section.ledger-rule[data-rule="ledger.person-overlap"]');
  await group.getByTestId('rule-link').click();
  const popover = page.locator('.in-place:popover-open');
  await expect(popover.getByTestId('rule-explanation')).not.toBeEmpty();
  await expect(popover).not.toContainText('SELECT');
  await expect(popover.getByRole('link', { name: '规则全文和 SQL(离开本页)' })).toHaveAttribute('href', '/tools/ledger/rules/#ledger.person-overlap');
  await page.keyboard.press('Escape');
  await expect(popover).toHaveCount(0);
});

test('samples download under Chinese names; the planted-errors list is readable UTF-8 and names real rules', async ({ page }) => {
  await page.goto('/tools/ledger/');
  const names = await page.locator('#templates ~ ul a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('download')));
  expect(names.filter((n) => !n || !/^[\u4e00-\u9fff]/.test(n))).toEqual([]);
  expect(names).toContain('课后服务工作台账-含错误样例.csv');
  const readme = await page.request.get('/samples/planted-errors/README.txt');
  const bytes = await readme.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(':ledger.person-overlap');
});

test('findings filter by severity and rule, and export as a CSV for Excel', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, csvFiles('planted-errors'));
  await runCheck(page);
  await page.getByLabel('错误', { exact: true }).uncheck();
  await expect(page.locator('.ledger-severity[data-severity="error"]')).toHaveCount(0);
  await expect(page.locator('.ledger-severity[data-severity="warning"]')).toHaveCount(1);
  await page.getByLabel('错误', { exact: true }).check();
  await page.getByLabel('规则').selectOption('ledger.person-overlap');
  await expect(page.locator('.ledger-finding')).toHaveCount(1);
  const clauseHref = await page.locator('section.ledger-rule[data-rule="ledger.person-overlap"] [data-testid="clause-link"]').getAttribute('href');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出结果(CSV)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('台账自查结果.csv');
  const csv = await text(download);
  expect(csv.startsWith('\uFEFF严重程度,规则,规则编号,条款,依据,文件,行,列,说明,条款链接\r\n')).toBe(true);
  const lines = csv.trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain('ledger.person-overlap');
  expect(lines[1]!.endsWith(`,${new URL(clauseHref!, page.url()).href}`)).toBe(true);
});

test('月度汇总 and 工作量公示 generated from the 台账 equal the sample files', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, [path.join(samples, 'clean/ledger.csv')]);
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByRole('button', { name: '生成月度汇总和工作量公示' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const byName = new Map(await Promise.all(downloads.map(async (d) => [d.suggestedFilename(), await text(d)] as const)));
  expect(byName.get('ledger-月度汇总.csv')).toBe(readFileSync(path.join(samples, 'clean/monthly-summary.csv'), 'utf8'));
  expect(byName.get('ledger-工作量公示.csv')).toBe(readFileSync(path.join(samples, 'clean/monthly-disclosure.csv'), 'utf8'));
});

test('an unreadable file gets a Chinese message and the files already loaded stay', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, [path.join(samples, 'clean/ledger.csv')]);
  await pickFiles(page, [{ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) }]);
  await expect(page.locator('tr[data-file="photo.csv"] [role="alert"]')).toContainText('无法读取「photo.csv」');
  await expect(page.locator('tr[data-file="ledger.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
  const withoutHours = readFileSync(path.join(samples, 'clean/ledger.csv'), 'utf8')
    .split('\r\n')
    .map((line) => line.split(',').slice(0, 10).join(','))
    .join('\r\n');
  await pickFiles(page, [{ name: 'short.csv', mimeType: 'text/csv', buffer: Buffer.from(withoutHours) }]);
  await expect(page.locator('tr[data-file="short.csv"] [data-cell="kind"]')).toHaveText(/^无法识别:像课后服务工作台账,但缺少「工号」「姓名」「人员类别」「职责」「课时数」列/);
  await expect(page.locator('.ledger-file-table tbody tr')).toHaveCount(3);
  await page.getByRole('button', { name: '移除 short.csv' }).click();
  await runCheck(page);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).toHaveText('错误 0');
});

test('the encoding override re-reads a file: a GBK 台账 read as UTF-8 is not recognised until set back', async ({ page }) => {
  await openChecker(page);
  const gbk = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ledger-app/ledger-gbk.csv'));
  await pickFiles(page, [{ name: 'gbk.csv', mimeType: 'text/csv', buffer: gbk }]);
  const row = page.locator('tr[data-file="gbk.csv"]');
  await expect(row.locator('[data-cell="kind"]')).toHaveText('课后服务工作台账');
  await expect(row.getByRole('combobox')).toHaveValue('');
  await expect(row.getByRole('combobox').locator('option').first()).toHaveText('自动(GB18030 / GBK)');
  await row.getByRole('combobox').selectOption('utf-8');
  await expect(row.locator('[role="alert"]')).toContainText('无法读取「gbk.csv」');
  await row.getByRole('combobox').selectOption('gb18030');
  await expect(row.locator('[data-cell="kind"]')).toHaveText('课后服务工作台账');
});

test('settings persist across a reload', async ({ page }) => {
  await openChecker(page);
  await page.locator('.ledger-settings > details > summary').click();
  await page.getByLabel('家长下班时间').fill('18:00');
  await page.reload();
  await islandReady(page, '.ledger-checker');
  await page.locator('.ledger-settings > details > summary').click();
  await expect(page.getByLabel('家长下班时间')).toHaveValue('18:00');
});

test('the tool with files, open settings and findings has no serious or critical axe violation', async ({ page }) => {
  test.slow(); // every finding's rows and rule text are in the DOM: axe takes long on two cores
  await openChecker(page);
  await pickFiles(page, csvFiles('planted-errors'));
  await page.locator('.ledger-settings > details > summary').click();
  await runCheck(page);
  const axe = await new AxeBuilder({ page }).include('.ledger-checker').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
});

test('every template and sample link on the page downloads a CSV with a BOM and the template header', async ({ page }) => {
  await openChecker(page);
  const hrefs = await page.locator('a[href^="/templates/"], a[href^="/samples/"][href$=".csv"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs).toHaveLength(21);
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
    const body = (await response.body()).toString('utf8');
    expect(body.startsWith('\uFEFF'), href).toBe(true);
    const template = templateFiles().get(`templates/${path.basename(href)}`)!;
    expect(body.startsWith(template), href).toBe(true);
  }
});

test('the rules page lists every rule with an anchor, its clause and its SQL', async ({ page }) => {
  await page.goto('/tools/ledger/rules/');
  const sections = page.locator('.ledger-rule-doc');
  expect(await sections.count()).toBeGreaterThan(20);
  await expect(page.locator('h2#ledger\\.person-overlap')).toBeVisible();
  const first = sections.first();
  await expect(first.locator('a[href^="/clauses/"]').first()).toBeVisible();
  await expect(first.locator('pre')).toContainText('SELECT');
  // Every id a finding can carry — SQL rules and the file, cell and settings checks — has its anchor here.
  for (const id of ALL_RULE_IDS) await expect(page.locator(`[id="${id}"]`), id).toHaveCount(1);
  // Each rule names its basis, and what the notice does not say is not put on it.
  await expect(page.locator('section.ledger-rule-doc:has(h2#ledger\\.non-school-day) dd[data-basis="national"]')).toContainText('教基厅函〔2023〕26号');
  await expect(page.locator('section.ledger-rule-doc:has(h2#ledger\\.outside-after-school-time) dd[data-basis="school"]')).toContainText('学校设置');
  await expect(page.locator('section.ledger-rule-doc:has(h2#ledger\\.duplicate-row)')).toContainText('另见');
  await expect(page.locator('#not-checkable + p + ul')).toContainText('每位学生每周至少参加一项素质教育活动');
});

test('the checks page and the calendar say what each statement rests on', async ({ page }) => {
  await page.goto('/checks/');
  await expect(page.locator('dt[id="ledger.non-school-day"] + dd .check-basis')).toContainText('国家规定 教基厅函〔2023〕26号');
  await expect(page.locator('dt[id="pay-report.total-over-fund"] + dd .check-basis')).toContainText('学校设置');
  await page.goto('/calendar/');
  await expect(page.getByTestId('calendar-basis')).toContainText('依据:本站默认');
  await expect(page.getByTestId('calendar-semesters')).toContainText(schoolYearName(currentSchoolYear(new Date().toISOString().slice(0, 10))));
});

test('a 20,000-row school is checked by the page worker and its helper worker together, with 0 错误', async ({ page }) => {
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
  const { files } = generateSchool({ seed: 3, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 20_000 });
  const buffers = Object.values(files).map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(toCsv(f.header, f.rows, { bom: true })) }));
  expect(files.ledger.rows.length).toBeGreaterThan(19_000);
  await openChecker(page);
  await pickFiles(page, buffers);
  await expect(page.locator('.ledger-checker[data-engine="ready"]')).toHaveCount(1);
  expect(await runCheck(page)).toEqual([]);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).toHaveText('错误 0');
  // The rules were shared: the helper worker ran some of them on its copy of the database.
  const byHelper = Number(await page.locator('.ledger-checker').getAttribute('data-rules-by-helper'));
  expect(byHelper).toBeGreaterThan(0);
});

test('settings download as a file that loads back, here and in kehou check; a bad settings file changes nothing', async ({ page }) => {
  await openChecker(page);
  await page.locator('.ledger-settings > details > summary').click();
  await page.getByLabel('家长下班时间').fill('18:10');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载设置文件' }).click()]);
  expect(download.suggestedFilename()).toBe('台账自查设置.json');
  const saved = JSON.parse(await text(download)) as Record<string, unknown>;
  expect(saved.parentsOffWork).toBe('18:10');
  // The command line takes the same file: with 家长下班 18:10 the clean sample's days end too early (a 警告 per day).
  const cli = spawnSync(process.execPath, ['bin/kehou.mjs', 'check', '--json', '--settings', (await download.path())!, path.join(samples, 'clean/ledger.csv')], { encoding: 'utf8' });
  expect(cli.stderr).toBe('');
  const rules = (JSON.parse(cli.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule);
  expect(rules).toContain('ledger.ends-before-parents');

  const input = page.locator('.ledger-settings-file input[type="file"]');
  await input.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, parentsOffWork: '17:45', lessonMinutes: 35 })) });
  await expect(page.getByLabel('家长下班时间')).toHaveValue('17:45');
  await expect(page.getByLabel('一课时分钟数')).toHaveValue('35');

  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...saved, lessonMinutes: 500 })) });
  await expect(page.locator('.ledger-settings [role="alert"]')).toContainText('文件「broken.json」中「一课时分钟数」(lessonMinutes)');
  await expect(page.getByLabel('一课时分钟数')).toHaveValue('35');
  await expect(page.getByLabel('家长下班时间')).toHaveValue('17:45');
});

test('载入设置文件 refuses {} and another tool\'s file; an import and a reset can each be undone', async ({ page }) => {
  await openChecker(page);
  await page.locator('.ledger-settings > details > summary').click();
  await page.getByLabel('家长下班时间').fill('18:20');
  const input = page.locator('.ledger-settings-file input[type="file"]');
  await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('{}') });
  await expect(page.locator('.ledger-settings [role="alert"]')).toContainText('没有注明文件格式');
  await input.setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'kehou-plan', version: 2 })) });
  await expect(page.locator('.ledger-settings [role="alert"]')).toContainText('是一校一方案文件,不是台账自查设置文件');
  await expect(page.getByLabel('家长下班时间')).toHaveValue('18:20');

  await page.getByRole('button', { name: '恢复默认设置' }).click();
  await expect(page.getByLabel('家长下班时间')).toHaveValue('17:30');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByLabel('家长下班时间')).toHaveValue('18:20');

  const file = { format: 'kehou-ledger-settings', version: 1, parentsOffWork: '17:50' };
  await input.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByLabel('家长下班时间')).toHaveValue('17:50');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.getByLabel('家长下班时间')).toHaveValue('18:20');
});

test('stored settings that no longer read are kept aside and the user is told; a failed save is said', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('kehou.ledger.settings.v1', '{"lessonMinutes": 5}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await openChecker(page);
  const notice = page.locator('.ledger-checker > [role="alert"]').first();
  await expect(notice).toContainText('保存在本浏览器中的学校设置无法读取');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载无法读取的设置' }).click()]);
  expect(await text(download)).toBe('{"lessonMinutes": 5}');

  // Storage full: every save fails from now on, and the page says so instead of pretending.
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await page.locator('.ledger-settings > details > summary').click();
  await page.getByLabel('家长下班时间').fill('18:05');
  await expect(page.getByText('学校设置没能保存在本浏览器中')).toBeVisible();
});

test('a running check can be cancelled: the files and settings stay, and the next check runs', async ({ page }) => {
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
  const { files } = generateSchool({ seed: 5, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 60_000 });
  await openChecker(page);
  await pickFiles(page, [{ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(files.ledger.header, files.ledger.rows, { bom: true })) }]);
  await page.getByRole('button', { name: '开始检查' }).click();
  await page.getByRole('button', { name: '取消检查' }).click();
  await expect(page.getByRole('alert')).toContainText('检查已取消');
  await expect(page.getByRole('button', { name: '取消检查' })).toHaveCount(0);
  await expect(page.locator('tr[data-file="ledger.csv"]')).toHaveCount(1);
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 60_000 });
});

test('within one long rule the bar moves by the time spent, and says it is an estimate', async ({ page }) => {
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
  const { files } = generateSchool({ seed: 5, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 60_000 });
  // The page's clock stands still unless the test moves it (the worker keeps real time): the engine's reports
  // all come at one instant, so only the test's own steps of the clock can move the bar between two of them.
  await page.clock.install({ time: new Date('2026-01-05T08:00:00') });
  await openChecker(page);
  await pickFiles(page, [{ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from(toCsv(files.ledger.header, files.ledger.rows, { bom: true })) }]);
  await page.clock.pauseAt(new Date('2026-01-05T09:00:00'));
  await page.getByRole('button', { name: '开始检查' }).click();
  const bar = page.getByTestId('check-progress');
  // Every state the bar shows is recorded in the page as it is drawn (no race between two reads from the test).
  await page.evaluate(() => {
    const seen: { done: string | null; rule: string | null; fraction: number }[] = [];
    (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="check-progress"]');
      if (el?.getAttribute('data-stage') === 'rules' && el.hasAttribute('data-fraction'))
        seen.push({ done: el.getAttribute('data-done'), rule: el.getAttribute('data-rule'), fraction: Number(el.getAttribute('data-fraction')) });
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  await expect(bar).toHaveAttribute('data-stage', 'rules', { timeout: 30_000 });
  await expect(page.getByTestId('check-estimate')).toHaveText(/^约 \d+%/);
  await expect(bar).toContainText(/正在检查:\S+/);
  // Step the page's clock past its 250 ms tick until the check ends: while one rule runs (no report in between), each
  // step must move the bar forward.
  const findings = page.getByTestId('findings');
  for (const start = Date.now(); !(await findings.isVisible()); await page.clock.runFor(300))
    expect(Date.now() - start, 'the check did not end within 60 s').toBeLessThan(60_000);
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: { done: string | null; rule: string | null; fraction: number }[] }).progressSeen);
  const movedWithinARule = seen.some((s, i) => i > 0 && s.rule && s.rule === seen[i - 1]!.rule && s.done === seen[i - 1]!.done && s.fraction > seen[i - 1]!.fraction);
  expect(movedWithinARule, JSON.stringify(seen.slice(0, 40))).toBe(true);
  // And never backwards.
  expect(seen.every((s, i) => i === 0 || s.fraction >= seen[i - 1]!.fraction)).toBe(true);
});

test('a closed day (停开日) carries its reason: the finding names it, the settings file keeps it, the CLI reads it', async ({ page }) => {
  const firstDay = readFileSync(path.join(samples, 'clean/ledger.csv'), 'utf8').split('\r\n')[1]!.slice(0, 10);
  await openChecker(page);
  await page.locator('.ledger-settings > details > summary').click();
  const field = page.getByLabel('本校另外的非上课日', { exact: false });
  await field.fill(`${firstDay} 秋季运动会`);
  await field.blur();
  await pickFiles(page, csvFiles('clean'));
  await runCheck(page);
  await expect(page.getByTestId('findings')).toContainText(`${firstDay} 是学校设置中登记的停开日(秋季运动会)`);
  await expect(page.getByTestId('findings')).toContainText('请在设置中删去这一停开日');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载设置文件' }).click()]);
  expect(JSON.parse(await text(download)).nonSchoolDays).toEqual([{ date: firstDay, reason: '秋季运动会' }]);
  const cli = spawnSync(process.execPath, ['bin/kehou.mjs', 'check', '--json', '--settings', (await download.path())!, path.join(samples, 'clean/ledger.csv')], { encoding: 'utf8' });
  const messages = (JSON.parse(cli.stdout) as { findings: { rule: string; message: string }[] }).findings.filter((f) => f.rule === 'ledger.non-school-day').map((f) => f.message);
  expect(messages.join('\n')).toContain('(秋季运动会)');

  await page.reload();
  await islandReady(page, '.ledger-checker');
  await page.locator('.ledger-settings > details > summary').click();
  await expect(page.getByLabel('本校另外的非上课日', { exact: false })).toHaveValue(`${firstDay} 秋季运动会`);
});

test('a workbook over its limit is refused at once with both limits said, and the check runs on the other files', async ({ page }) => {
  await openChecker(page);
  await pickFiles(page, [path.join(samples, 'clean/ledger.csv')]);
  // 41 MB that begins as a zip: over the workbook limit (40 MB), well under the CSV limit (100 MB).
  const big = Buffer.alloc(41 * 1024 * 1024);
  big.set([0x50, 0x4b, 0x03, 0x04]);
  await pickFiles(page, [{ name: '全年台账.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: big }]);
  await expect(page.locator('tr[data-file="全年台账.xlsx"] [role="alert"]')).toContainText('超过工作簿 40 MB 的上限');
  await expect(page.locator('tr[data-file="全年台账.xlsx"] [role="alert"]')).toContainText('CSV 文件的上限是 100 MB');
  await expect(page.locator('tr[data-file="ledger.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
  await runCheck(page);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).toHaveText('错误 0');
});
