import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateSessions, allocate, explainLines, workToSessions } from '../../../src/lib/allocation/model.ts';
import type { AllocationInput, PersonWork } from '../../../src/lib/allocation/model.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES } from '../../../src/lib/allocation/defaults.ts';
import { largestRemainder } from '../../../src/lib/allocation/largest-remainder.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES } from '../../../src/lib/policy/vocabulary.ts';
import type { Coefficients, Score, Session } from '../../../src/lib/allocation/schema.ts';

const session = (staffId: string, over: Partial<Session> = {}): Session => ({
  staffId,
  name: `教师${staffId}`,
  period: '第一时段',
  serviceType: '作业辅导',
  category: '',
  role: '主讲',
  students: 30,
  hours: 1.5,
  ...over,
});

function run(input: Partial<AllocationInput> & { people: PersonWork[] }) {
  const outcome = allocate({ fundFen: 6_000_000, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, scores: [], ...input });
  if (!outcome.ok) throw new Error(outcome.errors.map((e) => e.message).join('\n'));
  return outcome.result;
}

const arbSession = (ids: readonly string[]) =>
  fc.record({
    staffId: fc.constantFrom(...ids),
    name: fc.constant(''),
    period: fc.constantFrom(...PERIOD_NAMES),
    serviceType: fc.constantFrom('作业辅导' as const, '素质教育' as const),
    category: fc.constantFrom(...ACTIVITY_CATEGORIES),
    role: fc.constantFrom(...ROLES),
    students: fc.integer({ min: 0, max: 60 }),
    hours: fc.integer({ min: 0, max: 400 }).map((h) => h / 100),
  }).map((s): Session => ({ ...s, category: s.serviceType === '作业辅导' ? '' : s.category }));

const IDS = ['001', '002', '003', '004', '005', '006'];
const arbScores = fc.tuple(...IDS.map(() => fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })))).map((pairs) =>
  pairs.map(([e, s], i): Score => ({ staffId: IDS[i]!, name: '', effect: e / 10, satisfaction: s / 10 })),
);
const arbCoef = fc.integer({ min: 1, max: 2000 }).map((x) => x / 1000);
const arbCoefficients: fc.Arbitrary<Coefficients> = fc.record({
  period: fc.record({ 第一时段: arbCoef, 第二时段: arbCoef, 第三时段: arbCoef }),
  content: fc.record({ 作业辅导: arbCoef, 德育: arbCoef, 体育: arbCoef, 美育: arbCoef, 科学: arbCoef, 劳动: arbCoef, 阅读: arbCoef, 兴趣小组: arbCoef, 社团活动: arbCoef, 安全实训: arbCoef }),
  role: fc.record({ 主讲: arbCoef, 助教: arbCoef, 看护: arbCoef, 值班管理: arbCoef }),
  studentTiers: fc.tuple(arbCoef, arbCoef, arbCoef).map(([a, b, c]) => [
    { min: 0, coefficient: a },
    { min: 20, coefficient: b },
    { min: 40, coefficient: c },
  ]),
});
const arbShares = fc.record({ workloadPercent: fc.integer({ min: 0, max: 100 }), effectPercent: fc.integer({ min: 0, max: 100 }), managementCapPercent: fc.constant(10) });
const arbFund = fc.integer({ min: 0, max: 100_000_000 });
/** Every one of IDS has at least one session with some 课时, so the scores always match. */
const arbSessions = fc
  .tuple(fc.array(arbSession(IDS), { maxLength: 60 }), fc.tuple(...IDS.map((id) => arbSession([id]).map((s) => ({ ...s, hours: s.hours + 0.5 })))))
  .map(([rest, each]) => [...each, ...rest]);
const arbInput = fc.record({ fundFen: arbFund, coefficients: arbCoefficients, shares: arbShares, sessions: arbSessions, scores: arbScores });

function allocateAll(i: { fundFen: number; coefficients: Coefficients; shares: AllocationInput['shares']; sessions: Session[]; scores: Score[] }) {
  const outcome = allocate({ ...i, people: aggregateSessions(i.sessions) });
  return outcome;
}

