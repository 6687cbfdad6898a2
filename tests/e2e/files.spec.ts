/**
 * Real files on the ledger page (issue 9): an Excel workbook with a sheet per table, a CSV with a title row,
 * a header-only file, and the column-mapping step done by keyboard.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, islandReady } from './support.ts';
import { INSTRUCTIONS, schoolWorkbook } from '../fixtures/ledger/workbooks.ts';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ledger');

function fixtureSet(defect?: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(fixtures, 'clean'))) files.set(name, readFileSync(path.join(fixtures, 'clean', name), 'utf8'));
  if (defect) for (const name of readdirSync(path.join(fixtures, 'defects', defect))) files.set(name, readFileSync(path.join(fixtures, 'defects', defect, name), 'utf8'));
  return files;
}

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

async function openChecker(page: Page) {
  await page.goto('/tools/ledger/');
  await islandReady(page, '.ledger-checker');
}

async function pick(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.locator('.ledger-files input[type="file"]').setInputFiles(files);
  for (const f of files) await expect(page.locator(`tr[data-file="${f.name}"]`).first()).toBeVisible();
  await expect(page.locator('[data-cell="kind"]', { hasText: '读取中' })).toHaveCount(0);
}

async function runCheck(page: Page) {
  await page.getByRole('button', { name: '开始检查' }).click();
  await expect(page.getByTestId('findings')).toBeVisible({ timeout: 30_000 });
}

test('the page says which files it accepts', async ({ page }) => {
  await openChecker(page);
  await expect(page.getByTestId('accepted-files')).toContainText('Excel 工作簿(.xlsx');
  await expect(page.getByTestId('accepted-files')).toContainText('CSV');
});

test('an .xlsx workbook: every sheet listed with its kind; a double booking named by file, sheet and the row Excel shows', async ({ page }) => {
  const planted = fixtureSet('person-double-booked');
  const ledgerLines = planted.get('ledger.csv')!.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  await openChecker(page);
  await pick(page, [{ name: '课后服务.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(schoolWorkbook(planted)) }]);
  const ledger = page.locator('tr[data-file="课后服务.xlsx"][data-sheet="台账"]');
  await expect(ledger.locator('[data-cell="kind"]')).toHaveText('课后服务工作台账');
  await expect(ledger.locator('[data-cell="rows"]')).toHaveText(String(ledgerLines.length - 1));
  await expect(ledger.locator('[data-cell="notes"]')).toContainText(`表头在第 ${INSTRUCTIONS.length + 1} 行`);
  await expect(ledger.locator('[data-cell="notes"]')).toContainText('工号 ← 教师工号');
  await expect(page.locator('tr[data-file="课后服务.xlsx"][data-sheet="月度汇总"] [data-cell="notes"]')).toContainText('合计行 1 行未计入');
  await expect(page.locator('tr[data-file="课后服务.xlsx"]')).toHaveCount(7);

  await runCheck(page);
  await expect(page.getByTestId('read-report')).toContainText('课后服务.xlsx 工作表「台账」:读作课后服务工作台账');
  const group = page.locator('.ledger-rule[data-rule="ledger.person-overlap"]');
  await expect(group.locator('h4').first()).toHaveText(/^课后服务\.xlsx 工作表「台账」/);
  // The same person's two sessions: the rows as a spreadsheet shows them in the CSV, five rows lower in the workbook.
  const first = await group.locator('.ledger-where').first().textContent();
  const row = Number(/第 (\d+) 行/.exec(first ?? '')![1]);
  expect(row).toBeGreaterThan(INSTRUCTIONS.length + 1);
  const staffLine = ledgerLines[row - INSTRUCTIONS.length - 1]!;
  await expect(group.locator('.ledger-row').first()).toContainText(staffLine.split(',')[10]!);
});

test('a legacy .xls workbook (Excel 97–2003) is read like an .xlsx: each sheet with its kind, rows and header row', async ({ page }) => {
  const ledgerRows = fixtureSet().get('ledger.csv')!.replace(/^\uFEFF/, '').trim().split(/\r?\n/).length - 1;
  await openChecker(page);
  await pick(page, [{ name: '台账.xls', mimeType: 'application/vnd.ms-excel', buffer: readFileSync(path.join(fixtures, 'legacy', '台账.xls')) }]);
  const ledger = page.locator('tr[data-file="台账.xls"][data-sheet="台账"]');
  await expect(ledger.locator('[data-cell="kind"]')).toHaveText('课后服务工作台账');
  await expect(ledger.locator('[data-cell="rows"]')).toHaveText(String(ledgerRows));
  await expect(ledger.locator('[data-cell="notes"]')).toContainText(`表头在第 ${INSTRUCTIONS.length + 1} 行`);
  await expect(page.locator('tr[data-file="台账.xls"][data-sheet="班级名册"] [data-cell="kind"]')).toHaveText('班级名册');
});

test('a CSV with a title row: the bad cell is reported at the row Excel shows', async ({ page }) => {
  const [header, ...rows] = fixtureSet().get('ledger.csv')!.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  rows[4] = rows[4]!.replace(',主讲,', ',主持,');
  const text = ['某某小学课后服务工作台账(2024年11月)', '', header, ...rows].join('\r\n');
  await openChecker(page);
  await pick(page, [csv('台账.csv', text)]);
  await expect(page.locator('tr[data-file="台账.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
  await expect(page.locator('tr[data-file="台账.csv"] [data-cell="notes"]')).toContainText('表头在第 3 行');
  await runCheck(page);
  await expect(page.locator('.ledger-finding[data-rule="cell.invalid"] .ledger-where')).toHaveText('第 8 行「职责」列:');
});

test('a header-only file is an 错误, never 没有发现问题', async ({ page }) => {
  const header = fixtureSet().get('ledger.csv')!.split(/\r?\n/)[0]!;
  await openChecker(page);
  await pick(page, [csv('空台账.csv', header)]);
  await expect(page.locator('tr[data-file="空台账.csv"] [data-cell="notes"] [role="alert"]')).toContainText('没有数据行');
  await runCheck(page);
  await expect(page.locator('.ledger-badge[data-severity="error"]')).toHaveText('错误 1');
  await expect(page.getByText('没有发现问题。')).toHaveCount(0);
  await expect(page.getByTestId('rules-run')).toContainText('未载入月度汇总');
});

test('the column-mapping step, by keyboard: a column the site cannot name is chosen, and the file is read as a 台账', async ({ page }) => {
  const text = fixtureSet().get('ledger.csv')!.replace('课时数', '计量');
  await openChecker(page);
  await pick(page, [csv('台账.csv', text)]);
  const kind = page.locator('tr[data-file="台账.csv"] [data-cell="kind"]');
  await expect(kind).toContainText('缺少「课时数」列');
  const select = page.getByLabel('模板的“课时数”是文件中的');
  await select.focus();
  // Arrow keys step through the file's headers (the last one is 计量).
  for (let i = 0; i < 20 && (await select.inputValue()) !== '计量'; i++) await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('计量');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '按此对应读取(保存到学校设置)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(kind).toHaveText('课后服务工作台账');
  await expect(page.locator('tr[data-file="台账.csv"] [data-cell="notes"]')).toContainText('课时数 ← 计量');
  // Kept with the school's settings: after a reload another file with the same headers is read the same way.
  await page.reload();
  await islandReady(page, '.ledger-checker');
  await pick(page, [csv('12月台账.csv', text)]);
  await expect(page.locator('tr[data-file="12月台账.csv"] [data-cell="kind"]')).toHaveText('课后服务工作台账');
});

test('经费分配测算 reads a semester: an .xlsx month and a CSV month together, each listed with its month and rows', async ({ page }) => {
  const november = fixtureSet().get('ledger.csv')!;
  const [header, ...rows] = november.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const december = [header, ...rows.map((r) => r.replace(/^2024-11-/, '2024-12-'))].join('\r\n');
  const workbook = schoolWorkbook(new Map([['ledger.csv', november]]));
  await page.goto('/tools/allocation/');
  await islandReady(page, '.alloc-tool');
  await page.getByTestId('ledger-input').setInputFiles([
    { name: '11月.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(workbook) },
    csv('12月.csv', december),
  ]);
  const messages = page.getByTestId('ledger-messages');
  await expect(messages).toContainText(`已载入「11月.xlsx」「12月.csv」:${2 * rows.length} 行`);
  await expect(messages).toContainText(`「11月.xlsx」工作表「台账」:2024-11,${rows.length} 行`);
  await expect(messages).toContainText(`「12月.csv」:2024-12,${rows.length} 行`);
});
