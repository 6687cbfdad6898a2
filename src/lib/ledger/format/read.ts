/**
 * The reading layer: what a school has (CSV files, Excel workbooks with a sheet per table, title and note
 * rows above the header, its own header words, 合计 rows) → standard tables, and an account of what was
 * done with each. The ledger check, the allocation page and both commands read through here.
 *
 * bytes → grids (a CSV file is one grid, a workbook one per sheet) → the header row (the row among the first
 * HEADER_SEARCH_ROWS that best matches a known table) → the kind (headers.ts scores every kind) → records
 * with standard headers, 合计/小计/总计 and footnote rows left out. Row numbers stay the ones Excel shows.
 */
import { decodeBytes, DEFAULT_MAX_BYTES, WORKBOOK_MAX_BYTES } from './decode.ts';
import { parseGrid, recordsBelow, type CsvGrid, type CsvRecord, type ParsedCsv } from './parse.ts';
import { chooseKind, headerScore, normalizeHeader, type ColumnNames, type HeaderMatch } from './headers.ts';
import { FILE_KINDS, type FileKind } from './kinds.ts';
import { said, type Said } from '../messages.ts';
import type { LedgerFormatCheckId } from '../check-ids.ts';
import { formatSeverity } from './format-checks.ts';
import { isWorkbook, readWorkbook, type WorkbookRead, type XlsxModule } from '../../files/workbook.ts';
import { minutesToTime, readSession } from '../../units/times.ts';
import type { Encoding, Finding, LoadedFile, SkipReason } from '../types.ts';

/** The header is looked for among this many rows at the top of a file or sheet. */
export const HEADER_SEARCH_ROWS = 30;

export interface ReadInput {
  name: string;
  bytes: Uint8Array;
  encoding?: Encoding;
}

export interface ReadOptions {
  /** SheetJS, loaded by the caller when an input is a workbook (loadXlsx). */
  xlsx?: XlsxModule;
  /** The school's own header names (settings `columns`). */
  columns?: ColumnNames;
  maxBytes?: number;
}

export interface TableRead {
  file: string;
  sheet: string | null;
  /** The name the table's rows carry through the check (`file`, or `file › sheet`). */
  label: string;
  encoding: Encoding | null;
  kind: FileKind | null;
  headerRow: number | null;
  /** Headers renamed to the template's words; records as read (a one-column session split in two). */
  parsed: ParsedCsv;
  /** The file's own header cells, for showing a row as the user wrote it. */
  fileHeaders: string[];
  columns: { header: string; from: string }[];
  ignored: string[];
  skipped: { reason: SkipReason; rows: number[] }[];
  findings: Finding[];
  /** When no kind was taken: the closest kind and what it lacks (for the column-mapping step). */
  closest: { kind: FileKind; missing: string[] } | null;
  /** A workbook's sheet: which reader read it (files/workbook.ts). */
  engine?: WorkbookRead['engine'];
}

const TOTAL_ROW = /^(合计|小计|总计|共计|总合计|本月合计|本页合计|累计)[::]?/;
const NOTE_ROW = /^(制表|填表|审核|审批|备注|说明|注[::]|负责人|签字|签名|盖章|校长)/;

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

export const tableLabel = (file: string, sheet: string | null) => (sheet === null ? file : `${file} › ${sheet}`);

/** A format check's finding; its severity is the check's own (format-checks.ts). */
function fileFinding(rule: LedgerFormatCheckId, file: string, sheet: string | null, message: Said, row: number | null = null, kind: FileKind | null = null): Finding {
  return { rule, clause: kind ? FILE_KINDS[kind].clause : '1.2.1', severity: formatSeverity(rule), file, ...(sheet === null ? {} : { sheet }), row, column: null, ...message };
}

