import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { aggregateSessions, allocate } from '../../../src/lib/allocation/model.ts';
import type { PersonWork } from '../../../src/lib/allocation/model.ts';
import { runScheme, rateFor } from '../../../src/lib/allocation/steps.ts';
import type { SchemeResult } from '../../../src/lib/allocation/steps.ts';
import { hourlyRateScheme, ruralTieredScheme, sevenFactorScheme } from '../../../src/lib/allocation/presets.ts';
import { SchemeSchema } from '../../../src/lib/allocation/scheme.ts';
import type { Scheme, SchemeInput, StepInput } from '../../../src/lib/allocation/scheme.ts';
import { DEFAULT_COEFFICIENTS } from '../../../src/lib/allocation/defaults.ts';
import { readLedger, readScores } from '../../../src/lib/allocation/io.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES } from '../../../src/lib/policy/vocabulary.ts';
import type { Coefficients, Score, Session } from '../../../src/lib/allocation/schema.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/allocation');

const session = (staffId: string, over: Partial<Session> = {}): Session => ({
  staffId, name: `教师${staffId}`, period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1, ...over,
});

const scheme = (steps: StepInput[], over: Partial<SchemeInput> = {}): Scheme => SchemeSchema.parse({ name: '测试', steps, ...over });

function run(s: Scheme, people: PersonWork[], fundFen: number, scores: Score[] = []): SchemeResult {
  const outcome = runScheme({ scheme: s, fundFen, people, scores });
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.result;
}

const amounts = (r: SchemeResult) => r.people.map((p) => p.amountFen);
const total = (r: SchemeResult) => r.paidFen + r.reserves.reduce((a, x) => a + x.amountFen, 0) + r.unallocatedFen;

