/**
 * The allocation (1.1.5): 多劳多得 through 折算课时, 优绩优酬 through the 绩效系数, exact to the 分.
 *
 *   折算课时 W = Σ 课时 × 时段系数 × 内容系数 × 职责系数 × 学生人数系数        (each session)
 *   绩效系数 P = 效果权重 × 效果评分 ÷ 100 + 满意度权重 × 满意度 ÷ 100           (0–1)
 *   应得 = 经费 × 工作量占比 × W ÷ ΣW + 经费 × 绩效占比 × W·P ÷ Σ(W·P)
 *   拟发放报酬 = 应得取整到分, 余下的分按最大余数法逐一补给 (余数相同, 工号在前者先得)
 *
 * Coefficients (≤ 3 decimals), 课时 (≤ 2) and scores (≤ 1) are scaled to integers and every
 * quota is computed on BigInt, so amounts sum to the fund exactly and identical inputs get
 * identical quotas.
 */
import { largestRemainder } from './largest-remainder.ts';
import { CONTENTS, contentOf } from './schema.ts';
import { PERIOD_NAMES, ROLES } from '../policy/vocabulary.ts';
import type { Coefficients, Content, Period, Role, Score, Session, Shares, StaffType, StudentTier } from './schema.ts';
import { formatCheck, checkById } from './checks.ts';
import type { AllocationCheckId, AllocationCheckParams } from './check-ids.ts';
import { formatYuan, toScaled } from './money.ts';
import { tierRange } from './messages.ts';
import type { Severity } from '../policy/severity.ts';

/** Summed 课时 of one person's sessions that share every factor and the 日期. */
export interface WorkLine {
  period: Period;
  content: Content;
  role: Role;
  students: number;
  hundredths: number;
  /** 日期 (YYYY-MM-DD), or '' when the session was typed in without one. */
  date: string;
  /** Sessions (节) summed in this line. */
  count: number;
}

export interface PersonWork {
  staffId: string;
  name: string;
  /** 人员类别 as in the 台账 ('' when typed in without one). */
  staffType: StaffType | '';
  /** 课时 as in the 台账, in hundredths. */
  hundredths: number;
  lines: WorkLine[];
}

/** Groups sessions by person (in 工号 order) and sums 课时 and sessions over those with the same factors and 日期. */
export function aggregateSessions(sessions: Iterable<Session>): PersonWork[] {
  const people = new Map<string, { name: string; staffType: StaffType | ''; hundredths: number; lines: Map<string, WorkLine> }>();
  for (const s of sessions) {
    const hundredths = toScaled(s.hours, 2);
    const count = s.count ?? 1;
    const date = s.date ?? '';
    let p = people.get(s.staffId);
    if (!p) {
      p = { name: s.name, staffType: s.staffType ?? '', hundredths: 0, lines: new Map() };
      people.set(s.staffId, p);
    }
    if (!p.name && s.name) p.name = s.name;
    if (!p.staffType && s.staffType) p.staffType = s.staffType;
    p.hundredths += hundredths;
    const content = contentOf(s);
    const key = `${s.period}|${content}|${s.role}|${s.students}|${date}`;
    const line = p.lines.get(key);
    if (line) {
      line.hundredths += hundredths;
      line.count += count;
    } else p.lines.set(key, { period: s.period, content, role: s.role, students: s.students, hundredths, date, count });
  }
  return [...people.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([staffId, p]) => ({ staffId, name: p.name, staffType: p.staffType, hundredths: p.hundredths, lines: [...p.lines.values()] }));
}

/** The aggregated work as sessions again (one per line): what a saved scenario keeps. */
export function workToSessions(people: readonly PersonWork[]): Session[] {
  return people.flatMap((p) =>
    p.lines.map((l) => {
      const session: Session = {
        staffId: p.staffId,
        name: p.name,
        period: l.period,
        serviceType: l.content === '作业辅导' ? ('作业辅导' as const) : ('素质教育' as const),
        category: l.content === '作业辅导' ? ('' as const) : l.content,
        role: l.role,
        students: l.students,
        hours: l.hundredths / 100,
      };
      if (l.date) session.date = l.date;
      if (l.count !== 1) session.count = l.count;
      if (p.staffType) session.staffType = p.staffType;
      return session;
    }),
  );
}

