/**
 * Which of the seven factors of 一(一)5 (时段、时长、内容、职责、效果、服务学生规模、学生满意度) a scheme
 * lets change a person's amount, step by step. A factor counts as used when some step pays differently
 * for it: a rate that depends on it, coefficients of 折算课时 that are not all equal, a score weight above 0.
 */
import type { Coefficients } from './schema.ts';
import type { Scheme, Step } from './scheme.ts';
import { FUNDING_FACTORS, type FundingFactor } from '../policy/vocabulary.ts';

export const FACTORS = FUNDING_FACTORS;
export type Factor = FundingFactor;

const varies = (values: readonly number[]) => values.some((v) => v !== values[0]);

function coefficientFactors(c: Coefficients): Factor[] {
  const out: Factor[] = ['时长'];
  if (varies(Object.values(c.period))) out.push('时段');
  if (varies(Object.values(c.content))) out.push('内容');
  if (varies(Object.values(c.role))) out.push('职责');
  if (varies(c.studentTiers.map((t) => t.coefficient))) out.push('服务学生规模');
  return out;
}

/** The factors one step lets change an amount. */
export function stepFactors(step: Step, coefficients: Coefficients): Factor[] {
  switch (step.kind) {
    case 'reserve':
    case 'remainder':
      return [];
    case 'perPerson':
      return step.role ? ['职责'] : [];
    case 'byWorkload':
      return coefficientFactors(coefficients);
    case 'byScore': {
      const own: Factor[] = [];
      if (step.effectPercent > 0) own.push('效果');
      if (step.effectPercent < 100) own.push('学生满意度');
      return step.weight === 'workload' ? [...coefficientFactors(coefficients), ...own] : own;
    }
    case 'perSession': {
      const out: Factor[] = [];
      if (step.unit === 'hour') out.push('时长');
      const paid = step.rates.filter((r) => r.baseFen > 0 || r.perStudentFen > 0 || r.floorFen > 0);
      if (step.rates.some((r) => r.period)) out.push('时段');
      if (step.rates.some((r) => r.content)) out.push('内容');
      if (step.rates.some((r) => r.role)) out.push('职责');
      if (paid.some((r) => r.perStudentFen > 0) || step.rates.some((r) => r.minStudents > 0 || r.maxStudents !== null)) out.push('服务学生规模');
      return out;
    }
  }
}

/** Each factor with the (0-based) steps that use it. */
export function schemeFactors(scheme: Pick<Scheme, 'steps' | 'coefficients'>): Record<Factor, number[]> {
  const used = Object.fromEntries(FACTORS.map((f) => [f, [] as number[]])) as Record<Factor, number[]>;
  scheme.steps.forEach((step, i) => {
    for (const f of new Set(stepFactors(step, scheme.coefficients))) used[f].push(i);
  });
  return used;
}

export function unusedFactors(scheme: Pick<Scheme, 'steps' | 'coefficients'>): Factor[] {
  const used = schemeFactors(scheme);
  return FACTORS.filter((f) => used[f].length === 0);
}