describe('allocate', () => {
  it('shows every factor of a person’s amount', () => {
    const people = aggregateSessions([
      session('001', { hours: 3 }),
      session('001', { period: '第二时段', serviceType: '素质教育', category: '体育', students: 40, hours: 2 }),
      session('002', { role: '助教', hours: 3 }),
    ]);
    const r = run({ people, fundFen: 100_00 });
    const [a, b] = r.people;
    expect(explainLines(a!.lines, r.coefficients).map((l) => l.weightedHours)).toEqual([3, 2 * 1.25 * 1 * 1 * 1.2]);
    expect(a!.weightedHours).toBeCloseTo(6, 10);
    expect(b!.weightedHours).toBeCloseTo(1.5, 10);
    // 100 元 over 6 : 1.5 折算课时 = 80 : 20
    expect(r.people.map((p) => p.amountFen)).toEqual([80_00, 20_00]);
    expect(r.people.map((p) => p.equalPerHeadFen)).toEqual([50_00, 50_00]);
    expect(r.people.map((p) => p.equalPerHourFen)).toEqual([62_50, 37_50]);
  });

  it('explains a person’s 课时 per 时段, 内容, 职责 and 人数档', () => {
    const people = aggregateSessions([session('001', { students: 30 }), session('001', { students: 31 }), session('001', { students: 50, hours: 1 })]);
    const r = run({ people });
    expect(explainLines(r.people[0]!.lines, r.coefficients).map((l) => [l.tier, l.hundredths, l.tierCoefficient, l.weightedHours])).toEqual([
      ['0–34 人', 300, 1, 3],
      ['45 人以上', 100, 1.4, 1.4],
    ]);
  });

  it('splits the workload and performance parts as the formula says', () => {
    const people = aggregateSessions([session('001', { hours: 1 }), session('002', { hours: 1 })]);
    const scores: Score[] = [
      { staffId: '001', name: '', effect: 100, satisfaction: 100 },
      { staffId: '002', name: '', effect: 50, satisfaction: 0 },
    ];
    // workload 80%: 40 + 40; performance 20% over P = 1 and 0.25: 16 + 4
    const r = run({ people, scores, fundFen: 100_00 });
    expect(r.people.map((p) => p.amountFen)).toEqual([56_00, 44_00]);
    expect(r.people.map((p) => p.performance)).toEqual([1, 0.25]);
    expect(r.people[1]!.workloadPartFen).toBeCloseTo(40_00, 6);
    expect(r.people[1]!.performancePartFen).toBeCloseTo(4_00, 6);
  });

  it('places the leftover 分 by largest remainder, 工号 first on a tie', () => {
    const people = aggregateSessions([session('003'), session('001'), session('002')]);
    const r = run({ people, fundFen: 100 });
    expect(r.people.map((p) => [p.staffId, p.amountFen, p.remainderFen])).toEqual([
      ['001', 34, 1],
      ['002', 33, 0],
      ['003', 33, 0],
    ]);
  });

  it('warns when the result is 简单划一 and when 值班管理 exceeds its cap', () => {
    const flat = run({ people: aggregateSessions([session('001'), session('002', { hours: 3 })]) });
    expect(flat.warnings.map((w) => w.check)).toEqual(['allocation.not-uniform']);
    const heavy = run({ people: aggregateSessions([session('001'), session('002', { role: '值班管理', period: '第二时段' })]) });
    expect(heavy.warnings.map((w) => w.check)).toContain('allocation.management-share-cap');
    expect(heavy.warnings.find((w) => w.check === 'allocation.management-share-cap')!.message).toMatch(/占经费的 55\.6%/);
  });

  it('refuses zero total workload, unmatched scores and all-zero performance, in Chinese', () => {
    const zero = allocate({ fundFen: 100, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, scores: [], people: aggregateSessions([session('001', { hours: 0 })]) });
    expect(zero.ok).toBe(false);
    if (!zero.ok) expect(zero.errors[0]!.check).toBe('allocation.workload-positive');

    const people = aggregateSessions([session('001'), session('002')]);
    const mismatch = allocate({ fundFen: 100, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: [
      { staffId: '001', name: '张三', effect: 90, satisfaction: 90 },
      { staffId: '009', name: '李四', effect: 90, satisfaction: 90 },
    ] });
    expect(mismatch.ok).toBe(false);
    if (!mismatch.ok) {
      expect(mismatch.errors.map((e) => e.message)).toEqual([
        // 001 is in the 台账 as 教师001: a 工号 typed wrong would give 张三's score to someone else.
        '评分第 1 条:工号 001 的姓名是“张三”,台账中这个工号是“教师001”。请核对工号是否写错。',
        '评分第 2 条:工号 009(李四)不在台账中。请核对工号,或删除这条评分。',
        '台账中的工号 002(教师002)没有评分。请在评分表中补上这个人的效果评分和满意度。',
      ]);
      expect(mismatch.errors.every((e) => e.field === 'scores')).toBe(true);
    }

    // A score without a name, or with the 台账's name, matches by 工号 alone.
    const named = allocate({ fundFen: 100, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: [
      { staffId: '001', name: '', effect: 90, satisfaction: 90 },
      { staffId: '002', name: ' 教师002 ', effect: 80, satisfaction: 90 },
    ] });
    expect(named.ok).toBe(true);

    const zeros = allocate({ fundFen: 100, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people, scores: [
      { staffId: '001', name: '', effect: 0, satisfaction: 0 },
      { staffId: '002', name: '', effect: 0, satisfaction: 0 },
    ] });
    expect(zeros.ok).toBe(false);
    if (!zeros.ok) expect(zeros.errors[0]!.check).toBe('allocation.performance-positive');
  });

  it('keeps every factor when sessions are summed into a saved scenario', () => {
    fc.assert(
      fc.property(arbSessions, (sessions) => {
        const people = aggregateSessions(sessions);
        expect(aggregateSessions(workToSessions(people))).toEqual(people);
      }),
      { numRuns: 50 },
    );
  });
});

