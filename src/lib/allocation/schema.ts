/**
 * The parts of an allocation scenario as zod schemas: the coefficients, the shares, the sessions
 * (from a 台账 or typed in) and the per-person scores. The scenario file itself (`ScenarioSchema`)
 * is in scenario.ts, beside its defaults, so that defaults.ts and this file do not import each other.
 */
import { z } from 'zod';

import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES as LEDGER_ROLES, SERVICE_TYPES as LEDGER_SERVICE_TYPES, STAFF_TYPES as LEDGER_STAFF_TYPES } from '../policy/vocabulary.ts';

// The 台账's own vocabulary (standard template v1), so a session means what a ledger row means.
export const PERIODS = PERIOD_NAMES;
export const SERVICE_TYPES = LEDGER_SERVICE_TYPES;
export const CATEGORIES = ACTIVITY_CATEGORIES;
/** A content coefficient is keyed by 服务类型 for 作业辅导 and by 活动类别 for 素质教育. */
export const CONTENTS = ['作业辅导', ...CATEGORIES] as const;
export const ROLES = LEDGER_ROLES;
export const STAFF_TYPES = LEDGER_STAFF_TYPES;

export type Period = (typeof PERIODS)[number];
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
  .number({ error: '请填写数字' })
  .min(0, { error: '系数不能小于 0' })
  .max(COEFFICIENT_MAX, { error: `系数不能大于 ${COEFFICIENT_MAX}` })
  .refine((v) => hasDecimals(v, 3), { error: '系数最多 3 位小数' });

export const StudentTierSchema = z.object({
  /** The tier applies from this many 参与学生 upwards (until the next tier's `min`). */
  min: z.number({ error: '请填写人数' }).int({ error: '人数须为整数' }).min(0, { error: '人数不能小于 0' }),
  coefficient: CoefficientSchema,
});

export const CoefficientsSchema = z.object({
  period: z.record(z.enum(PERIODS), CoefficientSchema),
  content: z.record(z.enum(CONTENTS), CoefficientSchema),
  role: z.record(z.enum(ROLES), CoefficientSchema),
  studentTiers: z
    .array(StudentTierSchema)
    .min(1, { error: '至少要有一档学生人数' })
    .refine((tiers) => tiers[0]?.min === 0, { error: '第一档须从 0 人开始' })
    .refine((tiers) => tiers.every((t, i) => i === 0 || t.min > tiers[i - 1]!.min), {
      error: '各档起始人数须逐档增大',
    }),
});

const PercentSchema = z
  .number({ error: '请填写 0–100 的整数' })
  .int({ error: '请填写 0–100 的整数' })
  .min(0, { error: '不能小于 0' })
  .max(100, { error: '不能大于 100' });

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
    staffId: z.string({ error: '缺少工号' }).trim().min(1, { error: '缺少工号' }),
    name: z.string({ error: '姓名须为文字' }).trim().default(''),
    period: z.enum(PERIODS, { error: `时段须为 ${PERIODS.join('/')}` }),
    serviceType: z.enum(SERVICE_TYPES, { error: `服务类型须为 ${SERVICE_TYPES.join('/')}` }),
    category: z.union([z.enum(CATEGORIES), z.literal('')], { error: `活动类别须为 ${CATEGORIES.join('/')}` }).default(''),
    role: z.enum(ROLES, { error: `职责须为 ${ROLES.join('/')}` }),
    students: z.number({ error: '参与学生人数须为整数' }).int({ error: '参与学生人数须为整数' }).min(0, { error: '参与学生人数不能小于 0' }),
    hours: z
      .number({ error: '课时数须为数字' })
      .min(0, { error: '课时数不能小于 0' })
      .max(10_000, { error: '课时数过大' })
      .refine((v) => hasDecimals(v, 2), { error: '课时数最多 2 位小数' }),
    /** 日期 (YYYY-MM-DD) of the session; per-day caps of a scheme need it. Typed-in rows may have none. */
    date: z.string({ error: '日期须为文字' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期须为 YYYY-MM-DD' }).optional(),
    /** How many sessions (节) this row sums; a 台账 row is one. */
    count: z.number({ error: '次数须为整数' }).int({ error: '次数须为整数' }).min(1, { error: '次数至少为 1' }).max(1_000_000, { error: '次数过大' }).optional(),
    staffType: z.union([z.enum(STAFF_TYPES), z.literal('')], { error: `人员类别须为 ${STAFF_TYPES.join('/')}` }).optional(),
  })
  .refine((s) => s.serviceType === '作业辅导' || s.category !== '', {
    error: '素质教育须填写活动类别',
    path: ['category'],
  });

const ScoreValueSchema = z
  .number({ error: '请填写 0–100 的分数' })
  .min(0, { error: '分数不能小于 0' })
  .max(100, { error: '分数不能大于 100' })
  .refine((v) => hasDecimals(v, 1), { error: '分数最多 1 位小数' });

export const ScoreSchema = z.object({
  staffId: z.string({ error: '缺少工号' }).trim().min(1, { error: '缺少工号' }),
  name: z.string({ error: '姓名须为文字' }).trim().default(''),
  effect: ScoreValueSchema,
  satisfaction: ScoreValueSchema,
});

export const FundFenSchema = z
  .number({ error: '请填写经费总额' })
  .int({ error: '经费须精确到分' })
  .min(0, { error: '经费不能为负数' })
  .max(FUND_MAX_FEN, { error: '经费超出可计算范围' });

export type Coefficients = z.infer<typeof CoefficientsSchema>;
export type StudentTier = z.infer<typeof StudentTierSchema>;
export type Shares = z.infer<typeof SharesSchema>;
export type Session = z.infer<typeof SessionSchema>;
export type Score = z.infer<typeof ScoreSchema>;

export function contentOf(session: Pick<Session, 'serviceType' | 'category'>): Content {
  return session.serviceType === '作业辅导' || session.category === '' ? '作业辅导' : session.category;
}
