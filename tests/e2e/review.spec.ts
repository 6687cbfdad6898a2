import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import type { Download, Page } from '@playwright/test';
import { test, expect, islandReady } from './support.ts';
import { SCHOOL_DAYS, THREE_SCHOOLS, schoolFiles } from '../unit/review/district.ts';
import { defaultSettings } from '../../src/lib/ledger/index.ts';
import { generateSchool } from '../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../src/lib/ledger/summaries/export.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const planText = readFileSync(path.resolve(here, '../fixtures/review/明珠小学-方案.json'), 'utf8').replace('上海市浦东新区明珠小学', '明珠小学');
// A folder per test: with fullyParallel every test is its own group, so a file-wide afterAll ran after each test
// and deleted the folder under the next test the same worker ran (writing the .zip then failed with ENOENT).
let tmp = '';
test.beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kehou-review-e2e-'));
});
test.afterEach(() => rmSync(tmp, { recursive: true, force: true }));

/** 浦东新区/<school>/<files>, with 明珠小学's plan in its folder. */
function districtZip(): string {
  const entries: Record<string, Uint8Array> = {};
  for (const s of THREE_SCHOOLS) for (const f of schoolFiles(s)) entries[`浦东新区/${s.name}/${f.name}`] = strToU8(f.text);
  entries['浦东新区/明珠小学/方案.json'] = strToU8(planText);
  const file = path.join(tmp, '浦东新区.zip');
  writeFileSync(file, zipSync(entries));
  return file;
}

function districtFolder(): string {
  const root = path.join(tmp, '浦东新区');
  for (const s of THREE_SCHOOLS) {
    mkdirSync(path.join(root, s.name), { recursive: true });
    for (const f of schoolFiles(s)) writeFileSync(path.join(root, s.name, f.name), f.text);
  }
  return root;
}

async function open(page: Page) {
  await page.goto('/tools/review/');
  await islandReady(page, '.review-tool');
}

async function text(download: Download): Promise<string> {
  const file = await download.path();
  return readFileSync(file!, 'utf8');
}

const row = (page: Page, school: string) => page.locator(`[data-testid="schools-table"] tr[data-school="${school}"]`);

test('a zip of three schools: the table, a school’s findings, a sample with a typed seed, a plan set 已备案 and downloaded', async ({ page }) => {
  await open(page);
  await page.getByTestId('files-input').setInputFiles(districtZip());
  await expect(page.locator('.review-tool')).toHaveAttribute('data-checked', '3', { timeout: 60_000 });
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(3);
  await expect(row(page, '东方小学').locator('[data-col="error"]')).not.toHaveText('0');
  await expect(row(page, '明珠小学').locator('[data-col="error"]')).toHaveText('0');
  await expect(row(page, '明珠小学').locator('[data-col="plan"]')).toContainText('草稿');
  await expect(page.getByTestId('schools-with-errors')).toContainText('东方小学、浦江中学');
  await expect(page.getByTestId('chart-pay')).toContainText('85.00');

  // Sort by 错误 (most first), filter to schools with errors.
  await page.getByRole('button', { name: /^错误/ }).click();
  await expect(page.locator('[data-testid="schools-table"] tbody tr').last()).toHaveAttribute('data-school', '明珠小学');
  await page.getByLabel('只看有错误的学校').check();
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(2);
  await page.getByLabel('只看有错误的学校').uncheck();

  await row(page, '东方小学').getByRole('button', { name: '东方小学' }).click();
  const detail = page.getByTestId('school-detail');
  await expect(detail.getByTestId('findings')).toBeVisible();
  await expect(detail.locator('.ledger-finding[data-rule="cell.invalid"]')).toHaveCount(1);
  await expect(detail.getByTestId('clause-link').first()).toHaveAttribute('href', /\/clauses\//);
  await expect(detail.getByTestId('what-was-read')).toContainText('课后服务工作台账');
  await expect(detail.getByTestId('what-was-read')).toContainText(/运行了 \d+ 条规则/);

  await page.getByTestId('sample-seed').fill('2025');
  await page.getByTestId('sample-schools').fill('2');
  await page.getByTestId('sample-draw').click();
  const checklist = page.getByTestId('sample-checklist');
  await expect(checklist).toContainText('随机种子 2025');
  await expect(checklist.locator('section[data-school]')).toHaveCount(2);
  const first = (await checklist.textContent())!;
  await page.getByTestId('sample-seed').fill('2026');
  await page.getByTestId('sample-draw').click();
  await page.getByTestId('sample-seed').fill('2025');
  await page.getByTestId('sample-draw').click();
  await expect(checklist).toHaveText(first);

  await row(page, '明珠小学').getByRole('button', { name: '明珠小学' }).click();
  await page.getByTestId('plan-reviewer').fill('张老师');
  await page.getByRole('button', { name: '设为已备案' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('已备案');
  await expect(row(page, '明珠小学').locator('[data-col="plan"]')).toContainText('已备案');
  const wait = page.waitForEvent('download');
  await page.getByTestId('plan-download').click();
  const downloaded = await wait;
  const plan = JSON.parse(await text(downloaded)) as { format: string; review: { status: string; reviewer: string } };
  expect(plan.format).toBe('kehou-plan');
  expect(plan.review).toMatchObject({ status: 'filed', reviewer: '张老师' });

  await page.getByRole('button', { name: '退回' }).click();
  await expect(page.getByRole('alert')).toContainText('退回方案时请写明理由');

  // The school opens the file in the plan builder and sees 已备案.
  const filed = path.join(tmp, 'filed.json');
  await downloaded.saveAs(filed);
  await page.goto('/tools/plan/');
  await islandReady(page, '.plan-builder');
  await page.locator('.plan-toolbar input[type="file"]').setInputFiles(filed);
  await expect(page.getByTestId('plan-review').first()).toContainText('已备案');
});

test('a picked folder gives the same table; the session saves and reopens; a foreign session file is refused without losing the table', async ({ page }) => {
  await open(page);
  await page.getByTestId('folder-input').setInputFiles(districtFolder());
  await expect(page.locator('.review-tool')).toHaveAttribute('data-checked', '3', { timeout: 60_000 });
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(3);
  const wait = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存会话' }).click();
  const session = path.join(tmp, 'session.json');
  writeFileSync(session, await text(await wait));

  await open(page);
  await page.getByTestId('session-input').setInputFiles(session);
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('schools-with-errors')).toContainText('东方小学、浦江中学');

  await page.getByTestId('session-input').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"kehou-plan"}') });
  await expect(page.getByRole('alert')).toContainText('不是学段中心审核的会话文件');
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(3);
});

test('the schools are checked in workers started from blob: URLs, so they run under the page’s Content-Security-Policy', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  await open(page);
  await page.getByTestId('files-input').setInputFiles(districtZip());
  await expect(page.locator('.review-tool')).toHaveAttribute('data-checked', '3', { timeout: 60_000 });
  expect(workers.length).toBeGreaterThanOrEqual(1);
  // A worker started from its script's own URL would have no policy (the site's is a <meta> tag): see csp-workers.spec.ts.
  for (const url of workers) expect(url).toMatch(/^blob:/);
});

