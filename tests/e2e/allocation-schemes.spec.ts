import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { test, expect, islandReady } from './support.ts';
import type { Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/allocation';

async function openWithLedger(page: Page) {
  await page.goto('/tools/allocation/');
  await islandReady(page, '.alloc-tool');
  await page.getByTestId('ledger-input').setInputFiles(`${FIXTURES}/ledger-clean.csv`);
  await expect(page.getByTestId('ledger-messages')).toContainText('已载入「ledger-clean.csv」:381 行,12 人');
  await page.getByLabel('本学期课后服务专项经费(元)').fill('50000');
}

const fen = (text: string) => Math.round(Number(text.replace('−', '-').replace(/[^\d.-]/g, '')) * 100);

async function column(page: Page, index: number): Promise<number[]> {
  const rows = page.getByTestId('compare-table').locator('tbody tr');
  return (await rows.locator(`td:nth-child(${index})`).allTextContents()).map(fen);
}

test('build a scheme from steps: 留存, 按次计酬 max(35, 1 × 学生), 余额平分 — the fund is spent exactly, a bad entry gets a message', async ({ page }) => {
  await openWithLedger(page);
  const a = page.getByTestId('scheme-a');
  // Start from nothing: remove the preset's two steps.
  await a.getByRole('button', { name: '删除第 2 步' }).click();
  await a.getByRole('button', { name: '删除第 1 步' }).click();
  await expect(page.locator('.alloc-error', { hasText: '方案 A 有标红的输入需要修正' })).toBeVisible();

  await page.locator('#a-new-kind').selectOption('reserve');
  await a.getByRole('button', { name: '添加步骤' }).click();
  await page.locator('#a-step-0-label').fill('管理及公用支出');
  await page.locator('#a-step-0-percent').fill('10');
  await page.locator('#a-new-kind').selectOption('perSession');
  await a.getByRole('button', { name: '添加步骤' }).click();
  await page.locator('#a-step-1-rate-0-base').fill('0');
  await page.locator('#a-step-1-rate-0-perStudent').fill('一元');
  await expect(page.locator('#a-step-1-rate-0-perStudent-error')).toHaveText('金额「一元」无效:不是数字。请填写以元为单位、最多两位小数的金额。');
  await page.locator('#a-step-1-rate-0-perStudent').fill('1');
  await page.locator('#a-step-1-rate-0-floor').fill('35');
  await page.locator('#a-new-kind').selectOption('remainder');
  await a.getByRole('button', { name: '添加步骤' }).click();
  await page.locator('#a-name').fill('本校按次计酬');

  await expect(page.getByTestId('compare-table')).toContainText('A:本校按次计酬');
  const amounts = await column(page, 4);
  expect(amounts).toHaveLength(12);
  // 10% kept: the people get 45,000 元 exactly.
  expect(amounts.reduce((x, y) => x + y, 0)).toBe(4_500_000);
  await expect(page.getByTestId('checks-A')).toContainText('管理及公用支出 5000.00 元');

  // Overspending names the step and the shortfall.
  await page.locator('#a-step-1-rate-0-floor').fill('3500');
  await expect(page.getByTestId('scheme-errors-a')).toContainText('第 2 步「按次计酬」需要的金额超出剩余经费');
  await page.locator('#a-step-1-rate-0-floor').fill('35');
  await expect(page.getByTestId('compare')).toBeVisible();

  // The scheme survives a reload (autosave) and goes into the saved scenario.
  await page.reload();
  await islandReady(page, '.alloc-tool');
  await expect(page.locator('#a-name')).toHaveValue('本校按次计酬');
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '保存方案(JSON)' }).click()]);
  const json = JSON.parse(readFileSync(await saved.path(), 'utf8')) as { scheme: { name: string; steps: { kind: string }[] }; compareWith: { name: string } };
  expect(json.scheme.name).toBe('本校按次计酬');
  expect(json.scheme.steps.map((s) => s.kind)).toEqual(['reserve', 'perSession', 'remainder']);
  expect(json.compareWith.name).toBe('按次分档计酬(农村小学示例)');
});

