import type { z } from 'zod';
import { FILE_KINDS, cleanHeader, headersOf, matchKind, type FileKind } from './kinds.ts';
import { ROW_SCHEMAS, type RowOf } from './schemas.ts';
import { issueMessage, minutesToTime, parseDateList } from './fields.ts';
import { said, type Said } from '../messages.ts';
import type { LedgerFormatCheckId } from '../check-ids.ts';
import type { ParsedCsv } from './parse.ts';
import type { Finding } from '../types.ts';
import { FINDINGS_PER_RULE, unlistedFinding } from '../engine/run-rules.ts';
import { formatSeverity } from './format-checks.ts';

type CellResult = { ok: true; value: unknown } | { ok: false; said: Said };

export interface ValidRow<K extends FileKind = FileKind> {
  row: number;
  value: RowOf<K>;
}

export interface ValidatedFile<K extends FileKind = FileKind> {
  kind: K | null;
  rows: ValidRow<K>[];
  findings: Finding[];
  /** Rows of the file were not read (an unclosed quote): rules that need all of its kind must not run. */
  incomplete?: boolean;
}

function fileFinding(rule: LedgerFormatCheckId, kind: FileKind | null, file: string, message: Said, row: number | null = 1, column: string | null = null): Finding {
  return {
    rule,
    clause: kind ? FILE_KINDS[kind].clause : '1.2.1',
    severity: formatSeverity(rule),
    file,
    row,
    column,
    ...message,
  };
}

/**
 * Recognises the file's kind from its header, then checks every row against that kind's zod
 * schema: one finding per bad cell (rule `cell.invalid`), named by file, row and column.
 * Rows with any bad cell are not loaded, so rules only see well-formed data.
 */
export function validateFile(file: string, parsed: ParsedCsv, options: { kind?: FileKind; headerRow?: number } = {}): ValidatedFile {
  const at = options.headerRow ?? 1;
  const findings: Finding[] = [];
  const headers = parsed.headers.map(cleanHeader);
  if (headers.length === 0 || headers.every((h) => !h)) {
    return { kind: null, rows: [], findings: [fileFinding('file.no-header', null, file, said('noHeader', {}))] };
  }
  // The reading layer (read.ts) has already chosen the kind and renamed the headers to the template's words.
  const forced = options.kind;
  const match = forced
    ? { kind: forced, missing: headersOf(forced).filter((h) => !headers.includes(h)), extra: headers.filter((h) => h && !headersOf(forced).includes(h)) }
    : matchKind(headers);
  if (!match) return { kind: null, rows: [], findings: [fileFinding('file.unknown-kind', null, file, said('unknownKind', { headers }))] };
  const kind = match.kind;
  const info = FILE_KINDS[kind];
  if (match.missing.length > 0) {
    return { kind: null, rows: [], findings: [fileFinding('file.missing-columns', kind, file, said('missingColumns', { kind, missing: match.missing }), at)] };
  }
  const seen = new Map<string, number[]>();
  headers.forEach((h, i) => seen.set(h, [...(seen.get(h) ?? []), i + 1]));
  for (const [header, positions] of seen) {
    if (header && positions.length > 1) {
      findings.push(fileFinding('file.duplicate-columns', kind, file, said('duplicateColumn', { header, columns: positions }), at, header));
    }
  }
  if (findings.length > 0) return { kind: null, rows: [], findings };
  if (match.extra.length > 0) findings.push(fileFinding('file.extra-columns', kind, file, said('extraColumns', { extra: match.extra }), at));

  // Each check lists its first FINDINGS_PER_RULE findings in this file and counts the rest.
  const counts = new Map<LedgerFormatCheckId, number>();
  const add = (finding: Finding & { rule: LedgerFormatCheckId }) => {
    const n = (counts.get(finding.rule) ?? 0) + 1;
    counts.set(finding.rule, n);
    if (n <= FINDINGS_PER_RULE) findings.push(finding);
  };
  const badRows = new Set<number>();
  for (const { row, rule, ...message } of parsed.problems) {
    badRows.add(row);
    add({ rule, clause: info.clause, severity: formatSeverity(rule), file, row, column: null, ...message });
  }

  // Each cell is checked by its column's zod schema. Cells repeat a lot (dates, 时段, names, 课时数),
  // so each distinct text is parsed once per column: 100k rows cost ~10× less than a parse per row.
  const shape = ROW_SCHEMAS[kind].shape as Record<string, z.ZodType>;
  const fields = info.columns.map((c) => ({ ...c, at: headers.indexOf(c.header), schema: shape[c.key]!, memo: new Map<string, CellResult>() }));
  const rows: ValidRow[] = [];
  for (const record of parsed.records) {
    if (badRows.has(record.row)) continue;
    const value: Record<string, unknown> = {};
    let valid = true;
    for (const f of fields) {
      const raw = record.cells[f.at] ?? '';
      let cell = f.memo.get(raw);
      if (!cell) {
        const result = f.schema.safeParse(raw);
        cell = result.success ? { ok: true, value: result.data } : { ok: false, said: issueMessage(result.error.issues[0]!) };
        f.memo.set(raw, cell);
      }
      if (cell.ok) value[f.key] = cell.value;
      else {
        valid = false;
        add({ rule: 'cell.invalid', clause: info.clause, severity: formatSeverity('cell.invalid'), file, row: record.row, column: f.header, ...cell.said });
      }
    }
    if (!valid) continue;
    const crossField = crossCheck(kind, value as RowOf<FileKind>);
    if (crossField) {
      add({ rule: 'cell.invalid', clause: info.clause, severity: formatSeverity('cell.invalid'), file, row: record.row, column: crossField.column, ...crossField.said });
      continue;
    }
    rows.push({ row: record.row, value: value as RowOf<FileKind> });
  }
  for (const [rule, n] of counts) {
    if (n > FINDINGS_PER_RULE) findings.push(unlistedFinding({ rule, clause: info.clause, severity: formatSeverity(rule), file }, n - FINDINGS_PER_RULE, file));
  }
  return { kind, rows, findings, incomplete: parsed.unread != null };
}

function crossCheck(kind: FileKind, value: RowOf<FileKind>): { column: string; said: Said } | null {
  if (kind === 'ledger') {
    const v = value as RowOf<'ledger'>;
    if (v.end <= v.start) return { column: '结束时间', said: said('endBeforeStart', { start: minutesToTime(v.start), end: minutesToTime(v.end) }) };
    if (v.serviceType === '素质教育' && !v.category) return { column: '活动类别', said: said('categoryRequired', {}) };
  }
  if (kind === 'monthlySummary') {
    const v = value as RowOf<'monthlySummary'>;
    const list = parseDateList(v.dates, v.month);
    if (!list) return { column: '参与日期', said: said('invalidDates', { value: v.dates.slice(0, 80) }) };
  }
  return null;
}
