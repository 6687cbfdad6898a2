/**
 * Runs a scheme (scheme.ts) on a 台账's work, exactly to the 分.
 *
 * Each step takes from what is left of the fund. A 留存 is kept in whole 分 (rounded down); every other
 * step gives each person an exact rational amount. The amounts of all steps are summed per person on
 * BigInt with a common denominator, and one final largest-remainder pass turns them into whole 分, so
 * people + 留存 + 结余 equal the fund exactly (余数相同时,工号在前者先得). A step that would spend more
 * than is left stops the run with the step's name and the shortfall in 元.
 */
import { largestRemainder } from './largest-remainder.ts';
import { finding, matchScores, PERFORMANCE_SCALE, ratio, workloadWeights } from './model.ts';
import type { AllocationFinding, PersonWork, WorkLine } from './model.ts';
import type { Score } from './schema.ts';
import type { Pool, Rate, Scheme, Step, StepKind, StepOf } from './scheme.ts';
import { toScaled } from './money.ts';
import { formatYuan } from './money.ts';
import { stepLabel } from './messages.ts';
import { unusedFactors } from './factors.ts';

export interface SchemePerson {
  staffId: string;
  name: string;
  hundredths: number;
  /** Unrounded 分 from each step, in step order (0 for a 留存). */
  partsFen: number[];
  exactFen: number;
  amountFen: number;
}

export interface SchemeStepTotal {
  index: number;
  kind: StepKind;
  label: string;
  /** Unrounded 分 this step gives (a 留存: what it keeps, in whole 分). */
  totalFen: number;
  /** What was left of the fund before this step, unrounded 分. */
  leftBeforeFen: number;
}

export interface SchemeResult {
  fundFen: number;
  schemeName: string;
  people: SchemePerson[];
  steps: SchemeStepTotal[];
  /** 留存 kept off the top, whole 分, one line each. */
  reserves: { label: string; amountFen: number }[];
  /** What no step gave out (whole 分). */
  unallocatedFen: number;
  paidFen: number;
  /** Unrounded 分 paid for 值班管理 work (per-session and 折算课时 steps). */
  managementFen: number;
  warnings: AllocationFinding[];
  /** True when a 按评分 step ran without scores: everyone then counts as fully scored. */
  unscored: boolean;
}

export type SchemeOutcome = { ok: true; result: SchemeResult } | { ok: false; errors: AllocationFinding[] };

export interface SchemeInput {
  scheme: Scheme;
  fundFen: number;
  people: readonly PersonWork[];
  scores: readonly Score[];
}

/** An exact amount per person: nums[i] / den 分. */
interface Shares {
  nums: bigint[];
  den: bigint;
  /** 值班管理's part of the step's total, as a float in 分. */
  managementFen: number;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** a/b with b > 0 reduced. */
interface Q {
  n: bigint;
  d: bigint;
}
const q = (n: bigint, d: bigint = 1n): Q => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x > 0n ? 1 : x < 0n ? -1 : 0;
};
const toFen = (a: Q): number => ratio(a.n, a.d);
/** A positive amount in 分 rounded up: a shortfall is never understated. */
const ceilFen = (a: Q): number => Number((a.n + a.d - 1n) / a.d);

function poolAmount(pool: Pool, fundFen: number, left: Q, people: number): Q {
  switch (pool.mode) {
    case 'percent':
      return q(BigInt(fundFen) * BigInt(toScaled(pool.percent, 2)), 10_000n);
    case 'fixed':
      return q(BigInt(pool.amountFen));
    case 'perPerson':
      return q(BigInt(pool.amountFen) * BigInt(people));
    case 'rest':
      return left;
  }
}

/** The first rate that applies to a line, as whole 分 per unit; null when none does. */
export function rateFor(rates: readonly Rate[], line: Pick<WorkLine, 'period' | 'content' | 'role' | 'students'>): number | null {
  for (const r of rates) {
    if (r.period && r.period !== line.period) continue;
    if (r.content && r.content !== line.content) continue;
    if (r.role && r.role !== line.role) continue;
    if (line.students < r.minStudents || (r.maxStudents !== null && line.students > r.maxStudents)) continue;
    const raw = r.baseFen + r.perStudentFen * line.students;
    return Math.min(Math.max(raw, r.floorFen), r.ceilingFen ?? Infinity);
  }
  return null;
}

