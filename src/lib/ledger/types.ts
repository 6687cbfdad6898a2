import type { ClauseId } from '../policy/clauses.ts';
import type { FileKind } from './format/kinds.ts';
import type { LedgerIndex, LedgerTable } from './engine/indexes.ts';
import type { LedgerCheckId, LedgerRuleId } from './check-ids.ts';
import type { LedgerMessage, RuleMessage } from './messages.ts';

import type { Severity } from '../policy/severity.ts';
import type { Basis } from '../policy/basis.ts';
export { SEVERITY_LABELS, SEVERITY_ORDER, type Severity } from '../policy/severity.ts';

export type Encoding = 'utf-8-bom' | 'utf-8' | 'gb18030';
export const ENCODING_LABELS: Record<Encoding, string> = {
  'utf-8-bom': 'UTF-8(带 BOM)',
  'utf-8': 'UTF-8',
  gb18030: 'GB18030 / GBK',
};

/**
 * One place where the data breaks the notice. `row` is the row a spreadsheet shows (header = 1).
 * `code` and `params` say it as data (messages.ts: a code of its table, or an SQL rule's id with the row's
 * columns); `message` is the Chinese sentence rendered from them.
 */
export type Finding = FindingPlace & (LedgerMessage | RuleMessage) & { message: string };

/** Which check found it, how serious it is, and where. */
export interface FindingPlace {
  rule: LedgerCheckId;
  clause: ClauseId;
  severity: Severity;
  file: string | null;
  /** The sheet of a workbook the finding is in; absent for a CSV file. */
  sheet?: string;
  row: number | null;
  column: string | null;
}

/** Why rows of a table were left out before the cell checks. */
export type SkipReason = 'total' | 'note';

/** What was read from one CSV file or one sheet of a workbook, and as what. */
export interface LoadedFile {
  name: string;
  /** The sheet of a workbook; absent for a CSV file. */
  sheet?: string;
  kind: FileKind | null;
  encoding: Encoding | null;
  /** Data rows read (below the header, blank, 合计 and note rows not counted). */
  rows: number;
  /** The row Excel shows for the header (1 unless title or note rows stand above it). */
  headerRow?: number | null;
  /** Rows whose every cell passed and that the rules saw. */
  loaded?: number;
  /** Columns read under another name: the template's header and the file's. */
  columns?: { header: string; from: string }[];
  /** The file's columns no standard column takes (not checked). */
  ignored?: string[];
  skipped?: { reason: SkipReason; rows: number[] }[];
}

/** Which rules ran, and which were skipped because a kind of file was not loaded. */
export interface RulesRun {
  ran: LedgerRuleId[];
  skipped: { missing: FileKind[]; rules: LedgerRuleId[] }[];
}

export interface CheckReport {
  files: LoadedFile[];
  findings: Finding[];
  rules?: RulesRun;
}

/** A rule is data: its SQL returns one row per problem; `message` is a template over that row's columns. */
export interface LedgerRule {
  id: LedgerRuleId;
  clause: ClauseId;
  severity: Severity;
  title: string;
  description: string;
  /** What the rule rests on: 通知原文 (with the words of the clause it enforces), 上海市/国家规定, 本站默认 or 学校设置. */
  basis: Basis;
  /** Other clauses to read beside `clause` (三(五)/三(七) on 弄虚作假、虚报多报). */
  seeAlso?: ClauseId[];
  /** Kinds whose data the rule reads; it runs only when all of them are loaded. */
  needs: FileKind[];
  /** Kinds whose presence turns the rule off: a fallback comparison, used when the better file is not loaded. */
  unless?: FileKind[];
  /** Indexes over the 台账 its SQL needs to avoid a scan per row; built before it runs (indexes.ts). */
  indexes?: LedgerIndex[];
  /** Tables of figures its SQL reads (indexes.ts), built before it runs. */
  tables?: LedgerTable[];
  /** Returns columns `file`, `row`, `column` (each may be NULL) plus the message's placeholders. */
  sql: string;
  /** `{name}` is replaced by the SQL column of that name. */
  message: string;
}

import type { Work } from './engine/progress.ts';

export type Stage = 'decode' | 'parse' | 'validate' | 'load' | 'rules';
export interface Progress {
  stage: Stage;
  done: number;
  total: number;
  /** The whole check's work, estimated from the bench's costs (engine/progress.ts): what the page's bar shows. */
  work?: Work;
  /** The title of the rule running now (on this engine), in the rules stage. */
  rule?: string;
}
