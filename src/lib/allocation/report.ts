/**
 * The allocation explained: the formula in plain Chinese, each person's factors as labelled values
 * (for the command's JSON and text output and the page), and the spread of each scheme.
 */
import { formatHundredths } from '../ledger/summaries/summarize.ts';
import { formatYuan } from './money.ts';
import { explainLines } from './model.ts';
import type { AllocationResult, LineFactors, PersonAllocation } from './model.ts';
import type { Coefficients } from './schema.ts';
import type { SchemeResult } from './steps.ts';
import { STEP_KIND_LABELS } from './messages.ts';
import type { UniformScheme } from './check-ids.ts';

/** 2 decimals for money in 元 that is not yet rounded to the 分 (shown as ≈). */
export function approxYuan(fen: number): string {
  return (fen / 100).toFixed(2);
}

export function round4(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

export function lineFactorsRecord(l: LineFactors) {
  return {
    时段: l.period,
    内容: l.content,
    职责: l.role,
    学生人数档: l.tier,
    课时: formatHundredths(l.hundredths),
    时段系数: l.periodCoefficient,
    内容系数: l.contentCoefficient,
    职责系数: l.roleCoefficient,
    学生人数系数: l.tierCoefficient,
    折算课时: round4(l.weightedHours),
  };
}

/** Every factor behind one person's amount, labelled as the page labels it; money in 元. */
export function factorsRecord(p: PersonAllocation, coefficients: Coefficients) {
  return {
    折算课时: round4(p.weightedHours),
    效果评分: p.effect,
    满意度: p.satisfaction,
    绩效系数: round4(p.performance),
    工作量部分: approxYuan(p.workloadPartFen),
    绩效部分: approxYuan(p.performancePartFen),
    应得: approxYuan(p.exactFen),
    余数补分: formatYuan(p.remainderFen),
    按人平均: formatYuan(p.equalPerHeadFen),
    按课时平均: formatYuan(p.equalPerHourFen),
    明细: explainLines(p.lines, coefficients).map(lineFactorsRecord),
  };
}

/** `kehou allocate --json`: `{total, people:[{工号, 姓名, 课时, amount, factors}]}`. */
export function resultRecord(result: AllocationResult) {
  return {
    total: formatYuan(result.fundFen),
    people: result.people.map((p) => ({
      工号: p.staffId,
      姓名: p.name,
      课时: formatHundredths(p.hundredths),
      amount: formatYuan(p.amountFen),
      factors: factorsRecord(p, result.coefficients),
    })),
    warnings: result.warnings.map((w) => ({ check: w.check, message: w.message })),
  };
}

export interface Spread {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/** Five-number summary of amounts in 分 (quartiles by the nearest-rank rule). */
export function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { min: 0, q1: 0, median: 0, q3: 0, max: 0 };
  const s = [...values].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { min: s[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: s[s.length - 1]! };
}

/** The three ways of sharing the fund whose spreads the page draws: this scheme, 按人平均, 按课时平均 (SPREAD_LABELS). */
export type SpreadScheme = 'self' | 'head' | 'hour';

export interface SchemeComparison {
  scheme: SpreadScheme;
  spread: Spread;
}

export function compareSchemes(result: AllocationResult): SchemeComparison[] {
  return [
    { scheme: 'self', spread: spreadOf(result.people.map((p) => p.amountFen)) },
    { scheme: 'head', spread: spreadOf(result.people.map((p) => p.equalPerHeadFen)) },
    { scheme: 'hour', spread: spreadOf(result.people.map((p) => p.equalPerHourFen)) },
  ];
}

/** `kehou allocate --config` with a scheme, as JSON: each step's total, each person's parts, 留存 and 结余; money in 元. */
export function schemeResultRecord(result: SchemeResult) {
  return {
    scheme: result.schemeName,
    total: formatYuan(result.fundFen),
    steps: result.steps.map((s) => ({ step: s.index + 1, kind: STEP_KIND_LABELS[s.kind], label: s.label, amount: approxYuan(s.totalFen) })),
    reserves: result.reserves.map((r) => ({ label: r.label, amount: formatYuan(r.amountFen) })),
    unallocated: formatYuan(result.unallocatedFen),
    people: result.people.map((p) => ({
      工号: p.staffId,
      姓名: p.name,
      课时: formatHundredths(p.hundredths),
      amount: formatYuan(p.amountFen),
      parts: Object.fromEntries(result.steps.map((s, i) => [`${s.index + 1}.${s.label}`, approxYuan(p.partsFen[i]!)])),
    })),
    warnings: result.warnings.map((w) => ({ check: w.check, severity: w.severity, message: w.message })),
  };
}

export type { UniformScheme as UniformReference } from './check-ids.ts';

/** Each person's amount against 简单划一 (按人平均 or 按课时平均 of the same fund), with the counts the chart states. */
export function gainsAgainstUniform(result: AllocationResult, reference: UniformScheme) {
  const people = result.people.map((p) => ({ staffId: p.staffId, name: p.name, deltaFen: p.amountFen - (reference === 'head' ? p.equalPerHeadFen : p.equalPerHourFen) }));
  const deltas = people.map((p) => p.deltaFen);
  const gainers = deltas.filter((d) => d > 0).length;
  const losers = deltas.filter((d) => d < 0).length;
  return { people, gainers, losers, same: people.length - gainers - losers, maxGainFen: Math.max(0, ...deltas), maxLossFen: Math.max(0, ...deltas.map((d) => -d)) };
}
