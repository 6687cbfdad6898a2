import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { test, expect, islandReady } from './support.ts';
import type { Download, Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/allocation';
const fixture = (name: string) => `${FIXTURES}/${name}`;

async function open(page: Page) {
  await page.goto('/tools/allocation/');
  await islandReady(page, '.alloc-tool');
}

async function loadLedger(page: Page) {
  await page.getByTestId('ledger-input').setInputFiles(fixture('ledger-clean.csv'));
  await expect(page.getByTestId('ledger-messages')).toContainText('已载入「ledger-clean.csv」:381 行,12 人,总课时 499.5。');
}

const yuanToFen = (text: string) => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

async function amounts(page: Page): Promise<number[]> {
  return (await page.getByTestId('amount').allTextContents()).map((t) => yuanToFen(t.split('(')[0]!));
}

async function downloaded(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

test('load a 台账: the fund defaults to 85 元 per 课时 and the amounts sum to it exactly', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  await expect(page.getByLabel('本学期课后服务专项经费(元)')).toHaveValue('42457.50');
  await expect(page.getByTestId('total')).toHaveText('42457.50');
  const a = await amounts(page);
  expect(a).toHaveLength(12);
  expect(a.reduce((x, y) => x + y, 0)).toBe(4_245_750);
  await expect(page.getByTestId('gain-chart').locator('rect')).toHaveCount(12);
  await expect(page.getByTestId('gain-summary')).toContainText('与按人平均相比');
  const axe = await new AxeBuilder({ page }).include('.alloc-tool').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
});

test('editing a coefficient changes the amounts at once; a bad value gets a message at the field and survives a reload', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  await page.getByLabel('本学期课后服务专项经费(元)').fill('60000');
  const before = await amounts(page);
  // 00001 only serves as 主讲 in 作业辅导; raising 助教 shifts money to those who assist.
  await page.getByLabel('助教', { exact: true }).fill('1');
  await expect.poll(async () => (await amounts(page))[0]).not.toBe(before[0]);
  const after = await amounts(page);
  expect(after.reduce((x, y) => x + y, 0)).toBe(6_000_000);

  const field = page.getByLabel('第二时段', { exact: true });
  await field.fill('两倍');
  await expect(page.locator('#coef-period-第二时段-error')).toHaveText('时段系数(第二时段)「两倍」无效:不是数字。');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('有 1 处输入需要修正')).toBeVisible();
  await page.getByLabel('本学期课后服务专项经费(元)').fill('-1');
  await expect(page.locator('#fund-error')).toContainText('金额不能为负数');

  await page.reload();
  await islandReady(page, '.alloc-tool');
  await expect(page.getByLabel('第二时段', { exact: true })).toHaveValue('两倍');
  await expect(page.getByLabel('本学期课后服务专项经费(元)')).toHaveValue('-1');
  await expect(page.getByLabel('助教', { exact: true })).toHaveValue('1');
  await page.getByLabel('第二时段', { exact: true }).fill('1.25');
  await page.getByLabel('本学期课后服务专项经费(元)').fill('60000');
  await expect(page.getByTestId('total')).toHaveText('60000.00');
  await expect.poll(() => amounts(page)).toEqual(after);
});

test('scores: a person not in the 台账 is refused at the scores; fixing it applies 优绩优酬', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  const unscored = await amounts(page);
  await page.getByTestId('scores-input').setInputFiles(fixture('scores-unknown-person.csv'));
  await expect(page.getByTestId('scores-issues')).toContainText('评分第 13 条:工号 W9999(外来人)不在台账中');
  await page.getByRole('button', { name: '删除不在台账中的 1 条评分' }).click();
  await expect(page.getByTestId('scores-issues')).toHaveCount(0);
  await expect.poll(() => amounts(page)).not.toEqual(unscored);
  await page.getByLabel('侯志强 效果评分').fill('120');
  await expect(page.locator('#score-0-effect-error')).toHaveText('效果评分「120」:分数不能大于 100。');
});

test('exports 学期公示 and 报酬统计 in the standard template, agreeing with each other and the table', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  const [d1] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出学期公示 CSV' }).click()]);
  const [d2] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出报酬统计 CSV' }).click()]);
  expect(d1.suggestedFilename()).toBe('学期公示-2024-2025学年第一学期.csv');
  const disclosure = (await downloaded(d1)).split('\r\n');
  const report = (await downloaded(d2)).split('\r\n');
  expect(disclosure[0]).toBe('\uFEFF学期,工号,姓名,总课时数,拟发放报酬');
  expect(report[0]).toBe('\uFEFF学期,工号,姓名,总课时数,报酬金额');
  expect(report.slice(1)).toEqual(disclosure.slice(1));
  const rows = disclosure.slice(1).filter(Boolean).map((l) => l.split(','));
  expect(rows.map((r) => yuanToFen(r[4]!))).toEqual(await amounts(page));
  expect(rows.find((r) => r[1] === '00003')![3]).toBe('50.25');
});