test('cancelling a review keeps the schools already checked, says the result is partial and which schools were not checked; the next load runs', async ({ page }) => {
  // Three small schools and one with a whole semester's 台账 (about ten seconds to check), so that the small
  // ones are in the table while the large one is still being checked, whichever worker takes it.
  const root = path.join(tmp, '取消测试');
  for (const s of THREE_SCHOOLS) {
    mkdirSync(path.join(root, s.name), { recursive: true });
    for (const f of schoolFiles(s)) writeFileSync(path.join(root, s.name, f.name), f.text);
  }
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const { files } = generateSchool({ seed: 9, schoolDays: SCHOOL_DAYS, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: 150_000 });
  mkdirSync(path.join(root, '大桥中学'), { recursive: true });
  for (const f of Object.values(files)) writeFileSync(path.join(root, '大桥中学', f.name), toCsv(f.header, f.rows));

  await open(page);
  await page.getByTestId('folder-input').setInputFiles(root);
  const tool = page.locator('.review-tool');
  await expect(tool).toHaveAttribute('data-checked', '3', { timeout: 60_000 });
  await expect(tool).toHaveAttribute('data-running', 'yes');
  await expect(row(page, '大桥中学')).toHaveAttribute('data-unchecked', 'checking');
  await expect(row(page, '大桥中学').locator('[data-col="rows"]')).toHaveText('检查中…');
  await page.getByTestId('cancel').click();

  await expect(tool).toHaveAttribute('data-running', 'no');
  await expect(page.getByRole('alert')).toContainText('已取消:本次载入的 4 所学校中已检查 3 所,结果保留在表中;全区汇总只计已检查的学校,表格和导出中未检查的学校注明“未检查”。未检查的 1 所:大桥中学。');
  await expect(page.getByTestId('progress')).toContainText('已检查 3 / 4 所学校');
  await expect(page.getByTestId('cancel')).toHaveCount(0);
  // The school not checked stays in the table as such, not as a school with 0 错误.
  await expect(page.locator('[data-testid="schools-table"] tbody tr')).toHaveCount(4);
  await expect(row(page, '大桥中学')).toHaveAttribute('data-unchecked', 'cancelled');
  await expect(row(page, '大桥中学').locator('[data-col="rows"]')).toHaveText('未检查(已取消)');
  await expect(row(page, '大桥中学').locator('[data-col="error"]')).toHaveText('—');
  await expect(row(page, '大桥中学')).toContainText('检查未完成:未检查(已取消)');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出各校汇总(CSV)' }).click();
  const csv = await text(await exported);
  expect(csv.split(/\r?\n/).find((l) => l.startsWith('大桥中学'))).toContain(',未检查(已取消)');
  for (const s of THREE_SCHOOLS) await expect(row(page, s.name)).not.toHaveAttribute('data-unchecked', /./);
  await expect(row(page, '东方小学').locator('[data-col="error"]')).not.toHaveText('0');
  await expect(tool).toHaveAttribute('data-checked', '3');

  // Nothing is running any more: files can be loaded again, and their check completes.
  await expect(page.getByTestId('files-input')).toBeEnabled();
  await page.getByTestId('files-input').setInputFiles(districtZip());
  await expect(tool).toHaveAttribute('data-running', 'no', { timeout: 60_000 });
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(row(page, '明珠小学')).not.toHaveAttribute('data-unchecked', /./);
});