/** Index into `grid.rows` of the header: the best-matching row among the first non-blank ones, or -1. */
export function findHeaderRow(grid: CsvGrid, columns: ColumnNames = {}): number {
  let best = -1;
  let bestScore = 3; // at least two known columns (a title cell that happens to be 日期 is not a header)
  let looked = 0;
  for (let i = 0; i < grid.rows.length && looked < HEADER_SEARCH_ROWS; i++) {
    const cells = grid.rows[i]!.cells;
    if (isBlank(cells)) continue;
    looked++;
    const score = headerScore(cells, columns);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** Reads one grid (a CSV file or a sheet) as a table. */
export function readGrid(file: string, sheet: string | null, encoding: Encoding | null, grid: CsvGrid, columns: ColumnNames = {}, workbook = false): TableRead {
  const label = tableLabel(file, sheet);
  const base = { file, sheet, label, encoding, fileHeaders: [] as string[], columns: [], ignored: [], skipped: [], closest: null };
  const empty: ParsedCsv = { headers: [], records: [], problems: [] };
  const firstRow = grid.rows.findIndex((r) => !isBlank(r.cells));
  if (firstRow === -1) {
    return { ...base, kind: null, headerRow: null, parsed: empty, findings: [fileFinding('file.no-header', file, sheet, said('noHeader', {}))] };
  }
  const headerAt = findHeaderRow(grid, columns);
  const at = headerAt >= 0 ? headerAt : firstRow;
  const headerCells = grid.rows[at]!.cells;
  const choice = chooseKind(headerCells, columns);
  const headerRow = grid.rows[at]!.row;
  if (!choice.match) {
    const findings: Finding[] = [];
    const shown = headerCells.map((h) => h.trim()).filter(Boolean);
    if (choice.closest) {
      const c = choice.closest;
      findings.push({ ...fileFinding('file.missing-columns', file, sheet, said('missingColumns', { kind: c.kind, missing: c.missing }), headerRow, c.kind) });
    } else if (choice.refused) {
      const r = choice.refused;
      findings.push(fileFinding('file.mostly-ignored', file, sheet, said('mostlyIgnored', { kind: r.kind, ignored: r.extra }), headerRow, r.kind));
    } else {
      findings.push(fileFinding('file.unknown-kind', file, sheet, said('unknownKind', { headers: shown }), headerRow));
    }
    return {
      ...base,
      fileHeaders: headerCells,
      kind: null,
      headerRow,
      parsed: empty,
      findings,
      closest: choice.closest ? { kind: choice.closest.kind, missing: choice.closest.missing } : null,
    };
  }
  return standardTable(base, grid, at, choice.match, workbook);
}

function standardTable(base: Omit<TableRead, 'kind' | 'headerRow' | 'parsed' | 'findings'>, grid: CsvGrid, at: number, match: HeaderMatch, workbook: boolean): TableRead {
  const { file, sheet } = base;
  const kind = match.kind;
  const raw = recordsBelow(grid, at);
  const fileHeaders = raw.headers;
  const headerRow = grid.rows[at]!.row;
  // Headers in the template's words; columns no standard column takes keep their own (validate names them).
  const headers = fileHeaders.map((h) => h);
  const columns: TableRead['columns'] = [];
  for (const [header, index] of match.columns) {
    if (fileHeaders[index]!.trim() !== header) columns.push({ header, from: fileHeaders[index]!.trim() });
    headers[index] = header;
  }
  // Two file columns the school named alike (工号 and 教师工号) stay apart: only the one taken is renamed.
  const width = headers.length;
  const session = match.session;
  if (session >= 0) {
    headers[session] = '';
    headers.push('开始时间', '结束时间');
    columns.push({ header: '开始时间', from: fileHeaders[session]!.trim() }, { header: '结束时间', from: fileHeaders[session]!.trim() });
  }
  const totals: number[] = [];
  const notes: number[] = [];
  const records: CsvRecord[] = [];
  for (const record of raw.records) {
    const first = record.cells.find((c) => c.trim() !== '')?.trim() ?? '';
    const filled = record.cells.filter((c) => c.trim() !== '').length;
    if (TOTAL_ROW.test(first.replace(/\s/g, ''))) {
      totals.push(record.row);
      continue;
    }
    if (filled === 1 && width >= 3 && NOTE_ROW.test(first)) {
      notes.push(record.row);
      continue;
    }
    let cells = record.cells;
    if (workbook && cells.length < width) cells = [...cells, ...Array<string>(width - cells.length).fill('')];
    if (session >= 0) {
      const text = cells[session] ?? '';
      const s = readSession(text);
      cells = [...cells.slice(0, width), ...Array<string>(Math.max(0, width - cells.length)).fill(''), s ? minutesToTime(s.start) : text, s ? minutesToTime(s.end) : text];
    }
    records.push({ row: record.row, cells });
  }
  const leftOut = new Set([...totals, ...notes]);
  const problems = workbook ? [] : raw.problems.filter((p) => !leftOut.has(p.row));
  const findings: Finding[] = [];
  const skipped: TableRead['skipped'] = [];
  if (totals.length > 0) {
    skipped.push({ reason: 'total', rows: totals });
    findings.push(fileFinding('file.total-rows', file, sheet, said('totalRows', { rows: totals }), totals[0]!, kind));
  }
  if (notes.length > 0) {
    skipped.push({ reason: 'note', rows: notes });
    findings.push(fileFinding('file.note-rows', file, sheet, said('noteRows', { rows: notes }), notes[0]!, kind));
  }
  if (records.length === 0) {
    findings.push(fileFinding('file.no-rows', file, sheet, said('noRows', { kind, headerRow }), headerRow, kind));
  }
  return {
    ...base,
    fileHeaders,
    kind,
    headerRow,
    parsed: { headers, records, problems, unread: raw.unread },
    columns,
    ignored: match.extra,
    skipped,
    findings,
  };
}

/**
 * One input → its tables: a CSV file is one table; a workbook one per sheet that holds a known table
 * (sheets that hold nothing, or nothing known, are named in an 提示 when another sheet was read).
 */
export function readInput(input: ReadInput, options: ReadOptions = {}): TableRead[] {
  const { name, bytes } = input;
  const columns = options.columns ?? {};
  const unreadable = (message: Said): TableRead[] => [
    { file: name, sheet: null, label: name, encoding: null, kind: null, headerRow: null, parsed: { headers: [], records: [], problems: [] }, fileHeaders: [], columns: [], ignored: [], skipped: [], closest: null, findings: [fileFinding('file.unreadable', name, null, message)] },
  ];
  if (bytes.length > 0 && isWorkbook(bytes)) {
    if (bytes.length > (options.maxBytes ?? WORKBOOK_MAX_BYTES)) return unreadable(said('workbookTooLarge', { size: bytes.length, limit: options.maxBytes ?? WORKBOOK_MAX_BYTES, csvLimit: DEFAULT_MAX_BYTES }));
    if (!options.xlsx) return unreadable(said('workbookUnreadable', {}));
    let book: WorkbookRead;
    try {
      book = readWorkbook(options.xlsx, bytes);
    } catch (error) {
      // Too many cells for this browser's memory is not a damaged file: say so, and how to get under it.
      return unreadable(error instanceof RangeError ? said('workbookTooBig', { size: bytes.length }) : said('workbookUnreadable', {}));
    }
    const tables = book.sheets.map((s) => ({ ...readGrid(name, s.sheet, null, { rows: s.rows, quoteRows: new Set() }, columns, true), engine: book.engine }));
    const read = tables.filter((t) => t.kind !== null || t.closest !== null || t.findings.some((f) => f.rule === 'file.mostly-ignored'));
    if (read.length === 0) {
      // Nothing known in any sheet: one error for the workbook, naming what each sheet starts with.
      const first = tables.find((t) => t.findings.some((f) => f.rule === 'file.unknown-kind')) ?? tables[0];
      return first ? [first] : unreadable(said('noHeader', {}));
    }
    const other = tables.filter((t) => !read.includes(t)).map((t) => t.sheet!);
    if (other.length > 0) read[0]!.findings.push(fileFinding('file.other-sheets', name, null, said('otherSheets', { sheets: other })));
    return read;
  }
  const decoded = decodeBytes(bytes, input.encoding, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!decoded.ok) {
    const { ok: _, ...message } = decoded;
    return unreadable(message);
  }
  return [readGrid(name, null, decoded.encoding, parseGrid(decoded.text), columns)];
}

/** What the report lists for a table: kind, header row, rows read and loaded, the mapping, what was left out. */
export function describeTable(t: TableRead, loaded?: number): LoadedFile {
  return {
    name: t.file,
    ...(t.sheet === null ? {} : { sheet: t.sheet }),
    kind: t.kind,
    encoding: t.encoding,
    rows: t.parsed.records.length,
    headerRow: t.headerRow,
    ...(loaded === undefined ? {} : { loaded }),
    columns: t.columns,
    ignored: t.ignored,
    skipped: t.skipped,
  };
}

/** The file's header cells other than those already taken: the choices of the column-mapping step. */
export function mappableHeaders(t: TableRead): string[] {
  return t.fileHeaders.map((h) => h.trim()).filter((h) => h !== '');
}

/** A guess for a missing column among a file's headers (shares the most characters), or null. */
export function guessColumn(header: string, candidates: readonly string[]): string | null {
  const want = new Set(normalizeHeader(header));
  let best: string | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    const chars = new Set(normalizeHeader(c));
    const common = [...chars].filter((ch) => want.has(ch)).length;
    const score = common / Math.max(want.size, chars.size);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return bestScore >= 0.5 ? best : null;
}