describe('allocation laws (property tests)', () => {
  it('amounts always sum to the fund exactly', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const o = allocateAll(i);
        fc.pre(o.ok);
        return o.ok && o.result.people.reduce((a, p) => a + p.amountFen, 0) === i.fundFen;
      }),
    );
  });

  it('nobody is ever negative, and each amount is within 1 分 of its exact share', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        const o = allocateAll(i);
        fc.pre(o.ok);
        return o.ok && o.result.people.every((p) => p.amountFen >= 0 && Math.abs(p.amountFen - p.exactFen) < 1 + 1e-6);
      }),
    );
  });

  it('identical people get amounts within 1 分 of each other', () => {
    fc.assert(
      fc.property(arbInput, (i) => {
        // 006 becomes a copy of 001: same sessions, same scores.
        const sessions = [...i.sessions.filter((s) => s.staffId !== '006'), ...i.sessions.filter((s) => s.staffId === '001').map((s) => ({ ...s, staffId: '006' }))];
        const s1 = i.scores.find((s) => s.staffId === '001')!;
        const scores = i.scores.map((s) => (s.staffId === '006' ? { ...s1, staffId: '006' } : s));
        const o = allocateAll({ ...i, sessions, scores });
        fc.pre(o.ok);
        if (!o.ok) return true;
        const a = o.result.people.find((p) => p.staffId === '001')!;
        const b = o.result.people.find((p) => p.staffId === '006')!;
        return Math.abs(a.amountFen - b.amountFen) <= 1 && a.exactFen === b.exactFen;
      }),
    );
  });

  it('more workload, all else equal, never gets less', () => {
    fc.assert(
      fc.property(arbInput, arbSession(['002']), (i, extra) => {
        const before = allocateAll(i);
        const after = allocateAll({ ...i, sessions: [...i.sessions, extra] });
        fc.pre(before.ok && after.ok);
        if (!before.ok || !after.ok) return true;
        const b = before.result.people.find((p) => p.staffId === '002')!;
        const a = after.result.people.find((p) => p.staffId === '002')!;
        return a.amountFen >= b.amountFen;
      }),
    );
  });

  it('multiplying every coefficient by the same factor changes nothing', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 2, max: 5 }), fc.constantFrom('period', 'content', 'role', 'studentTiers', 'all'), (i, k, which) => {
        const c = i.coefficients;
        const times = <K extends string>(r: Record<K, number>) => Object.fromEntries(Object.entries<number>(r).map(([key, v]) => [key, v * k])) as Record<K, number>;
        const scaled: Coefficients = {
          period: which === 'period' || which === 'all' ? times(c.period) : c.period,
          content: which === 'content' || which === 'all' ? times(c.content) : c.content,
          role: which === 'role' || which === 'all' ? times(c.role) : c.role,
          studentTiers: which === 'studentTiers' || which === 'all' ? c.studentTiers.map((t) => ({ ...t, coefficient: t.coefficient * k })) : c.studentTiers,
        };
        const a = allocateAll(i);
        const b = allocateAll({ ...i, coefficients: scaled });
        fc.pre(a.ok);
        return a.ok && b.ok && a.result.people.every((p, n) => p.amountFen === b.result.people[n]!.amountFen);
      }),
    );
  });
});

