/**
 * The parts of an allocation scenario as zod schemas: the coefficients, the shares, the sessions
 * (from a 台账 or typed in) and the per-person scores. The scenario file itself (`ScenarioSchema`)
 * is in scenario.ts, beside its defaults, so that defaults.ts and this file do not import each other.
 */
import { z } from 'zod';
import { SCHEMA_TEXT as S } from './messages.ts';

import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES, SERVICE_TYPES, STAFF_TYPES } from '../policy/vocabulary.ts';

// The 台账's own vocabulary (policy/vocabulary.ts, standard template v1), so a session means what a ledger
// row means; imported from there wherever it is used (one name each).
/** A content coefficient is keyed by 服务类型 for 作业辅导 and by 活动类别 for 素质教育. */
export const CONTENTS = ['作业辅导', ...ACTIVITY_CATEGORIES] as const;

export type Period = (typeof PERIOD_NAMES)[number];
export type Content = (typeof CONTENTS)[number];
export type Role = (typeof ROLES)[number];
export type StaffType = (typeof STAFF_TYPES)[number];

export const COEFFICIENT_MAX = 10;
/** Largest fund accepted: 1 亿元 in 分 (far above any school's semester fund, far below 2^53). */
export const FUND_MAX_FEN = 10_000_000_000;

function hasDecimals(value: number, places: number): boolean {
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

export const CoefficientSchema = z
  .number({ error: S.number })
  .min(0, { error: S.coefficientNegative })
  .max(COEFFICIENT_MAX, { error: S.coefficientTooLarge(COEFFICIENT_MAX) })
  .refine((v) => hasDecimals(v, 3), { error: S.coefficientDecimals });

export const StudentTierSchema = z.object({
  /** The tier applies from this many 参与学生 upwards (until the next tier's `min`). */
  min: z.number({ error: S.students }).int({ error: S.studentsWhole }).min(0, { error: S.studentsNegative }),
  coefficient: CoefficientSchema,
});

export const CoefficientsSchema = z.object({
  period: z.record(z.enum(PERIOD_NAMES), CoefficientSchema),
  content: z.record(z.enum(CONTENTS), CoefficientSchema),
  role: z.record(z.enum(ROLES), CoefficientSchema),
  studentTiers: z
    .array(StudentTierSchema)
    .min(1, { error: S.noTiers })
    .refine((tiers) => tiers[0]?.min === 0, { error: S.tierFirstFromZero })
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.min > tiers[i - 1]!.min), {
      error: S.tiersIncreasing,
    }),
});

const PercentSchema = z
  .number({ error: S.percentInteger })
  .int({ error: S.percentInteger })
  .min(0, { error: S.negative })
  .max(100, { error: S.over100 });

export const SharesSchema = z.object({
  /** Percent of the fund that follows 折算课时 (多劳多得); the rest follows 折算课时 × 绩效系数 (优绩优酬). */
  workloadPercent: PercentSchema,
  /** Weight of 效果评分 in the 绩效系数, in percent; 满意度 has the rest. */
  effectPercent: PercentSchema,
  /** Warn when 值班管理 takes more than this percent of the fund. */
  managementCapPercent: PercentSchema,
});

export const SessionSchema = z
  .object({
    staffId: z.string({ error: S.noStaffId }).trim().min(1, { error: S.noStaffId }),
    name: z.string({ error: S.nameText }).trim().default(''),
    period: z.enum(PERIOD_NAMES, { error: S.oneOf('period', PERIOD_NAMES) }),
    serviceType: z.enum(SERVICE_TYPES, { error: S.oneOf('serviceType', SERVICE_TYPES) }),
    category: z.union([z.enum(ACTIVITY_CATEGORIES), z.literal('')], { error: S.oneOf('category', ACTIVITY_CATEGORIES) }).default(''),
    role: z.enum(ROLES, { error: S.oneOf('role', ROLES) }),
    students: z.number({ error: S.studentsInteger }).int({ error: S.studentsInteger }).min(0, { error: S.studentsCountNegative }),
    hours: z
      .number({ error: S.hoursNumber })
      .min(0, { error: S.hoursNegative })
      .max(10_000, { error: S.hoursTooLarge })
      .refine((v) => hasDecimals(v, 2), { error: S.hoursDecimals }),
    /** 日期 (YYYY-MM-DD) of the session; per-day caps of a scheme need it. Typed-in rows may have none. */
    date: z.string({ error: S.dateText }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: S.dateFormat }).optional(),
    /** How many sessions (节) this row sums; a 台账 row is one. */
    count: z.number({ error: S.countInteger }).int({ error: S.countInteger }).min(1, { error: S.countAtLeastOne }).max(1_000_000, { error: S.countTooLarge }).optional(),
    staffType: z.union([z.enum(STAFF_TYPES), z.literal('')], { error: S.oneOf('staffType', STAFF_TYPES) }).optional(),
  })
  .refine((s) => s.serviceType === '作业辅导' || s.category !== '', {
    error: S.categoryRequired,
    path: ['category'],
  });

const ScoreValueSchema = z
  .number({ error: S.score })
  .min(0, { error: S.scoreNegative })
  .max(100, { error: S.scoreOver100 })
  .refine((v) => hasDecimals(v, 1), { error: S.scoreDecimals });

export const ScoreSchema = z.object({
  staffId: z.string({ error: S.noStaffId }).trim().min(1, { error: S.noStaffId }),
  name: z.string({ error: S.nameText }).trim().default(''),
  effect: ScoreValueSchema,
  satisfaction: ScoreValueSchema,
});

export const FundFenSchema = z
  .number({ error: S.fund })
  .int({ error: S.fundFen })
  .min(0, { error: S.fundNegative })
  .max(FUND_MAX_FEN, { error: S.fundTooLarge });

export type Coefficients = z.infer<typeof CoefficientsSchema>;
export type StudentTier = z.infer<typeof StudentTierSchema>;
export type Shares = z.infer<typeof SharesSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Score = z.infer<typeof ScoreSchema>;

export function contentOf(session: Pick<Session, 'serviceType' | 'category'>): Content {
  return session.serviceType === '作业辅导' || session.category === '' ? '作业辅导' : session.category;
}
