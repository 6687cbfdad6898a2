import { z } from 'zod';
import { CLAUSE_IDS, type ClauseId } from './clauses.ts';

export const ACTORS = ['学校', '学段中心', '党政办', '组织人事处', '义务教育处', '督导处', '德育处', '民办教育处', '计财处', '教育局'] as const;
export const DUTY_KINDS = ['要求', '严禁', '鼓励', '可以'] as const;
export const CADENCES = ['每日', '每周', '每月', '每学期', '每学年', '每年', '随时'] as const;

export const ActorSchema = z.enum(ACTORS);
export const DutyKindSchema = z.enum(DUTY_KINDS);
export const CadenceSchema = z.enum(CADENCES);
export const ClauseIdSchema = z.enum(CLAUSE_IDS as [ClauseId, ...ClauseId[]]);

/** One thing the notice asks of someone, anchored to a paragraph of its clause. */
export const DutySchema = z.object({
  paragraph: z.number().int().positive(),
  actors: z.array(ActorSchema).min(1),
  kind: DutyKindSchema,
  cadence: CadenceSchema.optional(),
  /** A short restatement for lists and the calendar. */
  summary: z.string().min(4),
  /** Words quoted from the paragraph, word for word (a test checks they are there). */
  quote: z.string().min(2),
});

export const ClauseSchema = z.object({
  id: ClauseIdSchema,
  heading: z.string(),
  parent: ClauseIdSchema.nullable(),
  order: z.number().int().nonnegative(),
  actors: z.array(ActorSchema),
  kind: z.array(DutyKindSchema),
  cadence: z.array(CadenceSchema),
  checks: z.array(z.string().regex(/^[a-z][a-z-]*\.[a-z0-9-]+$/)).default([]),
  duties: z.array(DutySchema).default([]),
});

export type Actor = z.infer<typeof ActorSchema>;
export type DutyKind = z.infer<typeof DutyKindSchema>;
export type Cadence = z.infer<typeof CadenceSchema>;
export type Duty = z.infer<typeof DutySchema>;
export type Clause = z.infer<typeof ClauseSchema>;
