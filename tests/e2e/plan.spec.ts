import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { test, expect, islandReady } from './support.ts';
import { unzipEntry } from '../unit/plan/zip.ts';
import { readPlanJson } from '../../src/lib/plan/migrate.ts';
import { schoolYearStart } from '../../src/lib/plan/presets.ts';

/** A preset fills in the school year of today. */
const YEAR = `${schoolYearStart(new Date())}学年`;

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan');

async function openBuilder(page: Page) {
  await page.goto('/tools/plan/');
  await islandReady(page, '.plan-builder');
}

async function goToStep(page: Page, title: string) {
  await page.getByRole('navigation', { name: '填写步骤' }).getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.locator('#plan-step-title')).toContainText(title);
}

async function fromPreset(page: Page, stage: string, school: string) {
  await openBuilder(page);
  await page.getByRole('button', { name: `${stage}预设` }).click();
  await field(page, '学校名称').fill(school);
}

/** A form control by its exact accessible name. */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true }).or(page.getByRole('combobox', { name, exact: true }));
const preview = (page: Page) => page.getByTestId('plan-preview');
const bytes = async (d: Download) => readFileSync((await d.path())!);

test('fill from a preset, edit a field, reload: every answer is still there', async ({ page }) => {
  await fromPreset(page, '初中', '上海市浦东新区测试中学');
  await expect(preview(page).locator('.plan-doc-title')).toHaveText(`上海市浦东新区测试中学${YEAR}课后服务实施方案`);
  await goToStep(page, '组织机构');
  await field(page, '课后服务工作领导小组第 1 行 姓名').fill('周平');
  await goToStep(page, '场地与教师');
  await field(page, '场地安排').fill('教室和操场分时分区使用。');
  await expect(preview(page)).toContainText('教室和操场分时分区使用。');

  await page.reload();
  await islandReady(page, '.plan-builder');
  await expect(page.locator('#plan-step-title')).toContainText('场地与教师');
  await expect(field(page, '场地安排')).toHaveValue('教室和操场分时分区使用。');
  await goToStep(page, '组织机构');
  await expect(field(page, '课后服务工作领导小组第 1 行 姓名')).toHaveValue('周平');
  await goToStep(page, '学校信息');
  await expect(field(page, '学校名称')).toHaveValue('上海市浦东新区测试中学');
  await expect(field(page, '学段')).toHaveValue('初中');
  await expect(preview(page)).toContainText('六年级开展小初衔接');
});