export function tierFor(students: number, tiers: readonly StudentTier[]): { index: number; coefficient: number } {
  let index = 0;
  for (let i = 0; i < tiers.length; i++) if (students >= tiers[i]!.min) index = i;
  return { index, coefficient: tiers[index]?.coefficient ?? 1 };
}

/** A person's 课时 in one (时段, 内容, 职责, 学生人数档) group, with the group's coefficients. */
export interface LineFactors {
  period: Period;
  content: Content;
  role: Role;
  /** The 学生人数档, e.g. `35–44 人`. */
  tier: string;
  hundredths: number;
  periodCoefficient: number;
  contentCoefficient: number;
  roleCoefficient: number;
  tierCoefficient: number;
  /** 课时 × the four coefficients. */
  weightedHours: number;
}

export interface PersonAllocation {
  staffId: string;
  name: string;
  hundredths: number;
  /** The person's summed sessions; `explainLines` gives each one's coefficients. */
  lines: readonly WorkLine[];
  weightedHours: number;
  effect: number | null;
  satisfaction: number | null;
  /** 0–1. */
  performance: number;
  /** Unrounded parts and total, in 分 (for showing the factors; amounts come from `amountFen`). */
  workloadPartFen: number;
  performancePartFen: number;
  exactFen: number;
  amountFen: number;
  /** Whole 分 added by the largest remainder step (0 or 1). */
  remainderFen: number;
  equalPerHeadFen: number;
  equalPerHourFen: number;
}

/**
 * A finding of the allocation checks (the tools' shared word for a check's result): `{check, params}`, typed
 * per check (check-ids.ts), and its wording from messages.ts.
 */
export type AllocationFinding = {
  [K in AllocationCheckId]: {
    check: K;
    severity: Severity;
    /** The form field the message belongs to: `fund`, `scores`, `ledger`, `shares.workloadPercent`, `steps.2`, … */
    field: string;
    params: AllocationCheckParams[K];
    message: string;
  };
}[AllocationCheckId];

export interface AllocationResult {
  fundFen: number;
  coefficients: Coefficients;
  shares: Shares;
  people: PersonAllocation[];
  totalHundredths: number;
  /** Σ amounts: always the fund (kept so no caller sums it again). */
  paidFen: number;
  totalWeightedHours: number;
  /** Unrounded 分 attributable to 值班管理 sessions. */
  managementFen: number;
  warnings: AllocationFinding[];
  /** True when no scores were given: the performance part then follows 折算课时 alone. */
  unscored: boolean;
}

export type AllocationOutcome = { ok: true; result: AllocationResult } | { ok: false; errors: AllocationFinding[] };

export interface AllocationInput {
  fundFen: number;
  coefficients: Coefficients;
  shares: Shares;
  people: readonly PersonWork[];
  scores: readonly Score[];
}

const COEF_SCALE = 1000;
/** 课时 hundredths × four coefficients in thousandths. */
const WEIGHT_SCALE = 100 * COEF_SCALE ** 4;
/** Percent × score tenths: a perfect score is 100 × 1000. */
export const PERFORMANCE_SCALE = 100_000;

export function finding<K extends AllocationCheckId>(check: K, field: string, params: AllocationCheckParams[K]): AllocationFinding {
  return { check, severity: checkById(check).severity, field, params, message: formatCheck(check, params) } as AllocationFinding;
}

