/**
 * The 一校一方案 (clause 1.1) as data. Every free-text answer may be empty: an unfinished plan is
 * still a plan (saved, previewed, marked), so emptiness is reported by the checks, not refused here.
 * Defaults live in the schema, so a saved file missing a newer field still opens.
 */
import { z } from 'zod';
import { ACTIVITY_CATEGORIES, EXTERNAL_STAFF_TYPES, PERIOD_NAMES, SERVICE_TYPES } from '../policy/vocabulary.ts';

export const PLAN_FORMAT = 'kehou-plan';
export const PLAN_VERSION = 3;

export const STAGES = ['小学', '初中', '九年一贯制'] as const;
export const DAYS = ['周一', '周二', '周三', '周四', '周五'] as const;
// The notice's vocabulary (policy/vocabulary.ts), under the names the plan builder uses.
export { ACTIVITY_CATEGORIES, PERIOD_NAMES, SERVICE_TYPES };
export const SEMESTERS = ['第一学期', '第二学期'] as const;
/** 学段中心's review of a plan file (审核备案, 二(一)): the plan helper writes draft/submitted, the reviewer filed/returned. */
export const REVIEW_STATUSES = ['draft', 'submitted', 'filed', 'returned'] as const;
export const EXTERNAL_KINDS = EXTERNAL_STAFF_TYPES;
export const MAX_PERIODS = 5;

export type Stage = (typeof STAGES)[number];
export type Day = (typeof DAYS)[number];
export type ServiceType = (typeof SERVICE_TYPES)[number];
export type Semester = (typeof SEMESTERS)[number];
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const Text = z.string().default('');

export const MemberSchema = z.object({ name: Text, position: Text, duty: Text });
export const PeriodSchema = z.object({ start: Text, end: Text });
export const CellSchema = z.object({
  day: z.enum(DAYS),
  period: z.number().int().min(0).max(MAX_PERIODS - 1),
  type: z.enum(SERVICE_TYPES),
  activity: Text,
  category: z.union([z.enum(ACTIVITY_CATEGORIES), z.literal('')]).default(''),
  place: Text,
});
export const GradeTimetableSchema = z.object({ grade: Text, cells: z.array(CellSchema).default([]) });
export const ConsultationSchema = z.object({ semester: z.enum(SEMESTERS), date: Text, method: Text });
export const VettingSchema = z.object({
  education: z.boolean().default(false),
  certificate: z.boolean().default(false),
  criminalRecord: z.boolean().default(false),
  health: z.boolean().default(false),
});
export const PartnerSchema = z.object({
  name: Text,
  kind: z.enum(EXTERNAL_KINDS).default('校外专业人员'),
  organization: Text,
  activity: Text,
  vetting: VettingSchema.prefault({}),
  assistant: Text,
});

export const ReviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  /** Why the plan was returned (退回原因), or a note with 已备案. */
  reason: z.string().optional(),
  reviewer: z.string().optional(),
  /** YYYY-MM-DD. */
  date: z.string().optional(),
});

export const PlanSchema = z.object({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  /** Missing = 草稿 (a plan not yet submitted). */
  review: ReviewSchema.optional(),
  school: z
    .object({
      name: Text,
      stage: z.enum(STAGES).default('小学'),
      schoolYear: Text,
      grades: z.array(z.string()).default([]),
      students: Text,
      parentsOffWork: z.string().default('17:30'),
    })
    .prefault({}),
  basis: Text,
  goals: Text,
  leadership: z
    .object({
      leadingGroup: z.array(MemberSchema).default([]),
      workingGroup: z.array(MemberSchema).default([]),
      duty: Text,
    })
    .prefault({}),
  periods: z.array(PeriodSchema).default([]),
  departure: Text,
  exclusions: Text,
  consultation: z
    .object({ rounds: z.array(ConsultationSchema).default([]), freeChoice: Text })
    .prefault({}),
  content: z
    .object({ homework: Text, remedial: Text, extension: Text, activities: Text, transition: Text })
    .prefault({}),
  timetable: z.array(GradeTimetableSchema).default([]),
  venues: Text,
  teachers: z.object({ flexibleHours: Text, training: Text, projects: Text }).prefault({}),
  external: z
    .object({ used: z.boolean().default(false), selection: Text, partners: z.array(PartnerSchema).default([]) })
    .prefault({}),
  process: Text,
  safety: Text,
  records: Text,
  funding: z.object({ allocation: Text, disclosure: Text, noFee: Text }).prefault({}),
  quality: Text,
});

export type Plan = z.infer<typeof PlanSchema>;
export type Review = z.infer<typeof ReviewSchema>;
export type Member = z.infer<typeof MemberSchema>;
export type Period = z.infer<typeof PeriodSchema>;
export type Cell = z.infer<typeof CellSchema>;
export type GradeTimetable = z.infer<typeof GradeTimetableSchema>;
export type Consultation = z.infer<typeof ConsultationSchema>;
export type Partner = z.infer<typeof PartnerSchema>;
export type Vetting = z.infer<typeof VettingSchema>;

/** A plan's review status; a plan without one is a 草稿. */
export function reviewStatus(plan: Pick<Plan, 'review'>): ReviewStatus {
  return plan.review?.status ?? 'draft';
}

/** A blank plan of the current version: every answer empty, status 草稿. */
export function emptyPlan(): Plan {
  return PlanSchema.parse({ format: PLAN_FORMAT, version: PLAN_VERSION });
}

export function periodName(index: number): string {
  return PERIOD_NAMES[index] ?? `第${index + 1}时段`;
}

export function gradesOf(stage: Stage): string[] {
  const names = ['一年级', '二年级', '三年级', '四年级', '五年级', '六年级', '七年级', '八年级', '九年级'];
  // Shanghai runs 5 + 4: 小学 一至五年级, 初中 六至九年级.
  if (stage === '小学') return names.slice(0, 5);
  if (stage === '初中') return names.slice(5);
  return names;
}