test('a failing answer is marked with its clause and leads back to the field; it does not block export', async ({ page }) => {
  await fromPreset(page, '小学', '上海市浦东新区明珠小学');
  const findings = page.getByTestId('plan-findings');
  await expect(findings.locator('.plan-badge[data-severity="error"]')).toHaveText('错误 0');
  await expect(findings.locator('.plan-badge[data-severity="info"]')).toContainText('提示');

  await goToStep(page, '时段与意愿征询');
  await field(page, '家长下班时间').fill('18:30');
  const item = findings.locator('li[data-check="plan.ends-after-parents"]');
  await expect(item).toContainText('最后一个时段 18:00 结束,早于填写的家长下班时间 18:30');
  await expect(item.getByRole('link')).toHaveAttribute('href', '/clauses/1-1-1/#p1');
  await expect(preview(page).locator('p[data-path="periods"]')).toHaveAttribute('data-mark', 'fail');
  await expect(page.getByRole('navigation', { name: '填写步骤' }).locator('[data-step="time"]')).toContainText('1 警告');

  await goToStep(page, '经费保障');
  await item.getByRole('button').click();
  await expect(page.locator('#plan-step-title')).toContainText('时段与意愿征询');
  await expect(field(page, '第三时段结束时间')).toBeFocused();

  // Unfinished answers are marked, not blocked.
  await goToStep(page, '校外力量');
  await page.getByLabel(/引入校外力量/).check();
  await page.getByRole('button', { name: '添加校外人员或机构' }).click();
  await field(page, '第 1 位 姓名或机构').fill('孙教练');
  await expect(findings.locator('li[data-check="plan.external-assistant"]')).toContainText('孙教练');
  await expect(findings.locator('li[data-check="plan.external-vetted"]')).toContainText('违法信息查询');
  await expect(preview(page).getByRole('heading', { name: '(二)校外力量' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Markdown' }).click();
  expect((await bytes(await download)).toString('utf8')).toContain('**未配备**');
});

test('downloads the .docx, Markdown and JSON of the plan', async ({ page }) => {
  await fromPreset(page, '九年一贯制', '上海市浦东新区海滨学校');
  const title = `上海市浦东新区海滨学校${YEAR}课后服务实施方案`;
  let wait = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Word(.docx)' }).click();
  const docx = await wait;
  expect(docx.suggestedFilename()).toBe(`${title}.docx`);
  const xml = unzipEntry(await bytes(docx), 'word/document.xml').toString('utf8');
  expect(xml).toContain(`>${title}</w:t>`);
  expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
  expect(xml).toContain('w:eastAsia="黑体"');
  expect(xml).toContain('w:eastAsia="楷体_GB2312"');
  const order = ['一、指导思想与依据', '三、组织机构', '五、服务时间与时段', '十二、经费保障与分配方案', '九年级课后服务安排表'].map((t) => xml.indexOf(`>${t}</w:t>`));
  expect(order.every((i) => i > 0)).toBe(true);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  expect(xml).toContain('一年级开展幼小衔接');

  wait = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Markdown' }).click();
  const md = await wait;
  expect(md.suggestedFilename()).toBe(`${title}.md`);
  const text = (await bytes(md)).toString('utf8');
  expect(text.startsWith(`# ${title}\n`)).toBe(true);
  expect(text).toContain('## 十四、附件:课后服务安排表');
  expect(text).toContain('| 时段 | 周一 | 周二 | 周三 | 周四 | 周五 |');

  wait = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存方案(JSON)' }).click();
  const json = await wait;
  expect(json.suggestedFilename()).toBe(`${title}.json`);
  const saved = readPlanJson('saved.json', (await bytes(json)).toString('utf8'));
  expect(saved.ok).toBe(true);
  if (saved.ok) {
    expect(saved.plan.school).toMatchObject({ name: '上海市浦东新区海滨学校', stage: '九年一贯制' });
    expect(saved.plan.review).toBeUndefined();
    expect(saved.plan.timetable).toHaveLength(9);
  }

  // Export for submission: the file carries 已提交 and today's date.
  await goToStep(page, '状态与导出');
  wait = page.waitForEvent('download');
  await page.getByRole('button', { name: '标记为已提交并保存方案(JSON)' }).click();
  const submitted = readPlanJson('submitted.json', (await bytes(await wait)).toString('utf8'));
  expect(submitted.ok && submitted.plan.review).toEqual({ status: 'submitted', date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  await expect(page.locator('.plan-saved')).toContainText('审核状态:已提交');
  await expect(page.getByTestId('plan-review').first()).toContainText('已提交,等待学段中心审核备案');
});

test('open a saved JSON: a version 1 file is upgraded; a damaged one leaves the draft as it was', async ({ page }) => {
  await fromPreset(page, '小学', '原来的学校');
  const input = page.locator('.plan-toolbar input[type="file"]');

  await input.setInputFiles(path.join(fixtures, 'damaged-truncated.json'));
  await expect(page.getByRole('alert')).toContainText('文件「damaged-truncated.json」不是有效的 JSON');
  await expect(field(page, '学校名称')).toHaveValue('原来的学校');

  await input.setInputFiles(path.join(fixtures, 'foreign-allocation-scenario.json'));
  await expect(page.getByRole('alert')).toContainText('不是一校一方案文件');
  await expect(preview(page).locator('.plan-doc-title')).toHaveText(`原来的学校${YEAR}课后服务实施方案`);

  await input.setInputFiles(path.join(fixtures, 'v1-plan.json'));
  await expect(page.getByRole('status').filter({ hasText: '已打开' })).toContainText('这是第 1 版的一校一方案文件,已按第 3 版读入');
  await expect(field(page, '学校名称')).toHaveValue('上海市浦东新区海滨初级中学');
  await page.getByRole('button', { name: '撤销打开「v1-plan.json」' }).click();
  await expect(field(page, '学校名称')).toHaveValue('原来的学校');
});

test('a plan file returned by the 学段中心 shows 退回 and its reason as soon as it is opened', async ({ page }) => {
  await openBuilder(page);
  await expect(page.getByTestId('plan-review')).toHaveCount(0);
  await page.locator('.plan-toolbar input[type="file"]').setInputFiles(path.join(fixtures, 'returned-plan.json'));
  const banner = page.getByTestId('plan-review').first();
  await expect(banner).toHaveAttribute('data-status', 'returned');
  await expect(banner).toContainText('方案被学段中心退回');
  await expect(banner).toContainText('审核人:浦东新区学段中心 王老师');
  await expect(banner.locator('.plan-review-reason')).toHaveText('退回原因:第三时段结束时间早于大部分家长下班时间,请调整后重新提交。');
  await expect(page.locator('.plan-saved')).toContainText('审核状态:退回');
});

test('markup in an opened plan shows as text in the preview and the form', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openBuilder(page);
  await page.locator('.plan-toolbar input[type="file"]').setInputFiles(path.join(fixtures, 'markup-in-text.json'));
  await expect(preview(page).locator('.plan-doc-title')).toHaveText("<script>alert('x')</script>实验小学2025学年课后服务实施方案");
  await expect(preview(page)).toContainText('<img src=x onerror=alert(1)> **加粗** [链接](http://example.com) | 竖线');
  await expect(preview(page).locator('script, img')).toHaveCount(0);
  await expect(field(page, '学校名称')).toHaveValue("<script>alert('x')</script>实验小学");
  expect(dialogs).toBe(0);
});

test('print shows only the document', async ({ page }) => {
  await fromPreset(page, '小学', '上海市浦东新区明珠小学');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-doc-title')).toBeVisible();
  await expect(page.getByRole('button', { name: '下载 Word(.docx)' })).toBeHidden();
  await expect(page.getByTestId('plan-findings')).toBeHidden();
  await expect(page.locator('#plan-step-title')).toBeHidden();
});

test('the weekly timetable by grade: a day without 素质教育 is caught, and the annex follows the grid', async ({ page }) => {
  await fromPreset(page, '初中', '上海市浦东新区测试中学');
  await goToStep(page, '课后服务安排表');
  await field(page, '六年级周三第二时段 服务类型').selectOption('');
  const findings = page.getByTestId('plan-findings');
  await expect(findings.locator('li[data-check="plan.daily-both-types"]')).toHaveText(/六年级周三没有安排素质教育/);
  const annex = preview(page).locator('table[data-path="timetable.0"]');
  await expect(annex).toHaveAttribute('data-mark', 'fail');
  await expect(annex.locator('tbody tr').nth(1).locator('td').nth(3)).toHaveText('—');

  await field(page, '六年级周三第二时段 服务类型').selectOption('素质教育');
  await field(page, '六年级周三第二时段 活动内容').fill('机器人社团');
  await expect(findings.locator('li[data-check="plan.daily-both-types"]')).toHaveCount(0);
  await expect(annex.locator('tbody tr').nth(1).locator('td').nth(3)).toHaveText('素质教育:机器人社团');
  await expect(annex).not.toHaveAttribute('data-mark', 'fail');
});

test('a preset over typed content asks first: cancel keeps it, replace can be undone', async ({ page }) => {
  await openBuilder(page);
  await goToStep(page, '组织机构');
  await page.getByRole('button', { name: '添加成员' }).first().click();
  await field(page, '课后服务工作领导小组第 1 行 姓名').fill('周平');
  await goToStep(page, '学校信息');

  await page.getByRole('button', { name: '初中预设' }).click();
  const confirm = page.getByTestId('plan-preset-confirm');
  await expect(confirm).toContainText('填入初中预设会替换已经填写的内容');
  await confirm.getByRole('button', { name: '取消,保留已填写的内容' }).click();
  await expect(confirm).toHaveCount(0);
  await goToStep(page, '组织机构');
  await expect(field(page, '课后服务工作领导小组第 1 行 姓名')).toHaveValue('周平');

  await goToStep(page, '学校信息');
  await page.getByRole('button', { name: '初中预设' }).click();
  await page.getByRole('button', { name: '替换为初中预设' }).click();
  await goToStep(page, '组织机构');
  await expect(field(page, '课后服务工作领导小组第 1 行 姓名')).toHaveValue('');
  await page.getByRole('button', { name: '撤销初中预设' }).click();
  await expect(field(page, '课后服务工作领导小组第 1 行 姓名')).toHaveValue('周平');
});

/** How far the page can be scrolled sideways (0 when it fits). */
const pagePan = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('on a phone (390 px) no step pans the page, the steps stay compact and 姓名/职务 take ten characters', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await fromPreset(page, '九年一贯制', '上海市浦东新区海滨学校');
  const steps = page.getByRole('navigation', { name: '填写步骤' });
  expect((await steps.boundingBox())!.height).toBeLessThan(844 * 0.2);
  for (const title of ['学校信息', '组织机构', '时段与意愿征询', '课后服务安排表', '校外力量', '经费保障', '状态与导出']) {
    await goToStep(page, title);
    if (title === '校外力量') {
      await page.getByLabel(/引入校外力量/).check();
      await page.getByRole('button', { name: '添加校外人员或机构' }).click();
    }
    expect(await pagePan(page), title).toBe(0);
  }
  // The current step is scrolled into the one-row step list.
  const list = (await steps.locator('ol').boundingBox())!;
  const current = (await steps.locator('[aria-current="step"]').boundingBox())!;
  expect(current.x).toBeGreaterThanOrEqual(list.x - 1);
  expect(current.x + current.width).toBeLessThanOrEqual(list.x + list.width + 1);
  await goToStep(page, '组织机构');
  for (const name of ['课后服务工作领导小组第 1 行 姓名', '课后服务工作领导小组第 1 行 职务']) {
    const input = field(page, name);
    const { width, font } = await input.evaluate((el) => ({ width: el.getBoundingClientRect().width, font: parseFloat(getComputedStyle(el).fontSize) }));
    expect(width, name).toBeGreaterThanOrEqual(10 * font);
  }
  await page.locator('#plan-step-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/plan-390-organization.png' });
});

test('on a wide screen (1366 px) form and preview stand side by side and 周五 of the timetable is reachable, not under the preview', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await fromPreset(page, '小学', '上海市浦东新区明珠小学');
  const form = page.locator('.plan-form-column');
  const previewColumn = page.locator('.plan-preview-column');
  const [f, p] = [(await form.boundingBox())!, (await previewColumn.boundingBox())!];
  expect(p.x).toBeGreaterThanOrEqual(f.x + f.width);
  expect(Math.abs(p.y - f.y)).toBeLessThan(5);
  expect((await page.getByRole('navigation', { name: '填写步骤' }).boundingBox())!.height).toBeLessThan(768 * 0.25);

  await goToStep(page, '课后服务安排表');
  const box = page.locator('.plan-scroll').first();
  const b = (await box.boundingBox())!;
  expect(b.x + b.width).toBeLessThanOrEqual(p.x);
  const friday = field(page, '一年级周五第二时段 服务类型');
  await friday.focus();
  await expect(friday).toBeFocused();
  // The focused select is scrolled into the box and is the element at its own centre (nothing covers it).
  const hit = await friday.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el;
  });
  expect(hit).toBe(true);
  await friday.selectOption('作业辅导');
  await expect(friday).toHaveValue('作业辅导');
  // The 时段 column stays put while the days scroll.
  const first = box.locator('tbody th').first();
  const before = (await first.boundingBox())!.x;
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  expect(Math.abs((await first.boundingBox())!.x - before)).toBeLessThan(1);
  expect(await pagePan(page)).toBe(0);
  await page.screenshot({ path: 'test-results/plan-1366-timetable.png' });
});

