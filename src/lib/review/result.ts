/**
 * One school's outcome: the ledger check's report (in the `kehou check --json` shape), the figures read
 * from its loaded tables, how long it took, and — when the check could not finish — why.
 */
import { z } from 'zod';
import { SEVERITIES } from '../policy/severity.ts';
import { isClauseId, type ClauseId } from '../policy/clauses.ts';
import { KIND_ORDER, type FileKind } from '../ledger/format/kinds.ts';
import type { CheckReport, Finding, LoadedFile, RulesRun } from '../ledger/types.ts';
import type { SchoolFigures } from './figures.ts';
import { LEDGER_FORMAT_CHECK_IDS, LEDGER_RULE_IDS } from '../ledger/check-ids.ts';
import { MESSAGES, said } from '../ledger/messages.ts';
import { reviewText } from './messages.ts';

export interface SchoolResult {
  school: string;
  files: LoadedFile[];
  findings: Finding[];
  /** Which rules ran and which were skipped for want of a file (absent when the check did not finish). */
  rules?: RulesRun;
  figures: SchoolFigures | null;
  /** Chinese reason the check stopped; findings are then empty. */
  failed: string | null;
  ms: number;
}

const MESSAGE_CODES = [...LEDGER_RULE_IDS, ...(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])] as const;

/** A finding as saved in a session file: its params are plain JSON whose shape its code fixes (messages.ts). */
export const FindingSchema = z.object({
  rule: z.enum([...LEDGER_RULE_IDS, ...LEDGER_FORMAT_CHECK_IDS]),
  clause: z.string().refine(isClauseId, reviewText('notClauseId', {})).transform((id) => id as ClauseId),
  severity: z.enum(SEVERITIES),
  file: z.string().nullable(),
  sheet: z.string().optional(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  // Absent in a session saved before findings carried their message as data: the sentence is kept as written.
  code: z.enum(MESSAGE_CODES).optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  message: z.string(),
}).transform(({ code, params, ...f }) => (code === undefined ? { ...f, ...said('savedText', { text: f.message }) } : { ...f, code, params: params ?? {} }) as Finding);

export const LoadedFileSchema = z.object({
  name: z.string(),
  kind: z.enum(KIND_ORDER as [FileKind, ...FileKind[]]).nullable(),
  encoding: z.enum(['utf-8-bom', 'utf-8', 'gb18030']).nullable(),
  rows: z.number(),
});

export const FiguresSchema = z.object({
  months: z.array(z.string()),
  dates: z.array(z.string()),
  people: z.array(z.object({ staffId: z.string(), name: z.string(), external: z.boolean(), hours: z.number() })),
  semesters: z.array(z.object({ name: z.string(), hours: z.number(), externalHours: z.number(), payFen: z.number().nullable(), payHours: z.number().nullable() })),
});

export const SchoolResultSchema = z.object({
  school: z.string(),
  files: z.array(LoadedFileSchema),
  findings: z.array(FindingSchema),
  rules: z
    .object({ ran: z.array(z.enum(LEDGER_RULE_IDS)), skipped: z.array(z.object({ missing: z.array(z.enum(KIND_ORDER as [FileKind, ...FileKind[]])), rules: z.array(z.enum(LEDGER_RULE_IDS)) })) })
    .optional(),
  figures: FiguresSchema.nullable(),
  failed: z.string().nullable(),
  ms: z.number(),
});

export function reportOf(result: SchoolResult): CheckReport {
  return { files: result.files, findings: result.findings, rules: result.rules };
}