/** Persons in the scores but not the 台账, and the reverse, as messages at the scores field. */
export function matchScores(people: readonly PersonWork[], scores: readonly Score[]): AllocationFinding[] {
  if (scores.length === 0) return [];
  const nameInLedger = new Map(people.map((p) => [p.staffId, p.name]));
  const inScores = new Set(scores.map((s) => s.staffId));
  const errors: AllocationFinding[] = [];
  scores.forEach((s, i) => {
    const ledgerName = nameInLedger.get(s.staffId);
    if (ledgerName === undefined) {
      errors.push(
        finding('allocation.scores-match-ledger', 'scores', { kind: 'not-in-ledger', row: i + 1, staffId: s.staffId, name: s.name }),
      );
    } else if (s.name.trim() !== '' && ledgerName !== '' && s.name.trim() !== ledgerName) {
      // A mistyped 工号 that happens to be someone else's would give that person this score.
      errors.push(
        finding('allocation.scores-match-ledger', 'scores', { kind: 'other-name', row: i + 1, staffId: s.staffId, name: s.name.trim(), ledgerName }),
      );
    }
  });
  for (const p of people) {
    if (!inScores.has(p.staffId)) {
      errors.push(
        finding('allocation.scores-match-ledger', 'scores', { kind: 'unscored', staffId: p.staffId, name: p.name }),
      );
    }
  }
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    if (seen.has(s.staffId)) {
      errors.push(
        finding('allocation.scores-match-ledger', 'scores', { kind: 'duplicate', row: i + 1, staffId: s.staffId }),
      );
    }
    seen.add(s.staffId);
  });
  return errors;
}

export function allocate(input: AllocationInput): AllocationOutcome {
  const { fundFen, coefficients: c, shares, people, scores } = input;
  const errors = matchScores(people, scores);
  const scoreById = new Map(scores.map((s) => [s.staffId, s]));
  const unscored = scores.length === 0;

  const { weights, managementWeights } = workloadWeights(people, c);
  const perf: bigint[] = [];
  let sumW = 0n;
  let sumWP = 0n;
  people.forEach((p, i) => {
    const score = scoreById.get(p.staffId);
    const pv = unscored || !score ? BigInt(PERFORMANCE_SCALE) : BigInt(shares.effectPercent * toScaled(score.effect, 1) + (100 - shares.effectPercent) * toScaled(score.satisfaction, 1));
    perf.push(pv);
    sumW += weights[i]!;
    sumWP += weights[i]! * pv;
  });

  if (sumW === 0n) errors.push(finding('allocation.workload-positive', 'ledger', {}));
  const s = BigInt(shares.workloadPercent);
  if (sumW > 0n && sumWP === 0n && shares.workloadPercent < 100) {
    errors.push(finding('allocation.performance-positive', 'scores', { percent: 100 - shares.workloadPercent }));
  }
  if (errors.length) return { ok: false, errors };

  // Σ combined = 100 · ΣW · Σ(WP); with Σ(WP) = 0 only the workload part is left.
  const combined = sumWP === 0n ? weights : weights.map((w, i) => s * w * sumWP + (100n - s) * w * perf[i]! * sumW);
  const sumCombined = combined.reduce((a, b) => a + b, 0n);
  const amounts = largestRemainder(fundFen, combined);
  const equalPerHead = largestRemainder(fundFen, people.map(() => 1));
  const totalHours = totalHundredths(people);
  const equalPerHour = totalHours > 0 ? largestRemainder(fundFen, people.map((p) => p.hundredths)) : equalPerHead;

  let managementFen = 0;
  const result: PersonAllocation[] = people.map((p, i) => {
    const w = weights[i]!;
    const exactFen = ratio(BigInt(fundFen) * combined[i]!, sumCombined);
    const workloadPartFen = sumWP === 0n ? exactFen : ratio(BigInt(fundFen) * s * w, 100n * sumW);
    const performancePartFen = sumWP === 0n ? 0 : ratio(BigInt(fundFen) * (100n - s) * w * perf[i]!, 100n * sumWP);
    if (w > 0n) managementFen += (exactFen * Number((managementWeights[i]! * 1_000_000n) / w)) / 1_000_000;
    const sc = scoreById.get(p.staffId);
    return {
      staffId: p.staffId,
      name: p.name,
      hundredths: p.hundredths,
      lines: p.lines,
      weightedHours: Number(w) / WEIGHT_SCALE,
      effect: sc?.effect ?? null,
      satisfaction: sc?.satisfaction ?? null,
      performance: Number(perf[i]!) / PERFORMANCE_SCALE,
      workloadPartFen,
      performancePartFen,
      exactFen,
      amountFen: amounts[i]!,
      remainderFen: amounts[i]! - Number((BigInt(fundFen) * combined[i]!) / sumCombined),
      equalPerHeadFen: equalPerHead[i]!,
      equalPerHourFen: equalPerHour[i]!,
    };
  });

  const warnings: AllocationFinding[] = [];
  if (people.length > 1) {
    if (amounts.every((a, i) => a === equalPerHead[i])) warnings.push(finding('allocation.not-uniform', 'coefficients', { scheme: 'head' }));
    else if (amounts.every((a, i) => a === equalPerHour[i])) warnings.push(finding('allocation.not-uniform', 'coefficients', { scheme: 'hour' }));
  }
  if (fundFen > 0 && managementFen > (fundFen * shares.managementCapPercent) / 100 + 0.5) {
    warnings.push(
      finding('allocation.management-share-cap', 'coefficients.role.值班管理', {
        amount: formatYuan(Math.round(managementFen)),
        percent: ((managementFen / fundFen) * 100).toFixed(1),
        cap: shares.managementCapPercent,
      }),
    );
  }

  return {
    ok: true,
    result: {
      fundFen,
      coefficients: c,
      shares,
      people: result,
      totalHundredths: totalHours,
      paidFen: amounts.reduce((a, b) => a + b, 0),
      totalWeightedHours: Number(sumW) / WEIGHT_SCALE,
      managementFen,
      warnings,
      unscored,
    },
  };
}

