/**
 * The findings export, over the one CSV writer (files/csv-write.ts, re-exported here for older imports).
 */
import type { ClauseId } from '../../policy/clauses.ts';

export { BOM, csvCell, csvLine, toCsv, unneutralize, type CsvOptions } from '../../files/csv-write.ts';
import { toCsv } from '../../files/csv-write.ts';
import { SEVERITY_LABELS } from '../../policy/severity.ts';
import { placeOf } from './read-report.ts';

/** The fields of a finding the export needs (structurally the engine's `Finding`). */
export interface ExportableFinding {
  rule: string;
  clause: ClauseId;
  severity: 'error' | 'warning' | 'info';
  file: string | null;
  sheet?: string;
  row: number | null;
  column: string | null;
  message: string;
}

export const FINDINGS_HEADER = ['严重程度', '规则', '规则编号', '条款', '依据', '文件', '行', '列', '说明', '条款链接'] as const;

/**
 * Findings as a CSV for Excel. Cells come from the user's own files (file names, cell values quoted
 * in messages), so formula triggers are neutralised. `citation`/`href` turn a clause id into text and a link;
 * each row names its rule by title (the id beside it) and the basis the rule rests on.
 */
export function findingsToCsv(
  findings: readonly ExportableFinding[],
  cite: {
    citation: (id: ClauseId) => string;
    href: (id: ClauseId) => string;
    /** The rule's title and basis in words (catalogue.ts); passed in so that importing toCsv pulls in no rules. */
    rule: (id: string) => { title: string; basis: string };
  },
): string {
  return toCsv(FINDINGS_HEADER, findingsRows(findings, cite));
}

/** The findings export's rows (CSV and .xlsx alike); a workbook's sheet is named with its file. */
export function findingsRows(
  findings: readonly ExportableFinding[],
  cite: { citation: (id: ClauseId) => string; href: (id: ClauseId) => string; rule: (id: string) => { title: string; basis: string } },
): string[][] {
  return findings.map((f) => [
    SEVERITY_LABELS[f.severity],
    cite.rule(f.rule).title,
    f.rule,
    cite.citation(f.clause),
    cite.rule(f.rule).basis,
    placeOf({ name: f.file ?? '', sheet: f.sheet }),
    f.row === null ? '' : String(f.row),
    f.column ?? '',
    f.message,
    cite.href(f.clause),
  ]);
}
