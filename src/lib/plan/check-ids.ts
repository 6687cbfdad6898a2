/**
 * Every plan check's id, as data (in the order of PLAN_CHECKS). A check's id and its findings' `rule` are
 * typed by it, so a misspelt id does not compile; a unit test keeps this list and PLAN_CHECKS equal.
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