test('save a scenario, refuse a damaged one without losing the current, and load the saved one back', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  const before = await amounts(page);
  await page.getByLabel('第三时段', { exact: true }).fill('1.5');
  await expect.poll(() => amounts(page)).not.toEqual(before);
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存方案(JSON)' }).click()]);
  const savedPath = await saved.path();
  const expected = await amounts(page);

  await page.getByLabel('第三时段', { exact: true }).fill('3');
  await page.getByTestId('scenario-input').setInputFiles(fixture('scenario-truncated.json'));
  await expect(page.getByTestId('scenario-messages')).toContainText('不是有效的 JSON,没有载入');
  await expect(page.getByTestId('scenario-messages')).toContainText('当前方案保持不变');
  await expect(page.getByLabel('第三时段', { exact: true })).toHaveValue('3');

  await page.getByTestId('scenario-input').setInputFiles(fixture('scenario-coefficient-out-of-range.json'));
  await expect(page.getByTestId('scenario-messages')).toContainText('「系数 › 时段系数 › 第二时段」(coefficients.period.第二时段)系数不能小于 0');
  await expect(page.getByLabel('第三时段', { exact: true })).toHaveValue('3');

  await page.getByTestId('scenario-input').setInputFiles({ name: '方案.json', mimeType: 'application/json', buffer: readFileSync(savedPath) });
  await expect(page.getByTestId('scenario-messages')).toContainText('已载入方案「方案.json」');
  await expect(page.getByLabel('第三时段', { exact: true })).toHaveValue('1.5');
  await expect.poll(() => amounts(page)).toEqual(expected);
});

test('loading a scenario file, 恢复默认系数 and a preset can each be undone, back to exactly what was there', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  const third = page.getByLabel('第三时段', { exact: true });
  await third.fill('1.5');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存方案(JSON)' }).click()]);
  const savedPath = await saved.path();

  // What the user has now: typed values, one of them not yet valid, and a renamed scheme A.
  await third.fill('3');
  await page.getByLabel('第一时段', { exact: true }).fill('abc');
  const nameA = page.getByTestId('scheme-a').getByLabel('方案名称');
  await nameA.fill('本校办法');

  await page.getByTestId('scenario-input').setInputFiles({ name: '方案.json', mimeType: 'application/json', buffer: readFileSync(savedPath) });
  await expect(page.getByTestId('scenario-messages')).toContainText('已载入方案「方案.json」');
  await expect(third).toHaveValue('1.5');
  await page.getByTestId('scenario-messages').getByRole('button', { name: '撤销' }).click();
  await expect(third).toHaveValue('3');
  await expect(page.getByLabel('第一时段', { exact: true })).toHaveValue('abc');
  await expect(nameA).toHaveValue('本校办法');
  await expect(page.getByTestId('scenario-messages')).toHaveCount(0);

  await page.getByRole('button', { name: '恢复默认系数' }).click();
  await expect(page.getByTestId('coefficients-undo')).toContainText('已恢复默认系数。');
  await expect(third).not.toHaveValue('3');
  await expect(page.getByLabel('第一时段', { exact: true })).not.toHaveValue('abc');
  await page.getByTestId('coefficients-undo').getByRole('button', { name: '撤销' }).click();
  await expect(third).toHaveValue('3');
  await expect(page.getByLabel('第一时段', { exact: true })).toHaveValue('abc');
  await expect(page.getByTestId('coefficients-undo')).toHaveCount(0);

  await page.getByTestId('scheme-a').getByRole('button', { name: '按课时单价' }).click();
  await expect(page.getByTestId('schemeA-undo')).toContainText('方案 A 已换成示例「按课时单价」。');
  await expect(nameA).toHaveValue('按课时单价');
  await page.getByTestId('schemeA-undo').getByRole('button', { name: '撤销' }).click();
  await expect(nameA).toHaveValue('本校办法');
  await expect(third).toHaveValue('3');
});

