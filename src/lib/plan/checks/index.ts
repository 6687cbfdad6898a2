/**
 * What the notice asks of a 一校一方案, as data, one file per clause: each check cites its clause and
 * basis and returns findings with the field path where the plan falls short. A failing check never
 * blocks saving or export; the page and the document mark the place instead.
 */
import { SEVERITY_ORDER } from '../../policy/severity.ts';
import type { Plan } from '../schema.ts';
import { CLAUSE_1_1_CHECKS } from './clause-1-1.ts';
import { CLAUSE_1_1_1_CHECKS } from './clause-1-1-1.ts';
import { CLAUSE_1_1_4_CHECKS } from './clause-1-1-4.ts';
import { CLAUSE_1_1_5_CHECKS } from './clause-1-1-5.ts';
import { CLAUSE_1_1_6_CHECKS } from './clause-1-1-6.ts';
import { CLAUSE_1_2_CHECKS } from './clause-1-2.ts';
import type { Finding, PlanCheck } from './types.ts';

export type { Finding, FindingAt, PlanCheck, PlanFinding, Severity } from './types.ts';
export { unansweredPaths } from '../required.ts';

export const PLAN_CHECKS: readonly PlanCheck[] = [
  ...CLAUSE_1_1_CHECKS,
  ...CLAUSE_1_1_1_CHECKS,
  ...CLAUSE_1_1_4_CHECKS,
  ...CLAUSE_1_1_5_CHECKS,
  ...CLAUSE_1_1_6_CHECKS,
  ...CLAUSE_1_2_CHECKS,
];

/** Every finding for a plan, most serious first, each carrying its check's clause and basis. Run once per change and pass the result on. */
export function checkPlan(plan: Plan): Finding[] {
  const findings = PLAN_CHECKS.flatMap((c) =>
    c.check(plan).map((s): Finding => ({
      ...s,
      rule: c.id,
      clause: c.clause,
      ...(c.paragraph ? { paragraph: c.paragraph } : {}),
      severity: c.severity,
      basis: c.basis,
    })),
  );
  return findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
}

/** Whether a finding belongs to a field or to something inside it (`timetable.0` is in `timetable`). */
export function pathWithin(path: string, field: string): boolean {
  return path === field || path.startsWith(field + '.');
}
