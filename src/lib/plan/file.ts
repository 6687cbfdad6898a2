/**
 * A plan file as another tool sees it (the 学段中心 review page, `kehou review`): read any known version,
 * run the plan checks once, and give back the plan, its review status and its findings; or Chinese
 * messages saying why the file could not be read. Pure: no DOM, no storage.
 */
import { checkPlan } from './checks.ts';
import type { Finding } from './checks.ts';
import { planToJson, readPlanJson } from './migrate.ts';
import { reviewStatus } from './schema.ts';
import type { Plan, Review, ReviewStatus } from './schema.ts';
import { DOCUMENT_TEXT } from './messages.ts';
import { safeFileName } from '../files/path.ts';

export type PlanFileResult =
  | { ok: true; plan: Plan; status: ReviewStatus; findings: Finding[]; notes: string[] }
  | { ok: false; messages: string[] };

/** `readPlanFile(text, '明珠小学.json')` → the plan with its status and findings, or messages naming the file. */
export function readPlanFile(text: string, file = '方案文件'): PlanFileResult {
  const read = readPlanJson(file, text);
  if (!read.ok) return read;
  return { ok: true, plan: read.plan, status: reviewStatus(read.plan), findings: checkPlan(read.plan), notes: read.notes };
}

/** The plan with a new review record (the reviewer's 已备案/退回, or the school's 已提交), as a file's text. */
export function withReview(plan: Plan, review: Review): Plan {
  const clean: Review = { status: review.status };
  if (review.reason?.trim()) clean.reason = review.reason.trim();
  if (review.reviewer?.trim()) clean.reviewer = review.reviewer.trim();
  if (review.date?.trim()) clean.date = review.date.trim();
  return { ...plan, review: clean };
}

export { planToJson };

/** `上海市浦东新区明珠小学2025学年课后服务实施方案.docx`, without characters a file name cannot hold. */
export function planFileName(plan: Plan, ext: string): string {
  return `${safeFileName(DOCUMENT_TEXT.fileBase(plan.school.name.trim(), plan.school.schoolYear.trim()))}.${ext}`;
}
