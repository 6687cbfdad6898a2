/**
 * Every plan check's id, as data (in the order of PLAN_CHECKS). `src/lib/checks.ts` types the plan's
 * checks by it, so that a check the registry does not know fails the build; a unit test keeps the two equal.
 */
export const PLAN_CHECK_IDS = [
  'plan.unanswered',
  'plan.groups',
  'plan.group-head',
  'plan.status-reason',
  'plan.periods-count',
  'plan.period-times',
  'plan.ends-after-parents',
  'plan.daily-both-types',
  'plan.weekly-quality-activity',
  'plan.consultation-each-semester',
  'plan.free-choice',
  'plan.exclusions-stated',
  'plan.forbidden-content',
  'plan.excluded-service',
  'plan.external-listed',
  'plan.external-two-way',
  'plan.external-vetted',
  'plan.external-assistant',
  'plan.funding-factors',
  'plan.no-fee-statement',
  'plan.fee-words',
  'plan.quality-monitoring',
  'plan.records-duties',
  'plan.disclosure',
  'plan.pay-report',
] as const;

export type PlanCheckId = (typeof PLAN_CHECK_IDS)[number];

export function isPlanCheckId(id: string): id is PlanCheckId {
  return (PLAN_CHECK_IDS as readonly string[]).includes(id);
}