/**
 * The people's lines as flat typed arrays, built once per set of people (a 台账 load) and reused by every
 * run: each line's distinct (时段, 内容, 职责, 学生人数) combination and its day within the person, so
 * that a per-session step costs one rate per combination and one pass over numbers.
 */
interface PreparedLines {
  /** Lines of person i are start[i] .. start[i + 1] − 1. */
  start: Int32Array;
  combo: Int32Array;
  /** Day number within the person (0, 1, …), or −1 for a line without a 日期. */
  day: Int32Array;
  hundredths: Float64Array;
  count: Float64Array;
  management: Uint8Array;
  combos: Pick<WorkLine, 'period' | 'content' | 'role' | 'students'>[];
  maxDays: number;
}

const PREPARED = new WeakMap<readonly PersonWork[], PreparedLines>();

function prepare(people: readonly PersonWork[]): PreparedLines {
  const cached = PREPARED.get(people);
  if (cached) return cached;
  const total = people.reduce((a, p) => a + p.lines.length, 0);
  const out: PreparedLines = {
    start: new Int32Array(people.length + 1),
    combo: new Int32Array(total),
    day: new Int32Array(total),
    hundredths: new Float64Array(total),
    count: new Float64Array(total),
    management: new Uint8Array(total),
    combos: [],
    maxDays: 0,
  };
  const comboIds = new Map<string, number>();
  let k = 0;
  people.forEach((p, i) => {
    out.start[i] = k;
    const days = new Map<string, number>();
    for (const l of p.lines) {
      const key = `${l.period}|${l.content}|${l.role}|${l.students}`;
      let id = comboIds.get(key);
      if (id === undefined) {
        id = out.combos.push({ period: l.period, content: l.content, role: l.role, students: l.students }) - 1;
        comboIds.set(key, id);
      }
      let day = -1;
      if (l.date) {
        day = days.get(l.date) ?? days.size;
        days.set(l.date, day);
      }
      out.combo[k] = id;
      out.day[k] = day;
      out.hundredths[k] = l.hundredths;
      out.count[k] = l.count;
      out.management[k] = l.role === '值班管理' ? 1 : 0;
      k++;
    }
    out.maxDays = Math.max(out.maxDays, days.size);
  });
  out.start[people.length] = k;
  PREPARED.set(people, out);
  return out;
}

/** 按次计酬: in hundredths of a 分 (a rate per 课时 × 课时 in hundredths), capped per person and 日期. */
function perSession(step: StepOf<'perSession'>, people: readonly PersonWork[]): Shares {
  const lines = prepare(people);
  const rate = lines.combos.map((c) => rateFor(step.rates, c) ?? 0);
  const cap = step.capPerDayFen === null ? Infinity : step.capPerDayFen * 100;
  const dayPay = new Float64Array(lines.maxDays);
  const dayManagement = new Float64Array(lines.maxDays);
  let management = 0;
  const nums = people.map((_, i) => {
    let total = 0;
    dayPay.fill(0);
    dayManagement.fill(0);
    for (let k = lines.start[i]!; k < lines.start[i + 1]!; k++) {
      const r = rate[lines.combo[k]!]!;
      if (r === 0) continue;
      const pay = step.unit === 'hour' ? r * lines.hundredths[k]! : r * lines.count[k]! * 100;
      const d = lines.day[k]!;
      if (d === -1 || cap === Infinity) {
        total += pay;
        if (lines.management[k]) management += pay;
      } else {
        dayPay[d] = dayPay[d]! + pay;
        if (lines.management[k]) dayManagement[d] = dayManagement[d]! + pay;
      }
    }
    if (cap !== Infinity) {
      for (let d = 0; d < dayPay.length; d++) {
        const day = dayPay[d]!;
        if (day === 0) continue;
        const paid = Math.min(day, cap);
        total += paid;
        management += (dayManagement[d]! * paid) / day;
      }
    }
    return BigInt(total);
  });
  return { nums, den: 100n, managementFen: management / 100 };
}

function perPerson(step: StepOf<'perPerson'>, people: readonly PersonWork[]): Shares {
  const nums = people.map((p) => {
    if (step.staffType && p.staffType !== step.staffType) return 0n;
    if (step.role && !p.lines.some((l) => l.role === step.role)) return 0n;
    return BigInt(step.amountFen);
  });
  return { nums, den: 1n, managementFen: 0 };
}

