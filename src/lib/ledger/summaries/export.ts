/**
 * CSV out: the generic writer (templates, samples, summaries) and the findings export.
 * Files are written as Excel reads them: UTF-8 with a BOM, CRLF line ends, RFC 4180 quoting.
 */
import type { ClauseId } from '../../policy/clauses.ts';

export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Prefix cells that a spreadsheet would run as a formula (= + - @, tab, CR) with `'`. */
  neutralizeFormulas?: boolean;
  /** Start with a UTF-8 BOM so that Excel picks UTF-8 (default true). */
  bom?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A cell Excel or LibreOffice would evaluate: OWASP's list of formula triggers.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string, neutralizeFormulas = false): string {
  const text = neutralizeFormulas && FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF; for streaming a large file line by line. */
export function csvLine(cells: readonly string[], neutralizeFormulas = false): string {
  return cells.map((c) => csvCell(c, neutralizeFormulas)).join(',') + '\r\n';
}

export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>, options: CsvOptions = {}): string {
  const { neutralizeFormulas = false, bom = true } = options;
  const parts = [bom ? BOM : '', csvLine(header, neutralizeFormulas)];
  for (const row of rows) parts.push(csvLine(row, neutralizeFormulas));
  return parts.join('');
}

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

const SEVERITY_TEXT: Record<ExportableFinding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

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
  return toCsv(FINDINGS_HEADER, findingsRows(findings, cite), { neutralizeFormulas: true });
}

/** The findings export's rows (CSV and .xlsx alike); a workbook's sheet is named with its file. */
export function findingsRows(
  findings: readonly ExportableFinding[],
  cite: { citation: (id: ClauseId) => string; href: (id: ClauseId) => string; rule: (id: string) => { title: string; basis: string } },
): string[][] {
  return findings.map((f) => [
    SEVERITY_TEXT[f.severity],
    cite.rule(f.rule).title,
    f.rule,
    cite.citation(f.clause),
    cite.rule(f.rule).basis,
    f.sheet ? `${f.file ?? ''} 工作表「${f.sheet}」` : (f.file ?? ''),
    f.row === null ? '' : String(f.row),
    f.column ?? '',
    f.message,
    cite.href(f.clause),
  ]);
}