test('when the browser cannot save the draft, the page says so and never claims it was saved', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'kehou.plan.draft') throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openBuilder(page);
  await field(page, '学校名称').fill('上海市浦东新区明珠小学');
  await expect(page.getByTestId('plan-save-problem')).toContainText('草稿未能自动保存');
  await expect(page.locator('.plan-saved')).not.toContainText('自动保存');
  await expect(page.locator('.plan-saved')).toHaveAttribute('data-save', 'failed');
});

test('an unreadable draft with storage full: autosave pauses, the draft can be downloaded as it was, then autosave is tried again', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('planted')) return;
    sessionStorage.setItem('planted', '1');
    localStorage.setItem('kehou.plan.draft', '{"format":"kehou-plan","version":3,"school":{"name":"被截断的');
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === localStorage && key.startsWith('kehou.plan.draft')) throw new DOMException('quota', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await openBuilder(page);
  await expect(page.getByRole('alert').filter({ hasText: '浏览器中自动保存的草稿' })).toContainText('自动保存已暂停');
  await field(page, '学校名称').fill('新学校');
  expect(await page.evaluate(() => localStorage.getItem('kehou.plan.draft'))).toBe('{"format":"kehou-plan","version":3,"school":{"name":"被截断的');
  await expect(page.locator('.plan-saved')).not.toContainText('自动保存');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载未能读取的草稿' }).click();
  expect((await bytes(await download)).toString('utf8')).toBe('{"format":"kehou-plan","version":3,"school":{"name":"被截断的');
  await page.getByRole('button', { name: '恢复自动保存' }).click();
  // Storage is still full: the page says the save failed rather than claiming it.
  await expect(page.getByTestId('plan-save-problem')).toContainText('草稿未能自动保存');
});