describe('scheme steps', () => {
  const people = aggregateSessions([
    session('001', { students: 30, date: '2024-10-08' }),
    session('001', { students: 40, date: '2024-10-08', period: '第二时段' }),
    session('002', { students: 50, hours: 2, date: '2024-10-09', staffType: '退休教师' }),
    session('003', { role: '值班管理', students: 0, date: '2024-10-09' }),
  ]);

  it('留存 keeps a percent of the fund (whole 分, rounded down) or a fixed sum, as its own line', () => {
    const r = run(scheme([{ kind: 'reserve', label: '管理及公用支出', percent: 10 }, { kind: 'remainder' }]), people, 100_005);
    expect(r.reserves).toEqual([{ label: '管理及公用支出', amountFen: 10_000 }]);
    expect(r.paidFen).toBe(90_005);
    expect(amounts(r)).toEqual([30_002, 30_002, 30_001]);
    const fixed = run(scheme([{ kind: 'reserve', label: '公用', mode: 'fixed', amountFen: 333 }, { kind: 'remainder' }]), people, 1_000);
    expect(fixed.reserves[0]!.amountFen).toBe(333);
    expect(amounts(fixed)).toEqual([223, 222, 222]);
  });

  it('按次计酬 pays max(35, 1 × 学生) per session, or a rate per 课时, by 时段/职责 when the rate says so', () => {
    const perSession = scheme([{ kind: 'perSession', rates: [{ perStudentFen: 100, floorFen: 3500 }] }]);
    // 001: 35 (30 pupils) + 40; 002: 50 (one session of 2 课时); 003: 35 (0 pupils, the floor)
    expect(amounts(run(perSession, people, 1_000_000))).toEqual([7_500, 5_000, 3_500]);
    const perHour = scheme([{ kind: 'perSession', unit: 'hour', rates: [{ period: '第二时段', baseFen: 10_000 }, { role: '值班管理', baseFen: 0 }, { baseFen: 8_500 }] }]);
    expect(amounts(run(perHour, people, 1_000_000))).toEqual([8_500 + 10_000, 17_000, 0]);
    const ceiling = scheme([{ kind: 'perSession', rates: [{ perStudentFen: 100, floorFen: 3500, ceilingFen: 4500 }] }]);
    expect(amounts(run(ceiling, people, 1_000_000))).toEqual([3_500 + 4_000, 4_500, 3_500]);
    expect(rateFor([{ period: '', content: '', role: '', minStudents: 36, maxStudents: 45, baseFen: 1, perStudentFen: 0, floorFen: 0, ceilingFen: null }], { period: '第一时段', content: '作业辅导', role: '主讲', students: 46 })).toBeNull();
  });

  it('按次计酬 caps a person’s pay per day', () => {
    const capped = scheme([{ kind: 'perSession', rates: [{ baseFen: 5_000 }], capPerDayFen: 8_000 }]);
    expect(amounts(run(capped, people, 1_000_000))).toEqual([8_000, 5_000, 5_000]);
  });

  it('按人固定 pays everyone who served, or only a 人员类别 or a 职责', () => {
    expect(amounts(run(scheme([{ kind: 'perPerson', amountFen: 100 }]), people, 1_000))).toEqual([100, 100, 100]);
    expect(amounts(run(scheme([{ kind: 'perPerson', amountFen: 100, staffType: '退休教师' }]), people, 1_000))).toEqual([0, 100, 0]);
    expect(amounts(run(scheme([{ kind: 'perPerson', amountFen: 100, role: '值班管理' }]), people, 1_000))).toEqual([0, 0, 100]);
  });

  it('按评分 splits its pool by the weighted score, alone or × 折算课时', () => {
    const scores: Score[] = [
      { staffId: '001', name: '', effect: 100, satisfaction: 0 },
      { staffId: '002', name: '', effect: 50, satisfaction: 50 },
      { staffId: '003', name: '', effect: 0, satisfaction: 100 },
    ];
    const byScore = scheme([{ kind: 'byScore', pool: { mode: 'fixed', amountFen: 900 }, effectPercent: 100, weight: 'person' }]);
    expect(amounts(run(byScore, people, 1_000, scores))).toEqual([600, 300, 0]);
    const overPeople = scheme([{ kind: 'byScore', pool: { mode: 'perPerson', amountFen: 300 }, effectPercent: 0, weight: 'person' }]);
    expect(amounts(run(overPeople, people, 1_000, scores))).toEqual([0, 300, 600]);
    const none = runScheme({ scheme: byScore, fundFen: 1_000, people, scores: scores.map((s) => ({ ...s, effect: 0 })) });
    expect(none.ok ? [] : none.errors.map((e) => e.check)).toEqual(['allocation.scheme-score-positive']);
    const missing = runScheme({ scheme: byScore, fundFen: 1_000, people, scores: scores.slice(1) });
    expect(missing.ok ? [] : missing.errors.map((e) => e.check)).toEqual(['allocation.scores-match-ledger']);
  });

  it('按折算课时 splits its pool by 课时 × the coefficients', () => {
    const flat: Coefficients = { ...DEFAULT_COEFFICIENTS, period: { 第一时段: 1, 第二时段: 1, 第三时段: 1 }, role: { 主讲: 1, 助教: 1, 看护: 1, 值班管理: 1 }, studentTiers: [{ min: 0, coefficient: 1 }] };
    const r = run(scheme([{ kind: 'byWorkload', pool: { mode: 'percent', percent: 50 } }], { coefficients: flat }), people, 10_000);
    // 课时 2 : 2 : 1 of 5,000 分; the other half stays 结余.
    expect(amounts(r)).toEqual([2_000, 2_000, 1_000]);
    expect(r.unallocatedFen).toBe(5_000);
    expect(r.warnings.map((w) => w.check)).toContain('allocation.scheme-unallocated');
  });

  it('余额平分 shares what is left equally, the odd 分 by largest remainder in 工号 order', () => {
    const r = run(scheme([{ kind: 'perPerson', amountFen: 1 }, { kind: 'remainder' }]), people, 101);
    expect(amounts(r)).toEqual([34, 34, 33]);
  });

  it('a step that would spend more than is left names itself and the shortfall in 元', () => {
    const over = runScheme({ scheme: scheme([{ kind: 'reserve', label: '公用', percent: 50 }, { kind: 'perPerson', label: '基础绩效', amountFen: 20_000 }]), fundFen: 100_000, people, scores: [] });
    expect(over.ok).toBe(false);
    if (over.ok) return;
    expect(over.errors[0]!.check).toBe('allocation.scheme-within-fund');
    expect(over.errors[0]!.message).toContain('第 2 步「基础绩效」');
    // 1,000 元: 500 kept, then 200 元 × 3 people = 600 元 asked of the 500 left.
    expect(over.errors[0]!.message).toContain('超出剩余经费 100.00 元');
  });
});

