/**
 * Plans under review. A plan file is read through the plan builder's own reader (schema + migration);
 * the review status travels in the plan's `review` field (草稿 / 已提交 / 已备案 / 退回; none = 草稿),
 * kept as it is in the file and written back with the reviewer's decision.
 */
import { z } from 'zod';
import { readPlanJson, planToJson } from '../plan/migrate.ts';
import { checkPlan, type PlanFinding } from '../plan/checks.ts';
import type { Plan } from '../plan/schema.ts';
import type { Severity } from '../policy/severity.ts';
import { REVIEW_TEXT } from './messages.ts';

export const REVIEW_STATUSES = ['draft', 'submitted', 'filed', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = { draft: '草稿', submitted: '已提交', filed: '已备案', returned: '退回' };

/** The contract with the plan builder (its PlanSchema carries the same optional field). */
export const PlanReviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  reason: z.string().optional(),
  reviewer: z.string().optional(),
  date: z.string().optional(),
});
export type PlanReview = z.infer<typeof PlanReviewSchema>;

export interface ReviewedPlan {
  file: string;
  /** The school the plan names (方案 › 学校名称), '' when blank. */
  schoolName: string;
  plan: Plan;
  review: PlanReview;
  findings: PlanFinding[];
  counts: Record<Severity, number>;
}

export type PlanRead = { ok: true; plan: ReviewedPlan } | { ok: false; file: string; messages: string[] };

/** The format name a plan file carries: a JSON file without it is something else (not a plan). */
export function looksLikePlan(text: string): boolean {
  return /"format"\s*:\s*"kehou-plan"/.test(text.slice(0, 4096));
}

export function readPlanForReview(file: string, text: string): PlanRead {
  const read = readPlanJson(file, text);
  if (!read.ok) return { ok: false, file, messages: read.messages };
  let review: PlanReview = { status: 'draft' };
  try {
    const raw = (JSON.parse(text.replace(/^\uFEFF/, '')) as { review?: unknown }).review;
    const parsed = PlanReviewSchema.safeParse(raw);
    if (parsed.success) review = parsed.data;
  } catch {
    // readPlanJson has parsed it already; unreachable.
  }
  return { ok: true, plan: withChecks(file, read.plan, review) };
}

function withChecks(file: string, plan: Plan, review: PlanReview): ReviewedPlan {
  const findings = checkPlan(plan);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { file, schoolName: plan.school.name.trim(), plan, review, findings, counts };
}

/** 已备案 or 退回 (a reason is required), dated today by the caller. */
export function decide(plan: ReviewedPlan, decision: { status: 'filed' | 'returned'; reason: string; reviewer: string; date: string }): ReviewedPlan | string {
  const reason = decision.reason.trim();
  if (decision.status === 'returned' && !reason) return REVIEW_TEXT.reasonRequired;
  const review: PlanReview = { status: decision.status, date: decision.date };
  if (reason) review.reason = reason;
  if (decision.reviewer.trim()) review.reviewer = decision.reviewer.trim();
  return { ...plan, review };
}

/** The plan file as the builder saves it, with the review status written in. */
export function reviewedPlanJson(plan: ReviewedPlan): string {
  return planToJson({ ...plan.plan, review: plan.review } as Plan);
}
