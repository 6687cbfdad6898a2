/**
 * Plans under review, through the plan builder's own file reader (any known version, its checks run
 * once) and its review record (`review`: 草稿 / 已提交 / 已备案 / 退回; none = 草稿), which the
 * reviewer's decision replaces and the downloaded file carries back to the school.
 */
import { readPlanFile, withReview, planToJson } from '../plan/file.ts';
import type { Finding as PlanFinding } from '../plan/checks.ts';
import type { Plan, Review } from '../plan/schema.ts';
import type { Severity } from '../policy/severity.ts';
import { reviewText } from './messages.ts';

export { REVIEW_STATUSES, ReviewSchema, type ReviewStatus, type Review } from '../plan/schema.ts';
export { REVIEW_STATUS_LABELS } from '../plan/messages.ts';

export interface ReviewedPlan {
  file: string;
  /** The school the plan names (方案 › 学校名称), '' when blank. */
  schoolName: string;
  plan: Plan;
  review: Review;
  findings: PlanFinding[];
  counts: Record<Severity, number>;
}

export type PlanRead = { ok: true; plan: ReviewedPlan } | { ok: false; file: string; messages: string[] };

/** The format name a plan file carries: a JSON file without it is something else (not a plan). */
export function looksLikePlan(text: string): boolean {
  return /"format"\s*:\s*"kehou-plan"/.test(text.slice(0, 4096));
}

export function readPlanForReview(file: string, text: string): PlanRead {
  const read = readPlanFile(text, file);
  if (!read.ok) return { ok: false, file, messages: read.messages };
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of read.findings) counts[f.severity]++;
  return {
    ok: true,
    plan: { file, schoolName: read.plan.school.name.trim(), plan: read.plan, review: read.plan.review ?? { status: read.status }, findings: read.findings, counts },
  };
}

/** 已备案 or 退回 (a reason is required), dated by the caller. */
export function decide(plan: ReviewedPlan, decision: { status: 'filed' | 'returned'; reason: string; reviewer: string; date: string }): ReviewedPlan | string {
  if (decision.status === 'returned' && !decision.reason.trim()) return reviewText('reasonRequired', {});
  const next = withReview(plan.plan, decision);
  return { ...plan, plan: next, review: next.review! };
}

/** The plan file as the builder saves it, with the review status written in. */
export function reviewedPlanJson(plan: ReviewedPlan): string {
  return planToJson(plan.plan);
}
