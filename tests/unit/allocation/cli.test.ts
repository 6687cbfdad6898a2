import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/allocate.ts';
import { capture } from './capture.ts';
import { schoolWorkbook } from '../../fixtures/ledger/workbooks.ts';

const F = 'tests/fixtures/allocation';

afterEach(() => vi.restoreAllMocks());

describe('kehou allocate', () => {
  it('--json gives {total, people:[{工号, 姓名, 课时, amount, factors}]} in 元, summing to the fund', async () => {
    const io = capture();
    expect(await run([`${F}/ledger-clean.csv`, '--fund', '45000.01', '--scores', `${F}/scores-clean.csv`, '--json'])).toBe(0);
    const json = JSON.parse(io.out()) as { total: string; people: { 工号: string; 姓名: string; 课时: string; amount: string; factors: Record<string, unknown> }[] };
    expect(json.total).toBe('45000.01');
    expect(json.people).toHaveLength(12);
    expect(json.people[2]).toMatchObject({ 工号: '00003', 姓名: '黎建华', 课时: '50.25' });
    expect(json.people.every((p) => /^\d+\.\d{2}$/.test(p.amount))).toBe(true);
    expect(json.people.reduce((a, p) => a + Math.round(Number(p.amount) * 100), 0)).toBe(4_500_001);
    expect(Object.keys(json.people[0]!.factors)).toEqual(['折算课时', '效果评分', '满意度', '绩效系数', '工作量部分', '绩效部分', '应得', '余数补分', '按人平均', '按课时平均', '明细']);
  });

  it('a semester: an .xlsx month and a CSV month together, each listed; the 课时 are summed over both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kehou-allocate-'));
    const csv = readFileSync(`${F}/ledger-clean.csv`, 'utf8');
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    writeFileSync(path.join(dir, '12月.csv'), [header, ...rows.map((r) => r.replace(/^\d{4}-\d{2}-/, '2024-12-'))].join('\r\n'));
    writeFileSync(path.join(dir, '10月.xlsx'), schoolWorkbook(new Map([['ledger.csv', csv]])));
    const io = capture();
    expect(await run([path.join(dir, '10月.xlsx'), path.join(dir, '12月.csv'), '--fund', '6万'])).toBe(0);
    expect(io.out()).toContain(`台账 ${2 * rows.length} 行,总课时 999。`);
    expect(io.out()).toContain(`读取「10月.xlsx」工作表「台账」:2024-10,${rows.length} 行`);
    expect(io.out()).toContain(`读取「12月.csv」:2024-12,${rows.length} 行`);
    expect(io.out()).toContain('经费 60000.00 元');
  });

  it('prints a table and writes 学期公示 and 报酬统计 that agree', async () => {
    const io = capture();
    const dir = mkdtempSync(path.join(tmpdir(), 'kehou-allocate-'));
    const d = path.join(dir, '学期公示.csv');
    const p = path.join(dir, '报酬统计.csv');
    expect(await run([`${F}/ledger-clean.csv`, '--config', `${F}/scenario-clean.json`, '--disclosure', d, '--pay-report', p])).toBe(0);
    expect(io.out()).toMatch(/^2024-2025学年第一学期 经费 45000\.00 元,12 人,台账 381 行,总课时 499\.5。/);
    const a = readFileSync(d, 'utf8').split('\r\n');
    const b = readFileSync(p, 'utf8').split('\r\n');
    expect(a[0]).toBe('\uFEFF学期,工号,姓名,总课时数,拟发放报酬');
    expect(b[0]).toBe('\uFEFF学期,工号,姓名,总课时数,报酬金额');
    expect(a.slice(1)).toEqual(b.slice(1));
  });

  it('refuses a negative fund, unmatched scores and a damaged config with Chinese messages', async () => {
    let io = capture();
    // A fund that is not an amount is a usage error (2), not "the inputs do not allow an allocation" (1).
    expect(await run([`${F}/ledger-clean.csv`, '--fund', '-5'])).toBe(2);
    expect(io.err()).toContain('经费总额「-5」无效:金额不能为负数');
    vi.restoreAllMocks();
    io = capture();
    expect(await run([`${F}/ledger-clean.csv`, '--fund', 'abc'])).toBe(2);
    expect(io.err()).toMatch(/经费总额「abc」无效[\s\S]*用法/);
    vi.restoreAllMocks();
    io = capture();
    expect(await run([`${F}/ledger-clean.csv`, '--fund', '100', '--scores', `${F}/scores-missing-person.csv`])).toBe(1);
    expect(io.err()).toContain('台账中的工号 00009(白红)没有评分');
    vi.restoreAllMocks();
    io = capture();
    expect(await run([`${F}/ledger-clean.csv`, '--config', `${F}/scenario-truncated.json`])).toBe(2);
    expect(io.err()).toContain('不是有效的 JSON,没有载入');
    vi.restoreAllMocks();
    io = capture();
    expect(await run([`${F}/ledger-bad-hours.csv`, '--fund', '100'])).toBe(1);
    expect(io.err()).toContain('第 6 行「课时数」列');
    vi.restoreAllMocks();
    io = capture();
    expect(await run([`${F}/ledger-clean.csv`])).toBe(2);
    expect(io.err()).toContain('请用 --fund 给出');
  });
});