describe('the rural school’s published scheme, reproduced to the 分', () => {
  it('on a hand-made 台账 of three people', () => {
    const ledger = readLedger('ledger.csv', readFileSync(path.join(FIXTURES, 'rural-school/ledger.csv')));
    const scores = readScores('scores.csv', readFileSync(path.join(FIXTURES, 'rural-school/scores.csv')));
    if (!ledger.ok || !scores.ok) throw new Error('fixture unreadable');
    const r = run(ruralTieredScheme(), aggregateSessions(ledger.value.sessions), 500_000, scores.value);
    // Fund 5,000 元. 留存 10% = 500 元; 4,500 left.
    // 课时费 max(35, 学生): 王芳 35 + 35 + 40 = 110, 李强 50 × 3 = 150, 赵敏 35 (20 pupils) → 295; 4,205 left.
    // 绩效基础 800 × 3 = 2,400; 1,805 left. 绩效考核 200 × 3 = 600 by score 90 : 80 : 100
    //   → 200, 177.777…, 222.222…; 1,205 left. 余额平分 401.666… each.
    // 王芳 1,511.666…, 李强 1,529.444…, 赵敏 1,458.888… → floors 151166 + 152944 + 145888 = 449,998 分;
    // the 2 分 left go to the largest remainders: 赵敏 (.888) and 王芳 (.666).
    expect(r.reserves).toEqual([{ label: '管理及公用支出', amountFen: 50_000 }]);
    expect(r.people.map((p) => [p.name, p.amountFen])).toEqual([
      ['王芳', 151_167],
      ['李强', 152_944],
      ['赵敏', 145_889],
    ]);
    expect(r.steps.map((s) => Math.round(s.totalFen))).toEqual([50_000, 29_500, 240_000, 60_000, 120_500]);
    expect(r.unallocatedFen).toBe(0);
  });
});

const IDS = ['001', '002', '003', '004', '005'];
const arbCoef = fc.integer({ min: 1, max: 2000 }).map((x) => x / 1000);
const arbCoefficients: fc.Arbitrary<Coefficients> = fc.record({
  period: fc.record({ 第一时段: arbCoef, 第二时段: arbCoef, 第三时段: arbCoef }),
  content: fc.record({ 作业辅导: arbCoef, 德育: arbCoef, 体育: arbCoef, 美育: arbCoef, 科学: arbCoef, 劳动: arbCoef, 阅读: arbCoef, 兴趣小组: arbCoef, 社团活动: arbCoef, 安全实训: arbCoef }),
  role: fc.record({ 主讲: arbCoef, 助教: arbCoef, 看护: arbCoef, 值班管理: arbCoef }),
  studentTiers: fc.tuple(arbCoef, arbCoef).map(([a, b]) => [{ min: 0, coefficient: a }, { min: 30, coefficient: b }]),
});
const arbSession = (ids: readonly string[]) =>
  fc
    .record({
      staffId: fc.constantFrom(...ids),
      name: fc.constant(''),
      period: fc.constantFrom(...PERIOD_NAMES),
      serviceType: fc.constantFrom('作业辅导' as const, '素质教育' as const),
      category: fc.constantFrom(...ACTIVITY_CATEGORIES),
      role: fc.constantFrom(...ROLES),
      students: fc.integer({ min: 0, max: 60 }),
      hours: fc.integer({ min: 1, max: 400 }).map((h) => h / 100),
      date: fc.constantFrom('2024-10-08', '2024-10-09'),
    })
    .map((s): Session => ({ ...s, category: s.serviceType === '作业辅导' ? '' : s.category }));
const arbSessions = fc
  .tuple(fc.array(arbSession(IDS), { maxLength: 40 }), fc.tuple(...IDS.map((id) => arbSession([id]))))
  .map(([rest, each]) => [...each, ...rest]);