/**
 * 折算课时 of each person in integer units (课时 hundredths × four coefficients in thousandths), and the
 * part from 值班管理. Hours are first summed per (时段, 内容, 职责, 人数档) as plain integers; the
 * inner sums over 人数档 and 职责 stay below 2^53 for any realistic school, so BigInt is needed only
 * for the ≤ 30 (时段, 内容) products per person. That keeps a recompute over 100k sessions interactive.
 */
export function workloadWeights(people: readonly PersonWork[], c: Coefficients): { weights: bigint[]; managementWeights: bigint[] } {
  const T = c.studentTiers.length;
  const R = ROLES.length;
  const N = CONTENTS.length;
  const periodIndex = new Map<string, number>(PERIOD_NAMES.map((p, i) => [p, i]));
  const contentIndex = new Map<string, number>(CONTENTS.map((x, i) => [x, i]));
  const roleIndex = new Map<string, number>(ROLES.map((x, i) => [x, i]));
  const management = roleIndex.get('值班管理')!;
  const tier = c.studentTiers.map((t) => toScaled(t.coefficient, 3));
  const role = ROLES.map((r) => toScaled(c.role[r], 3));
  const pc = PERIOD_NAMES.flatMap((p) => CONTENTS.map((x) => BigInt(toScaled(c.period[p], 3) * toScaled(c.content[x], 3))));
  const tierOf = new Map<number, number>();
  const hours = new Float64Array(PERIOD_NAMES.length * N * R * T);
  const weights: bigint[] = [];
  const managementWeights: bigint[] = [];

  for (const p of people) {
    hours.fill(0);
    for (const l of p.lines) {
      let t = tierOf.get(l.students);
      if (t === undefined) tierOf.set(l.students, (t = tierFor(l.students, c.studentTiers).index));
      const at = ((periodIndex.get(l.period)! * N + contentIndex.get(l.content)!) * R + roleIndex.get(l.role)!) * T + t;
      hours[at] = hours[at]! + l.hundredths;
    }
    let w = 0n;
    let wm = 0n;
    for (let pair = 0; pair < pc.length; pair++) {
      let inner = 0;
      let innerManagement = 0;
      let exact = true;
      for (let r = 0; r < R; r++) {
        let byTier = 0;
        for (let t = 0; t < T; t++) byTier += hours[(pair * R + r) * T + t]! * tier[t]!;
        inner += byTier * role[r]!;
        if (r === management) innerManagement = byTier * role[r]!;
      }
      if (!Number.isSafeInteger(inner)) exact = false;
      if (exact) {
        if (inner === 0) continue;
        w += BigInt(inner) * pc[pair]!;
        if (innerManagement !== 0) wm += BigInt(innerManagement) * pc[pair]!;
      } else {
        // Beyond 2^53 (an absurd number of 课时): the same sum in BigInt.
        for (let r = 0; r < R; r++) {
          for (let t = 0; t < T; t++) {
            const h = hours[(pair * R + r) * T + t]!;
            if (h === 0) continue;
            const lw = BigInt(h) * BigInt(tier[t]!) * BigInt(role[r]!) * pc[pair]!;
            w += lw;
            if (r === management) wm += lw;
          }
        }
      }
    }
    weights.push(w);
    managementWeights.push(wm);
  }
  return { weights, managementWeights };
}