function split(pool: Q, weights: readonly bigint[]): Shares {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return { nums: weights.map(() => 0n), den: 1n, managementFen: 0 };
  return { nums: weights.map((w) => pool.n * w), den: pool.d * sum, managementFen: 0 };
}

interface Context {
  scheme: Scheme;
  fundFen: number;
  people: readonly PersonWork[];
  scores: readonly Score[];
  weights?: { weights: bigint[]; managementWeights: bigint[] };
}

/** 折算课时 weights, kept per set of people for the last coefficients: comparing two schemes computes them once. */
const WEIGHTS = new WeakMap<readonly PersonWork[], { key: string; value: ReturnType<typeof workloadWeights> }>();

function weightsOf(c: Context): ReturnType<typeof workloadWeights> {
  if (c.weights) return c.weights;
  const key = JSON.stringify(c.scheme.coefficients);
  const cached = WEIGHTS.get(c.people);
  if (cached?.key === key) return (c.weights = cached.value);
  const value = workloadWeights(c.people, c.scheme.coefficients);
  WEIGHTS.set(c.people, { key, value });
  return (c.weights = value);
}

type StepRun = { ok: true; shares: Shares; unscored?: boolean } | { ok: false; errors: AllocationFinding[] };

function runStep(step: Exclude<Step, { kind: 'reserve' }>, index: number, c: Context, left: Q): StepRun {
  const field = `steps.${index}`;
  switch (step.kind) {
    case 'perSession':
      return { ok: true, shares: perSession(step, c.people) };
    case 'perPerson':
      return { ok: true, shares: perPerson(step, c.people) };
    case 'remainder':
      return { ok: true, shares: split(left, c.people.map(() => 1n)) };
    case 'byWorkload': {
      const { weights, managementWeights } = weightsOf(c);
      const sum = weights.reduce((a, b) => a + b, 0n);
      if (sum === 0n) return { ok: false, errors: [finding('allocation.workload-positive', 'ledger', {})] };
      const pool = poolAmount(step.pool, c.fundFen, left, c.people.length);
      const shares = split(pool, weights);
      shares.managementFen = ratio(pool.n * managementWeights.reduce((a, b) => a + b, 0n), pool.d * sum);
      return { ok: true, shares };
    }
    case 'byScore': {
      const errors = matchScores(c.people, c.scores);
      if (errors.length) return { ok: false, errors };
      const unscored = c.scores.length === 0;
      const byId = new Map(c.scores.map((s) => [s.staffId, s]));
      const workload = step.weight === 'workload' ? weightsOf(c).weights : null;
      const weights = c.people.map((p, i) => {
        const s = byId.get(p.staffId);
        const perf = unscored || !s ? BigInt(PERFORMANCE_SCALE) : BigInt(step.effectPercent * toScaled(s.effect, 1) + (100 - step.effectPercent) * toScaled(s.satisfaction, 1));
        return workload ? workload[i]! * perf : perf;
      });
      const pool = poolAmount(step.pool, c.fundFen, left, c.people.length);
      if (pool.n > 0n && weights.every((w) => w === 0n)) {
        if (workload && workload.every((w) => w === 0n)) return { ok: false, errors: [finding('allocation.workload-positive', 'ledger', {})] };
        return { ok: false, errors: [finding('allocation.scheme-score-positive', field, { step: index + 1, label: stepLabel(step) })] };
      }
      return { ok: true, shares: split(pool, weights), unscored };
    }
  }
}