const arbScores = fc.tuple(...IDS.map(() => fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })))).map((pairs) =>
  pairs.map(([e, s], i): Score => ({ staffId: IDS[i]!, name: '', effect: e / 10, satisfaction: s / 10 })),
);
const arbPool = fc.oneof(
  fc.record({ mode: fc.constant('percent' as const), percent: fc.integer({ min: 0, max: 5000 }).map((p) => p / 100), amountFen: fc.constant(0) }),
  fc.record({ mode: fc.constant('fixed' as const), percent: fc.constant(0), amountFen: fc.integer({ min: 0, max: 50_000 }) }),
  fc.record({ mode: fc.constant('perPerson' as const), percent: fc.constant(0), amountFen: fc.integer({ min: 0, max: 5_000 }) }),
  fc.record({ mode: fc.constant('rest' as const), percent: fc.constant(0), amountFen: fc.constant(0) }),
);
const arbStep: fc.Arbitrary<StepInput> = fc.oneof(
  fc.record({ kind: fc.constant('reserve' as const), label: fc.constant('留存'), mode: fc.constantFrom('percent' as const, 'fixed' as const), percent: fc.integer({ min: 0, max: 3000 }).map((p) => p / 100), amountFen: fc.integer({ min: 0, max: 20_000 }) }),
  fc.record({
    kind: fc.constant('perSession' as const),
    unit: fc.constantFrom('hour' as const, 'session' as const),
    rates: fc.array(fc.record({ period: fc.constantFrom('' as const, ...PERIOD_NAMES), baseFen: fc.integer({ min: 0, max: 3_000 }), perStudentFen: fc.integer({ min: 0, max: 50 }), floorFen: fc.integer({ min: 0, max: 2_000 }) }), { minLength: 1, maxLength: 3 }),
    capPerDayFen: fc.option(fc.integer({ min: 0, max: 5_000 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('perPerson' as const), amountFen: fc.integer({ min: 0, max: 5_000 }), role: fc.constantFrom('' as const, ...ROLES) }),
  fc.record({ kind: fc.constant('byScore' as const), pool: arbPool, effectPercent: fc.integer({ min: 0, max: 100 }), weight: fc.constantFrom('person' as const, 'workload' as const) }),
  fc.record({ kind: fc.constant('byWorkload' as const), pool: arbPool }),
  fc.record({ kind: fc.constant('remainder' as const) }),
);

describe('laws of every scheme', () => {
  it('people + 留存 + 结余 always equal the fund, and no one gets a negative amount', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { minLength: 1, maxLength: 6 }), arbCoefficients, arbSessions, arbScores, fc.integer({ min: 0, max: 10_000_000 }), (steps, coefficients, sessions, scores, fundFen) => {
        const outcome = runScheme({ scheme: scheme(steps, { coefficients }), fundFen, people: aggregateSessions(sessions), scores });
        if (!outcome.ok) {
          // Only the inputs can stop a scheme: overspending, or nothing to share by.
          expect(outcome.errors.every((e) => ['allocation.scheme-within-fund', 'allocation.scheme-score-positive', 'allocation.workload-positive'].includes(e.check))).toBe(true);
          return;
        }
        const r = outcome.result;
        expect(total(r)).toBe(fundFen);
        for (const p of r.people) {
          expect(p.amountFen).toBeGreaterThanOrEqual(0);
          expect(Math.abs(p.amountFen - p.exactFen)).toBeLessThan(1 + 1e-6);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the site’s formula and its 七因素 preset give identical amounts on random inputs', () => {
    const arbShares = fc.record({ workloadPercent: fc.integer({ min: 0, max: 100 }), effectPercent: fc.integer({ min: 0, max: 100 }), managementCapPercent: fc.constant(10) });
    fc.assert(
      fc.property(arbCoefficients, arbShares, arbSessions, fc.option(arbScores, { nil: [] as Score[] }), fc.integer({ min: 1, max: 100_000_000 }), (coefficients, shares, sessions, scores, fundFen) => {
        const people = aggregateSessions(sessions);
        const old = allocate({ fundFen, coefficients, shares, people, scores });
        const steps = runScheme({ scheme: sevenFactorScheme(coefficients, shares), fundFen, people, scores });
        expect(steps.ok).toBe(old.ok);
        if (old.ok && steps.ok) {
          expect(steps.result.people.map((p) => p.amountFen)).toEqual(old.result.people.map((p) => p.amountFen));
          expect(steps.result.unallocatedFen).toBe(0);
        } else if (!old.ok && !steps.ok) {
          expect(steps.errors.map((e) => e.check)).toEqual(old.errors.map((e) => e.check));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('按课时单价 pays the rate and shares the rest by score', () => {
    const people = aggregateSessions([session('001', { hours: 2 }), session('002', { hours: 1 })]);
    const scores: Score[] = [{ staffId: '001', name: '', effect: 50, satisfaction: 50 }, { staffId: '002', name: '', effect: 100, satisfaction: 100 }];
    const r = run(hourlyRateScheme(8_500), people, 30_000, scores);
    // 17,000 + 8,500 by the rate; 4,500 left split 1 : 2 by score.
    expect(amounts(r)).toEqual([17_000 + 1_500, 8_500 + 3_000]);
  });
});
