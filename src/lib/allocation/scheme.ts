/**
 * A distribution scheme as data: an ordered list of steps, each taking from what is left of the fund
 * (issue 12). Saved in the scenario file and read by `kehou allocate --config`; `runScheme` (steps.ts)
 * computes it exactly to the 分. Money is in whole 分, percentages of the whole fund with at most two
 * decimals, so a scheme means the same in every program that reads the file.
 */
import { z } from 'zod';
import { SCHEMA_TEXT as S } from './messages.ts';
import { CONTENTS, CoefficientsSchema } from './schema.ts';
import { PERIOD_NAMES, ROLES, STAFF_TYPES } from '../policy/vocabulary.ts';
import { DEFAULT_COEFFICIENTS } from './defaults.ts';
import type { Basis } from '../policy/basis.ts';

/** 1 亿元 in 分, as for the fund. */
const FEN_MAX = 10_000_000_000;

const Fen = z.number({ error: S.money }).int({ error: S.moneyFen }).min(0, { error: S.moneyNegative }).max(FEN_MAX, { error: S.moneyTooLarge });
const Percent = z
  .number({ error: S.percent })
  .min(0, { error: S.percentNegative })
  .max(100, { error: S.percentOver100 })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { error: S.percentDecimals });
const Label = z.string({ error: S.labelText }).trim().max(40, { error: S.labelTooLong }).default('');
const Students = z.number({ error: S.students }).int({ error: S.studentsWhole }).min(0, { error: S.studentsNegative }).max(100_000, { error: S.studentsTooLarge });

/** How much a pooled step (按评分, 按折算课时) shares out: a percent of the fund, a fixed sum, a sum per person, or all that is left. */
export const POOL_MODES = ['percent', 'fixed', 'perPerson', 'rest'] as const;
export type PoolMode = (typeof POOL_MODES)[number];

export const PoolSchema = z.object({
  mode: z.enum(POOL_MODES, { error: S.poolMode }),
  percent: Percent.default(0),
  amountFen: Fen.default(0),
});

/**
 * One rate of a per-session step. It applies to a session whose 时段/内容/职责 match (blank = any) and
 * whose 参与学生人数 lies in [minStudents, maxStudents]; the first rate that applies is used.
 * Pay = clamp(baseFen + perStudentFen × 学生人数, floorFen, ceilingFen): max(35 元, 1 元 × 学生) is
 * base 0, per student 100 分, floor 3500 分.
 */
export const RateSchema = z.object({
  period: z.union([z.enum(PERIOD_NAMES), z.literal('')]).default(''),
  content: z.union([z.enum(CONTENTS), z.literal('')]).default(''),
  role: z.union([z.enum(ROLES), z.literal('')]).default(''),
  minStudents: Students.default(0),
  maxStudents: Students.nullable().default(null),
  baseFen: Fen.default(0),
  perStudentFen: Fen.default(0),
  floorFen: Fen.default(0),
  ceilingFen: Fen.nullable().default(null),
});

export const ReserveStepSchema = z.object({
  kind: z.literal('reserve'),
  label: z.string({ error: S.reserveName }).trim().min(1, { error: S.reserveNameExample }).max(40, { error: S.labelTooLong }),
  mode: z.enum(['percent', 'fixed']).default('percent'),
  percent: Percent.default(0),
  amountFen: Fen.default(0),
});

export const PerSessionStepSchema = z.object({
  kind: z.literal('perSession'),
  label: Label,
  /** `hour`: the rate is per 课时 (× 课时数); `session`: per session (节), whatever its length. */
  unit: z.enum(['hour', 'session']).default('session'),
  rates: z.array(RateSchema).min(1, { error: S.noRates }).max(40, { error: S.tooManyRates }),
  /** At most this much per person per 日期 from this step (sessions without a 日期 are not capped). */
  capPerDayFen: Fen.nullable().default(null),
});

export const PerPersonStepSchema = z.object({
  kind: z.literal('perPerson'),
  label: Label,
  amountFen: Fen,
  /** Only people of this 人员类别 (blank = everyone who served). */
  staffType: z.union([z.enum(STAFF_TYPES), z.literal('')]).default(''),
  /** Only people who served in this 职责 at least once (blank = everyone who served). */
  role: z.union([z.enum(ROLES), z.literal('')]).default(''),
});

export const ByScoreStepSchema = z.object({
  kind: z.literal('byScore'),
  label: Label,
  pool: PoolSchema,
  /** Weight of 效果评分 in percent; 满意度 has the rest. */
  effectPercent: z.number().int({ error: S.percentInteger }).min(0).max(100, { error: S.over100 }).default(50),
  /** `workload`: score × 折算课时 (优绩优酬 on top of 多劳多得, the site's default); `person`: the score alone. */
  weight: z.enum(['person', 'workload']).default('workload'),
});

export const ByWorkloadStepSchema = z.object({ kind: z.literal('byWorkload'), label: Label, pool: PoolSchema });

export const RemainderStepSchema = z.object({ kind: z.literal('remainder'), label: Label });

export const StepSchema = z.discriminatedUnion(
  'kind',
  [ReserveStepSchema, PerSessionStepSchema, PerPersonStepSchema, ByScoreStepSchema, ByWorkloadStepSchema, RemainderStepSchema],
  { error: S.unknownStep },
);

export const STEP_KINDS = ['reserve', 'perSession', 'perPerson', 'byScore', 'byWorkload', 'remainder'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** What a scheme rests on: a default of this site, or a school's own (e.g. 学校方案示例). Never the notice's words. */
export const SchemeBasisSchema = z.object({
  kind: z.enum(['default', 'school']).default('school'),
  note: z.string().trim().max(200).default(''),
});

export const SchemeSchema = z.object({
  name: z.string({ error: S.schemeName }).trim().min(1, { error: S.schemeName }).max(40, { error: S.schemeNameTooLong }),
  basis: SchemeBasisSchema.prefault({}),
  /** The coefficients of 折算课时, for 按折算课时 and for 按评分 weighted by workload. */
  coefficients: CoefficientsSchema.default(DEFAULT_COEFFICIENTS),
  /** Warn when 值班管理 work takes more than this percent of the fund. */
  managementCapPercent: z.number().int().min(0).max(100).default(10),
  steps: z.array(StepSchema).min(1, { error: S.noSteps }).max(12, { error: S.tooManySteps }),
});

export type Pool = z.infer<typeof PoolSchema>;
export type Rate = z.infer<typeof RateSchema>;
export type Step = z.infer<typeof StepSchema>;
export type StepInput = z.input<typeof StepSchema>;
export type Scheme = z.infer<typeof SchemeSchema>;
export type SchemeInput = z.input<typeof SchemeSchema>;
export type StepOf<K extends StepKind> = Extract<Step, { kind: K }>;

/** The scheme's basis in the shared vocabulary (policy/basis.ts). */
export function schemeBasis(scheme: Pick<Scheme, 'basis'>): Basis {
  return scheme.basis.kind === 'default' ? { kind: 'default', note: scheme.basis.note || undefined } : { kind: 'school', setting: scheme.basis.note };
}
