import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../../src/cli/allocate.ts';

const F = 'tests/fixtures/allocation';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out: () => out.join('\n'), err: () => err.join('\n') };
}

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
    expect(io.err()).toContain('不是有效的 JSON 文件');
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