describe('allocate against a direct BigInt reference', () => {
  const milli = (x: number) => BigInt(Math.round(x * 1000));
  function reference(i: { fundFen: number; coefficients: Coefficients; shares: AllocationInput['shares']; sessions: Session[]; scores: Score[] }): number[] {
    const people = aggregateSessions(i.sessions);
    const c = i.coefficients;
    const w = people.map((p) =>
      p.lines.reduce((sum, l) => {
        let t = c.studentTiers[0]!.coefficient;
        for (const tier of c.studentTiers) if (l.students >= tier.min) t = tier.coefficient;
        return sum + BigInt(l.hundredths) * milli(c.period[l.period]) * milli(c.content[l.content]) * milli(c.role[l.role]) * milli(t);
      }, 0n),
    );
    const perf = people.map((p) => {
      const s = i.scores.find((x) => x.staffId === p.staffId)!;
      return BigInt(i.shares.effectPercent * Math.round(s.effect * 10) + (100 - i.shares.effectPercent) * Math.round(s.satisfaction * 10));
    });
    const sumW = w.reduce((a, b) => a + b, 0n);
    const sumWP = w.reduce((a, b, n) => a + b * perf[n]!, 0n);
    const s = BigInt(i.shares.workloadPercent);
    const combined = sumWP === 0n ? w : w.map((x, n) => s * x * sumWP + (100n - s) * x * perf[n]! * sumW);
    return largestRemainder(i.fundFen, combined);
  }

  it('grouped integer sums give the same amounts as multiplying every session out in BigInt, even beyond 2^53', () => {
    // Some sessions carry up to 10,000 课时, so a person's inner sums pass 2^53 and take the BigInt path.
    const huge = fc.array(arbSession(IDS).map((s) => ({ ...s, hours: s.hours * 2500 })), { maxLength: 20 });
    fc.assert(
      fc.property(arbInput, huge, (i, big) => {
        const input = { ...i, sessions: [...i.sessions, ...big] };
        const o = allocateAll(input);
        fc.pre(o.ok);
        return o.ok && o.result.people.every((p, n) => p.amountFen === reference(input)[n]);
      }),
      { numRuns: 200 },
    );
  });

  it('a person with a million 课时 at coefficient 10 (inner sum 10^16 > 2^53) is still exact', () => {
    const coefficients: Coefficients = { ...DEFAULT_COEFFICIENTS, role: { ...DEFAULT_COEFFICIENTS.role, 主讲: 10 }, studentTiers: [{ min: 0, coefficient: 10 }] };
    const sessions = [
      ...Array.from({ length: 100 }, () => session('001', { hours: 10_000 })),
      session('002', { hours: 1, role: '助教' }),
      session('003', { hours: 0.01 }),
    ];
    const scores: Score[] = ['001', '002', '003'].map((staffId, n) => ({ staffId, name: '', effect: 50 + n, satisfaction: 60 }));
    const input = { fundFen: 9_999_999_999, coefficients, shares: DEFAULT_SHARES, sessions, scores };
    const o = allocateAll(input);
    expect(o.ok && o.result.people.map((p) => p.amountFen)).toEqual(reference(input));
  });
});
