import { describe, expect, it } from 'vitest';
import { aggregateSessions } from '../../../src/lib/allocation/model.ts';
import type { Session } from '../../../src/lib/allocation/schema.ts';
import { compareSchemes, deltaBars } from '../../../src/lib/allocation/compare.ts';
import { ruralTieredScheme, sevenFactorScheme, hourlyRateScheme } from '../../../src/lib/allocation/presets.ts';
import { SchemeSchema } from '../../../src/lib/allocation/scheme.ts';
import { unusedFactors } from '../../../src/lib/allocation/factors.ts';

const session = (staffId: string, over: Partial<Session> = {}): Session => ({
  staffId, name: `教师${staffId}`, period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1, ...over,
});
const people = aggregateSessions([
  session('001', { hours: 3 }),
  session('002', { hours: 1, students: 50 }),
  session('003', { hours: 1, role: '值班管理', period: '第二时段' }),
]);

describe('compareSchemes', () => {
  it('gives each person’s amount under both schemes and b − a, for the same fund', () => {
    const r = compareSchemes(sevenFactorScheme(), ruralTieredScheme(), { fundFen: 500_000, people, scores: [] });
    if (!r.ok) throw new Error(r.errors[0]!.message);
    const c = r.comparison;
    expect(c.people.map((p) => p.aFen).reduce((a, b) => a + b)).toBe(500_000);
    expect(c.people.map((p) => p.bFen).reduce((a, b) => a + b)).toBe(450_000);
    for (const p of c.people) expect(p.deltaFen).toBe(p.bFen - p.aFen);
    expect(c.gainers + c.losers).toBeLessThanOrEqual(3);
    expect(c.b.reservePercent).toBe(10);
    expect(c.a.reservePercent).toBe(0);
  });

  it('says which side cannot run and why', () => {
    const over = SchemeSchema.parse({ name: '超支', steps: [{ kind: 'perPerson', amountFen: 1_000_000 }] });
    const r = compareSchemes(sevenFactorScheme(), over, { fundFen: 100, people, scores: [] });
    expect(r.ok ? null : [r.side, r.errors[0]!.check]).toEqual(['b', 'allocation.scheme-within-fund']);
  });

  it('flags 简单划一: a scheme that only shares equally is uniform', () => {
    const equal = SchemeSchema.parse({ name: '平分', steps: [{ kind: 'remainder' }] });
    const r = compareSchemes(equal, sevenFactorScheme(), { fundFen: 300, people, scores: [] });
    expect(r.ok && [r.comparison.a.uniform, r.comparison.b.uniform]).toEqual([true, false]);
    expect(r.ok && r.comparison.a.result.warnings.map((w) => w.check)).toContain('allocation.not-uniform');
  });
});

describe('the seven factors of 一(一)5', () => {
  it('a flat scheme uses none; 七因素 with the default coefficients leaves only 内容 unused; 按课时单价 uses 时长 and both scores', () => {
    expect(unusedFactors(SchemeSchema.parse({ name: '平分', steps: [{ kind: 'remainder' }] }))).toEqual(['时段', '时长', '内容', '职责', '效果', '服务学生规模', '学生满意度']);
    expect(unusedFactors(sevenFactorScheme())).toEqual(['内容']);
    expect(unusedFactors(hourlyRateScheme())).toEqual(['时段', '内容', '职责', '服务学生规模']);
  });
});

describe('deltaBars', () => {
  it('labels every bar with the name (or 工号) and keeps the largest gains and losses when there are many', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ staffId: String(i).padStart(3, '0'), name: i === 7 ? '' : `人${i}`, deltaFen: i - 25 }));
    const { bars, omitted } = deltaBars(many, 5);
    expect(bars).toHaveLength(10);
    expect(omitted).toBe(40);
    expect(bars[0]).toEqual({ staffId: '049', label: '人49', deltaFen: 24 });
    expect(bars.at(-1)).toEqual({ staffId: '000', label: '人0', deltaFen: -25 });
    expect(deltaBars(many.slice(5, 9), 5).bars.map((b) => b.label)).toEqual(['人8', '007', '人6', '人5']);
  });
});