/** A person's 课时 grouped by 时段, 内容, 职责 and 学生人数档, each group with its coefficients: the working shown per person. */
export function explainLines(lines: readonly WorkLine[], c: Coefficients): LineFactors[] {
  const groups = new Map<string, LineFactors>();
  for (const l of lines) {
    const { index } = tierFor(l.students, c.studentTiers);
    const key = `${l.period}|${l.content}|${l.role}|${index}`;
    const g = groups.get(key);
    if (g) g.hundredths += l.hundredths;
    else groups.set(key, lineFactors(l, index, c));
  }
  return [...groups.values()]
    .map((g) => ({ ...g, weightedHours: (g.hundredths / 100) * g.periodCoefficient * g.contentCoefficient * g.roleCoefficient * g.tierCoefficient }))
    .sort((a, b) => PERIOD_NAMES.indexOf(a.period) - PERIOD_NAMES.indexOf(b.period) || CONTENTS.indexOf(a.content) - CONTENTS.indexOf(b.content) || ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.tier.localeCompare(b.tier));
}

/** `0–34 人`, `45 人以上`. */
export function tierLabel(index: number, tiers: readonly StudentTier[]): string {
  const from = tiers[index]?.min ?? 0;
  const next = tiers[index + 1];
  return tierRange(from, next ? next.min - 1 : null);
}

/** a ÷ b as a float, accurate to 1e-6 even when both are far beyond 2^53. */
export function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  const whole = a / b;
  const frac = ((a % b) * 1_000_000n) / b;
  return Number(whole) + Number(frac) / 1_000_000;
}

function lineFactors(l: WorkLine, tierIndex: number, c: Coefficients): LineFactors {
  return {
    period: l.period,
    content: l.content,
    role: l.role,
    tier: tierLabel(tierIndex, c.studentTiers),
    hundredths: l.hundredths,
    periodCoefficient: c.period[l.period],
    contentCoefficient: c.content[l.content],
    roleCoefficient: c.role[l.role],
    tierCoefficient: c.studentTiers[tierIndex]?.coefficient ?? 1,
    weightedHours: 0,
  };
}

/** The findings that belong at a form field or inside it (`scores` holds `scores.3.effect`). */
export function findingsAt(findings: readonly AllocationFinding[], field: string): AllocationFinding[] {
  return findings.filter((f) => f.field === field || f.field.startsWith(`${field}.`));
}

/** Σ 课时 of everyone, in hundredths. */
export function totalHundredths(people: readonly Pick<PersonWork, 'hundredths'>[]): number {
  return people.reduce((a, p) => a + p.hundredths, 0);
}