test('unreadable drafts are set aside, the first copy is kept through a second corruption, and one can be restored', async ({ page }) => {
  await openBuilder(page);
  await page.evaluate(() => localStorage.setItem('kehou.plan.draft', 'first broken draft'));
  await page.reload();
  await islandReady(page, '.plan-builder');
  await expect(page.getByRole('alert').filter({ hasText: '浏览器中自动保存的草稿' })).toContainText('原样另存在本浏览器中');
  await expect(page.locator('.plan-saved')).toContainText('草稿已自动保存');

  await page.evaluate(() => localStorage.setItem('kehou.plan.draft', 'second broken draft'));
  await page.reload();
  await islandReady(page, '.plan-builder');
  const rescue = page.getByTestId('plan-rescue');
  await expect(rescue.locator('summary')).toHaveText('未能读取的草稿(2 份)');
  expect(await page.evaluate(() => localStorage.getItem('kehou.plan.draft.unreadable'))).toBe('first broken draft');

  // A copy that reads now (e.g. after the page was updated) can be restored, with undo.
  const plan = readFileSync(path.join(fixtures, 'returned-plan.json'), 'utf8');
  await page.evaluate((text) => localStorage.setItem('kehou.plan.draft.unreadable', text), plan);
  await page.reload();
  await islandReady(page, '.plan-builder');
  await rescue.locator('summary').click();
  await rescue.getByRole('button', { name: '尝试恢复为当前方案' }).first().click();
  await expect(field(page, '学校名称')).toHaveValue('上海市浦东新区退回小学');
  await rescue.getByRole('button', { name: '尝试恢复为当前方案' }).nth(1).click();
  await expect(page.getByRole('alert')).toContainText('这份草稿仍无法读取');
  await rescue.getByRole('button', { name: '删除这份' }).nth(1).click();
  await expect(rescue.locator('summary')).toHaveText('未能读取的草稿(1 份)');
});