export function runScheme(input: SchemeInput): SchemeOutcome {
  const { scheme, fundFen, people } = input;
  const c: Context = { ...input };
  const fund = q(BigInt(fundFen));
  let left = fund;
  const reserves: SchemeResult['reserves'] = [];
  const steps: SchemeStepTotal[] = [];
  const parts: Shares[] = [];
  let unscored = false;
  let managementFen = 0;

  for (const [index, step] of scheme.steps.entries()) {
    const leftBeforeFen = toFen(left);
    if (step.kind === 'reserve') {
      const fen = step.mode === 'percent' ? Math.floor((fundFen * toScaled(step.percent, 2)) / 10_000) : step.amountFen;
      const amount = q(BigInt(fen));
      if (cmp(amount, left) > 0) return overspent(index, step, sub(amount, left));
      left = sub(left, amount);
      reserves.push({ label: step.label, amountFen: fen });
      steps.push({ index, kind: step.kind, label: stepLabel(step), totalFen: fen, leftBeforeFen });
      parts.push({ nums: people.map(() => 0n), den: 1n, managementFen: 0 });
      continue;
    }
    const run = runStep(step, index, c, left);
    if (!run.ok) return run;
    if (run.unscored) unscored = true;
    const total = q(run.shares.nums.reduce((a, b) => a + b, 0n), run.shares.den);
    if (cmp(total, left) > 0) return overspent(index, step, sub(total, left));
    left = sub(left, total);
    managementFen += run.shares.managementFen;
    steps.push({ index, kind: step.kind, label: stepLabel(step), totalFen: toFen(total), leftBeforeFen });
    parts.push(run.shares);
  }

  // One denominator for every step, then one largest-remainder pass over people and what is left.
  let den = 1n;
  for (const p of parts) den = (den / gcd(den, p.den)) * p.den;
  const sums = people.map(() => 0n);
  for (const p of parts) {
    const scale = den / p.den;
    for (let i = 0; i < sums.length; i++) sums[i] = sums[i]! + p.nums[i]! * scale;
  }
  const reservedFen = reserves.reduce((a, r) => a + r.amountFen, 0);
  const toShare = fundFen - reservedFen;
  const unallocated = BigInt(toShare) * den - sums.reduce((a, b) => a + b, 0n);
  const amounts = largestRemainder(toShare, [...sums, unallocated]);
  const unallocatedFen = amounts.pop()!;
  const paidFen = amounts.reduce((a, b) => a + b, 0);

  const result: SchemeResult = {
    fundFen,
    schemeName: scheme.name,
    people: people.map((p, i) => ({
      staffId: p.staffId,
      name: p.name,
      hundredths: p.hundredths,
      partsFen: parts.map((s) => ratio(s.nums[i]!, s.den)),
      exactFen: ratio(sums[i]!, den),
      amountFen: amounts[i]!,
    })),
    steps,
    reserves,
    unallocatedFen,
    paidFen,
    managementFen,
    warnings: [],
    unscored,
  };
  result.warnings = schemeWarnings(scheme, result);
  return { ok: true, result };
}

function overspent(index: number, step: Step, shortfall: Q): SchemeOutcome {
  return {
    ok: false,
    errors: [finding('allocation.scheme-within-fund', `steps.${index}`, { step: index + 1, label: stepLabel(step), shortfall: formatYuan(ceilFen(shortfall)) })],
  };
}

/** Equal shares of what the people got: per head, and per 课时 (简单划一 in its two usual forms). */
export function uniformShares(result: Pick<SchemeResult, 'people' | 'paidFen'>): { perHead: number[]; perHour: number[] } {
  const perHead = result.people.length ? largestRemainder(result.paidFen, result.people.map(() => 1)) : [];
  const hours = result.people.map((p) => p.hundredths);
  const perHour = hours.some((h) => h > 0) ? largestRemainder(result.paidFen, hours) : perHead;
  return { perHead, perHour };
}

/** The checks the notice implies for any scheme: not 简单划一, every factor of 1.1.5 used, 值班管理 within the cap, the fund used. */
export function schemeWarnings(scheme: Scheme, result: SchemeResult): AllocationFinding[] {
  const warnings: AllocationFinding[] = [];
  const { perHead, perHour } = uniformShares(result);
  if (result.people.length > 1 && result.paidFen > 0) {
    if (result.people.every((p, i) => p.amountFen === perHead[i])) warnings.push(finding('allocation.not-uniform', 'steps', { scheme: 'head' }));
    else if (result.people.every((p, i) => p.amountFen === perHour[i])) warnings.push(finding('allocation.not-uniform', 'steps', { scheme: 'hour' }));
  }
  const unused = unusedFactors(scheme);
  if (unused.length) warnings.push(finding('allocation.factors-considered', 'steps', { factors: unused }));
  if (result.fundFen > 0 && result.managementFen > (result.fundFen * scheme.managementCapPercent) / 100 + 0.5) {
    warnings.push(
      finding('allocation.management-share-cap', 'managementCapPercent', {
        amount: formatYuan(Math.round(result.managementFen)),
        percent: ((result.managementFen / result.fundFen) * 100).toFixed(1),
        cap: scheme.managementCapPercent,
      }),
    );
  }
  if (result.unallocatedFen > 0) warnings.push(finding('allocation.scheme-unallocated', 'steps', { amount: formatYuan(result.unallocatedFen) }));
  return warnings;
}