test('compare two schemes: per person amounts and the difference, bars labelled with names, the notice’s checks', async ({ page }) => {
  await openWithLedger(page);
  await expect(page.getByTestId('compare-summary')).toContainText('与「七因素(本站默认)」相比,按「按次分档计酬(农村小学示例)」');
  const a = await column(page, 4);
  const b = await column(page, 5);
  const d = await column(page, 6);
  expect(a.reduce((x, y) => x + y, 0)).toBe(5_000_000);
  expect(b.reduce((x, y) => x + y, 0)).toBe(4_500_000);
  expect(d).toEqual(b.map((x, i) => x - a[i]!));

  const chart = page.getByTestId('compare-chart');
  await expect(chart.getByTestId('compare-chart-bar')).toHaveCount(12);
  // Names are written on the chart, not only in a tooltip.
  await expect(chart.locator('text.bar-name').first()).toHaveText(/\S/);
  const names = await chart.locator('text.bar-name').allTextContents();
  expect(names).toContain('侯志强');

  await expect(page.getByTestId('checks-B')).toContainText('一(一)5 的七项因素:效果');
  await expect(page.getByTestId('checks-B')).toContainText('留存占经费10%');
  await expect(page.getByTestId('warnings-B')).toContainText('本方案没有让金额随「时段、时长、内容、职责」变化');

  await page.getByTestId('scheme-b').getByRole('button', { name: '按课时单价' }).click();
  await expect(page.getByTestId('compare-table')).toContainText('B:按课时单价');
});

test('export the semester packet: one .zip whose Word and Excel files open, with the checklist showing what is missing', async ({ page }) => {
  await openWithLedger(page);
  await page.getByTestId('plan-input').setInputFiles(`${FIXTURES}/plan-sample.json`);
  await expect(page.getByTestId('plan-messages')).toContainText('已载入方案「plan-sample.json」:浦东新区示例小学');
  await expect(page.getByTestId('packet-missing')).toContainText('尚未完成:“三重一大”事项记录表、党组织会议日期(公示前审议)、公示开始日期、公示结束日期、校长签字、党组织审核(盖章)');
  await page.getByLabel('党组织会议日期').fill('2025-01-06');
  await page.getByLabel('表决结果').fill('全票通过');
  await page.getByLabel('公示开始日期').fill('2025-01-07');
  await page.getByLabel('公示结束日期').fill('2025-01-13');
  await page.getByLabel('校长已签字').check();
  await expect(page.getByTestId('packet-missing')).toHaveText('尚未完成:党组织审核(盖章)。可以先导出,补齐后再导出一次。');

  await page.getByLabel('上报所用的分配方案').selectOption('b');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出上报材料(.zip)' }).click()]);
  expect(download.suggestedFilename()).toBe('浦东新区示例小学2024-2025学年第一学期课后服务上报材料.zip');
  const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(zip)).toContain('2-“三重一大”事项记录表.docx');
  const record = strFromU8(unzipSync(zip['2-“三重一大”事项记录表.docx']!)['word/document.xml']!);
  expect(record).toContain('分配方案:按次分档计酬(农村小学示例)');
  expect(record).toContain('2025-01-06');
  const cover = strFromU8(unzipSync(zip['0-封面与材料清单.docx']!)['word/document.xml']!);
  expect(cover).toContain('尚未完成:党组织审核(盖章)');
  const timetable = XLSX.read(zip['1-课后服务安排表.xlsx']!, { type: 'array' });
  expect(timetable.SheetNames[0]).toBe('一年级');
  const pay = XLSX.read(zip['5-报酬统计-2024-2025学年第一学期.xlsx']!, { type: 'array' });
  const rows = XLSX.utils.sheet_to_json<string[]>(pay.Sheets[pay.SheetNames[0]!]!, { header: 1, raw: false });
  expect(rows[0]).toEqual(['学期', '工号', '姓名', '总课时数', '报酬金额']);
  expect(rows.slice(1).map((r) => r[4])).toEqual((await column(page, 5)).map((f) => (f / 100).toFixed(2)));

  await page.getByRole('button', { name: '预览上报材料' }).click();
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.body.classList.add('print-packet'));
  await expect(page.getByTestId('packet-print')).toBeVisible();
  await expect(page.getByTestId('packet-meeting')).toContainText('全票通过');
  await expect(page.getByTestId('print-view')).toBeHidden();
});
