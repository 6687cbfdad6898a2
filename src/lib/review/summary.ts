/**
 * The district table: one row per school (what was read, months covered, findings by severity, the
 * rules that fire most, 课时 and pay per semester, the plan's status and checks), and the figures across
 * schools that supervision needs (通知 二(二)(三): pay per 课时, share of 校外人员, schools with 错误).
 */
import { SEVERITIES, type Severity } from '../policy/severity.ts';
import type { SemesterFigures } from './figures.ts';
import type { ReviewedPlan, ReviewStatus } from './plans.ts';
import type { SchoolResult } from './result.ts';

export interface SchoolSummary {
  school: string;
  files: number;
  rows: number;
  months: string[];
  counts: Record<Severity, number>;
  /** The three rules with the most findings, most first (ties by rule id). */
  topRules: { rule: string; count: number }[];
  semesters: SemesterFigures[];
  /** Over all semesters; 课时 in hundredths, money in 分. */
  hours: number;
  externalHours: number;
  payFen: number | null;
  payHours: number | null;
  /** 元 per 课时 from the 报酬统计 (报酬金额 ÷ 总课时数); null without one. */
  payPerHour: number | null;
  /** Share of the 台账's 课时 served by 校外人员 (0–1); null without 台账 rows. */
  externalShare: number | null;
  failed: string | null;
  plan: { status: ReviewStatus; counts: Record<Severity, number>; file: string } | null;
  ms: number;
}

export function summarizeSchool(result: SchoolResult | null, school: string, plan: ReviewedPlan | null): SchoolSummary {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, number>();
  for (const f of result?.findings ?? []) {
    counts[f.severity]++;
    byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  }
  const topRules = [...byRule]
    .map(([rule, count]) => ({ rule, count }))
    .sort((a, b) => b.count - a.count || (a.rule < b.rule ? -1 : 1))
    .slice(0, 3);
  const semesters = result?.figures?.semesters ?? [];
  const hours = semesters.reduce((n, s) => n + s.hours, 0);
  const externalHours = semesters.reduce((n, s) => n + s.externalHours, 0);
  const paid = semesters.filter((s) => s.payFen !== null);
  const payFen = paid.length ? paid.reduce((n, s) => n + (s.payFen ?? 0), 0) : null;
  const payHours = paid.length ? paid.reduce((n, s) => n + (s.payHours ?? 0), 0) : null;
  return {
    school,
    files: result?.files.length ?? 0,
    rows: result?.files.reduce((n, f) => n + f.rows, 0) ?? 0,
    months: result?.figures?.months ?? [],
    counts,
    topRules,
    semesters,
    hours,
    externalHours,
    payFen,
    payHours,
    // 分 ÷ hundredths of a 课时 = 元 per 课时.
    payPerHour: payFen !== null && payHours ? payFen / payHours : null,
    externalShare: hours > 0 ? externalHours / hours : null,
    failed: result?.failed ?? null,
    plan: plan ? { status: plan.review.status, counts: plan.counts, file: plan.file } : null,
    ms: result?.ms ?? 0,
  };
}

export interface DistrictFigures {
  schools: number;
  checked: number;
  rows: number;
  counts: Record<Severity, number>;
  withErrors: string[];
  hours: number;
  externalHours: number;
  payFen: number;
  payHours: number;
  /** 元 per 课时 over the schools with a 报酬统计. */
  payPerHour: number | null;
  externalShare: number | null;
}

export function districtFigures(summaries: readonly SchoolSummary[]): DistrictFigures {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of summaries) for (const k of SEVERITIES) counts[k] += s.counts[k];
  const sum = (f: (s: SchoolSummary) => number) => summaries.reduce((n, s) => n + f(s), 0);
  const hours = sum((s) => s.hours);
  const externalHours = sum((s) => s.externalHours);
  const payFen = sum((s) => s.payFen ?? 0);
  const payHours = sum((s) => s.payHours ?? 0);
  return {
    schools: summaries.length,
    checked: summaries.filter((s) => s.files > 0 && !s.failed).length,
    rows: sum((s) => s.rows),
    counts,
    withErrors: summaries.filter((s) => s.counts.error > 0 || s.failed).map((s) => s.school),
    hours,
    externalHours,
    payFen,
    payHours,
    payPerHour: payHours > 0 ? payFen / payHours : null,
    externalShare: hours > 0 ? externalHours / hours : null,
  };
}

/** Time left from the pace so far: null until one school is done. */
export function timeLeftMs(elapsedMs: number, done: number, total: number): number | null {
  if (done === 0) return null;
  return (elapsedMs / done) * (total - done);
}