test('type sessions in by hand, see every factor of a person, and print the 公示 with its signature lines', async ({ page }) => {
  await open(page);
  await page.getByText('手动录入一次服务').click();
  const add = async (id: string, name: string, role: string, hours: string) => {
    await page.getByLabel('工号', { exact: true }).fill(id);
    await page.getByLabel('姓名', { exact: true }).fill(name);
    await page.getByLabel('职责', { exact: true }).selectOption(role);
    await page.getByLabel('参与学生人数').fill('40');
    await page.getByLabel('课时数').fill(hours);
    await page.getByRole('button', { name: '添加这次服务' }).click();
  };
  await page.getByLabel('课时数').fill('一');
  await page.getByRole('button', { name: '添加这次服务' }).click();
  await expect(page.locator('#session-hours-error')).toHaveText('课时数:课时数须为数字。');
  await expect(page.getByLabel('课时数')).toHaveValue('一');
  await add('T01', '甲', '主讲', '3');
  await add('T02', '乙', '助教', '3');
  await page.getByLabel('本学期课后服务专项经费(元)').fill('100');
  // 3 × 1.2 (40 人) : 3 × 0.5 × 1.2 = 2 : 1
  await expect.poll(() => amounts(page)).toEqual([66_67, 33_33]);
  // Equal 课时 and equal coefficients: the result is 简单划一, and the page says so, citing 1.1.5.
  await page.getByLabel('助教', { exact: true }).fill('1');
  await expect(page.getByTestId('warnings')).toContainText('本方案的结果与「按人平均」完全相同,相当于简单划一');
  await expect(page.getByTestId('warnings').getByRole('link', { name: '浦教义〔2024〕10号 一(一)5' })).toHaveAttribute('href', '/clauses/1-1-5/');
  await page.getByLabel('助教', { exact: true }).fill('0.5');
  await expect(page.getByTestId('warnings')).toHaveCount(0);
  await page.getByRole('row', { name: /T01/ }).getByRole('button', { name: '展开' }).click();
  await expect(page.locator('.alloc-person-detail')).toContainText('工作量部分 = 100.00 × 80% × 3.6 ÷ 5.4 ≈ 53.33 元');

  await page.emulateMedia({ media: 'print' });
  const print = page.getByTestId('print-view');
  await expect(print).toBeVisible();
  await expect(print).toContainText('校长签字');
  await expect(print).toContainText('党组织审核(盖章)');
  await expect(page.getByRole('heading', { name: '2. 系数与占比' })).toBeHidden();
  await expect(page.getByTestId('results')).toBeHidden();
  await expect(page.locator('header').first()).toBeHidden();
});

test('a 台账 with a renamed column is refused naming the missing column and how to fix it here; what was loaded stays', async ({ page }) => {
  await open(page);
  await loadLedger(page);
  const renamed = readFileSync(fixture('ledger-clean.csv'), 'utf8').replace('课时数', '计量');
  await page.getByTestId('ledger-input').setInputFiles({ name: '改名.csv', mimeType: 'text/csv', buffer: Buffer.from(renamed) });
  await expect(page.getByTestId('ledger-messages')).toHaveText(
    '「改名.csv」看起来是“课后服务工作台账”,但缺少列:课时数。请按模板补齐这些列,或把文件里对应的列的表头改为模板的列名,再载入。',
  );
  await expect(page.getByTestId('total')).toHaveText('42457.50');
});

test('zero total workload is refused at the 台账 with a Chinese message', async ({ page }) => {
  await open(page);
  await page.getByText('手动录入一次服务').click();
  await page.getByLabel('工号', { exact: true }).fill('Z01');
  await page.getByLabel('参与学生人数').fill('20');
  await page.getByLabel('课时数').fill('0');
  await page.getByRole('button', { name: '添加这次服务' }).click();
  await page.getByLabel('本学期课后服务专项经费(元)').fill('100');
  await expect(page.getByTestId('ledger-issues')).toContainText('所有人的折算课时合计为 0,经费无法按工作量分配');
  await expect(page.getByTestId('results')).toHaveCount(0);
});

test('the sample 台账 loads from the site itself, read in a Web Worker (the page stays responsive)', async ({ page }) => {
  await open(page);
  const worker = page.waitForEvent('worker');
  await page.getByRole('button', { name: '用样例台账试一试' }).click();
  // Started from a blob: URL made by the page, so that it runs under the page's CSP (csp-workers.spec.ts).
  expect((await worker).url()).toMatch(/^blob:/);
  await expect(page.getByTestId('ledger-messages')).toContainText(/已载入「样例台账\.csv」:\d+ 行,\d+ 人/);
  await expect(page.getByTestId('amount').first()).toBeVisible();
});