describe('kehou allocate --config with a scheme of steps', () => {
  it('runs the saved scheme: each step, each person’s parts, the 留存 line, amounts to the 分', async () => {
    const io = capture();
    expect(await run([`${F}/rural-school/ledger.csv`, '--config', `${F}/rural-school/scenario.json`, '--json'])).toBe(0);
    const json = JSON.parse(io.out()) as { scheme: string; reserves: { label: string; amount: string }[]; people: { 姓名: string; amount: string }[] };
    expect(json.scheme).toBe('按次分档计酬(农村小学示例)');
    expect(json.reserves).toEqual([{ label: '管理及公用支出', amount: '500.00' }]);
    expect(json.people.map((p) => [p.姓名, p.amount])).toEqual([
      ['王芳', '1511.67'],
      ['李强', '1529.44'],
      ['赵敏', '1458.89'],
    ]);
  });

  it('a scheme that overspends exits 1 naming the step and the shortfall', async () => {
    const io = capture();
    const dir = mkdtempSync(path.join(tmpdir(), 'kehou-allocate-'));
    const config = JSON.parse(readFileSync(`${F}/rural-school/scenario.json`, 'utf8')) as { fundFen: number };
    config.fundFen = 250_000;
    writeFileSync(path.join(dir, '方案.json'), JSON.stringify(config));
    expect(await run([`${F}/rural-school/ledger.csv`, '--config', path.join(dir, '方案.json')])).toBe(1);
    // 2,500 元 − 250 kept − 295 课时费 = 1,955 left for 800 × 3.
    expect(io.err()).toContain('第 3 步「绩效基础」需要的金额超出剩余经费 445.00 元');
  });
});

describe('the real kehou command', () => {
  it('bin/kehou.mjs allocate exits 0 and writes 学期公示 and 报酬统计', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kehou-allocate-'));
    const d = path.join(dir, '学期公示.csv');
    const p = path.join(dir, '报酬统计.csv');
    const r = spawnSync(process.execPath, ['bin/kehou.mjs', 'allocate', `${F}/rural-school/ledger.csv`, '--config', `${F}/rural-school/scenario.json`, '--disclosure', d, '--pay-report', p], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('合计发放\t4500.00');
    expect(readFileSync(d, 'utf8')).toContain('2024-2025学年第一学期,003,赵敏,1,1458.89');
    expect(readFileSync(p, 'utf8').split('\r\n')[0]).toBe('\uFEFF学期,工号,姓名,总课时数,报酬金额');
  });

  it('exits 2 on a missing file, with a Chinese message', () => {
    const r = spawnSync(process.execPath, ['bin/kehou.mjs', 'allocate', 'no-such.csv', '--fund', '100'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('文件不存在');
  });
});
