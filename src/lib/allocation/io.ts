/**
 * Files in and out: a 台账 CSV (through the ledger engine's decode → parse → validate), a scores
 * CSV (`工号, 姓名, 效果评分, 满意度`), and the two semester files the school publishes and reports
 * (学期公示, 报酬统计) in the standard template.
 */
import { decodeBytes } from '../ledger/format/decode.ts';
import { parseCsv, parseGrid } from '../ledger/format/parse.ts';
import { validateFile } from '../ledger/format/validate.ts';
import { FILE_KINDS, cleanHeader, headersOf } from '../ledger/format/kinds.ts';
import { readGrid, readInput, type ReadOptions, type TableRead } from '../ledger/format/read.ts';
import type { RowOf } from '../ledger/format/schemas.ts';
import { toCsv } from '../ledger/summaries/export.ts';
import { formatHundredths } from '../units/numbers.ts';
import { readSaid, READ_MESSAGES, sheetPlace, type ColumnsVia, type ReadMessage } from './messages.ts';
import { render } from '../text/messages.ts';
import { formatYuan } from './money.ts';
import type { Score, Session } from './schema.ts';
import { aggregateSessions, type PersonWork } from './model.ts';

/**
 * A read that failed: its sentences (`messages`), and, from the readers of this module and the page's worker,
 * the same messages as data (`problems`, `{code, params}`). A saved scenario's JSON reader and a worker that
 * could not start say only sentences.
 */
export type Refused = { ok: false; messages: string[]; problems?: ReadMessage[] };
export type Read<T> = { ok: true; value: T } | Refused;

export function refused(problems: ReadMessage[]): Refused & { problems: ReadMessage[] } {
  return { ok: false, problems, messages: problems.map((p) => p.message) };
}

/** Findings shown before the rest are summarised in the count. */
const SHOWN = 20;

export interface LedgerSessions {
  sessions: Session[];
  rows: number;
}

export function ledgerRowToSession(v: RowOf<'ledger'>): Session {
  return {
    staffId: v.staffId,
    name: v.name,
    period: v.period as Session['period'],
    serviceType: v.serviceType as Session['serviceType'],
    category: v.category,
    role: v.role as Session['role'],
    students: v.students,
    hours: v.hours / 100,
    date: v.date,
    staffType: v.staffType as Session['staffType'],
  };
}

/** One 台账 table that was read: a CSV file or a sheet of a workbook, with the months its rows cover. */
export interface LedgerPart {
  file: string;
  sheet: string | null;
  rows: number;
  /** `2024-11`, … in order. */
  months: string[];
}

export interface LedgerSessions {
  sessions: Session[];
  rows: number;
  parts: LedgerPart[];
}

/** The reading layer's options, and where the 台账 is read (how a missing column can be mapped; the page by default). */
export type LedgerReadOptions = ReadOptions & { via?: ColumnsVia };

/** The 台账 tables of one input (a CSV file, or every 台账 sheet of a workbook) through the reading layer. */
function ledgerTables(tables: TableRead[], via: ColumnsVia = 'page'): Read<LedgerSessions> {
  const ledgers = tables.filter((t) => t.kind === 'ledger');
  const file = tables[0]?.file ?? '';
  if (ledgers.length === 0) {
    const unreadable = tables.flatMap((t) => t.findings).find((f) => f.rule === 'file.unreadable');
    if (unreadable) return refused([readSaid('inFile', { file, message: unreadable.message })]);
    const close = tables.find((t) => t.closest?.kind === 'ledger')?.closest;
    if (close) return refused([readSaid('missingColumns', { file, label: FILE_KINDS.ledger.label, missing: close.missing, via })]);
    const other = tables.find((t) => t.kind !== null)?.kind ?? tables.find((t) => t.closest)?.closest?.kind ?? null;
    return refused([readSaid('notLedger', { file, label: other ? FILE_KINDS[other].label : null })]);
  }
  const sessions: Session[] = [];
  const parts: LedgerPart[] = [];
  for (const t of ledgers) {
    const place = sheetPlace(t.file, t.sheet);
    if (t.parsed.records.length === 0) return refused([readSaid('ledgerEmpty', { file: place })]);
    const validated = validateFile(place, t.parsed, { kind: 'ledger', headerRow: t.headerRow ?? 1 });
    const errors = validated.findings.filter((f) => f.severity === 'error');
    if (errors.length || validated.kind !== 'ledger') {
      return refused([
        readSaid('ledgerHasErrors', { file: place, count: errors.length }),
        ...errors.slice(0, SHOWN).map((f) => readSaid('ledgerCell', { file: place, row: f.row, column: f.column, message: f.message })),
      ]);
    }
    const months = new Set<string>();
    for (const r of validated.rows) {
      const v = r.value as RowOf<'ledger'>;
      months.add(v.date.slice(0, 7));
      sessions.push(ledgerRowToSession(v));
    }
    parts.push({ file: t.file, sheet: t.sheet, rows: validated.rows.length, months: [...months].sort() });
  }
  return { ok: true, value: { sessions, rows: parts.reduce((n, p) => n + p.rows, 0), parts } };
}

/** A 台账's sessions (a CSV file, or a workbook's 台账 sheets); any unreadable cell stops the load, with each place named. */
export function readLedger(file: string, bytes: Uint8Array, options: LedgerReadOptions = {}): Read<LedgerSessions> {
  return ledgerTables(readInput({ name: file, bytes }, options), options.via);
}

/**
 * Several 台账 at once (a semester is 4–5 monthly files or sheets): every file is read, the sessions joined.
 * A file that cannot be read stops the load with its own messages; nothing is half-loaded.
 */
export function readLedgers(files: readonly { name: string; bytes: Uint8Array }[], options: LedgerReadOptions = {}): Read<LedgerSessions> {
  const sessions: Session[] = [];
  const parts: LedgerPart[] = [];
  const problems: ReadMessage[] = [];
  for (const f of files) {
    const read = readLedger(f.name, f.bytes, options);
    if (!read.ok) problems.push(...(read.problems ?? []));
    else {
      for (const s of read.value.sessions) sessions.push(s);
      parts.push(...read.value.parts);
    }
  }
  if (problems.length) return refused(problems);
  return { ok: true, value: { sessions, rows: parts.reduce((n, p) => n + p.rows, 0), parts } };
}

/** 台账 summed per person, as the page needs them (the worker's whole job), with what was read from each. */
export type LedgerWork = { ok: true; work: PersonWork[]; rows: number; parts: LedgerPart[] } | Refused;

export function readLedgerWork(files: readonly { name: string; bytes: Uint8Array }[], options: LedgerReadOptions = {}): LedgerWork {
  const read = readLedgers(files, options);
  return read.ok ? { ok: true, work: aggregateSessions(read.value.sessions), rows: read.value.rows, parts: read.value.parts } : read;
}

/** A 台账 CSV text (title rows, school headers and 合计 rows allowed, as everywhere). */
export function readLedgerText(file: string, text: string): Read<LedgerSessions> {
  return ledgerTables([readGrid(file, null, 'utf-8', parseGrid(text))]);
}

/** `「11月.xlsx」工作表「台账」:2024-11,411 行` — each 台账 read, for the page and the command. */
export function describeParts(parts: readonly LedgerPart[]): string[] {
  return parts.map((p) => render(READ_MESSAGES, 'part', { file: p.file, sheet: p.sheet, months: p.months, rows: p.rows }));
}

export const SCORES_HEADER = ['工号', '姓名', '效果评分', '满意度'] as const;

function readScore(file: string, row: number, column: string, raw: string): { value: number } | { problem: ReadMessage } {
  const t = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return { problem: readSaid('scoresCell', { file, row, column, value: t, reason: 'notNumber' }) };
  const v = Number(t);
  if (v > 100) return { problem: readSaid('scoresCell', { file, row, column, value: t, reason: 'outOfRange' }) };
  if (/\.\d{2,}$/.test(t) && !/\.\d0+$/.test(t)) return { problem: readSaid('scoresCell', { file, row, column, value: t, reason: 'tooPrecise' }) };
  return { value: v };
}

/** A scores CSV: `工号, 姓名, 效果评分, 满意度`, scores 0–100 with at most one decimal. */
export function readScores(file: string, bytes: Uint8Array): Read<Score[]> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return refused([readSaid('inFile', { file, message: decoded.message })]);
  return readScoresText(file, decoded.text);
}

export function readScoresText(file: string, text: string): Read<Score[]> {
  const parsed = parseCsv(text);
  const headers = parsed.headers.map(cleanHeader);
  const missing = SCORES_HEADER.filter((h) => !headers.includes(h));
  if (missing.length) return refused([readSaid('scoresHeader', { file, missing })]);
  const at = (h: (typeof SCORES_HEADER)[number]) => headers.indexOf(h);
  const problems: ReadMessage[] = parsed.problems.map((p) => readSaid('atRow', { file, row: p.row, message: p.message }));
  const scores: Score[] = [];
  for (const r of parsed.records) {
    const staffId = (r.cells[at('工号')] ?? '').trim();
    if (!staffId) {
      problems.push(readSaid('scoresNoId', { file, row: r.row }));
      continue;
    }
    const effect = readScore(file, r.row, '效果评分', r.cells[at('效果评分')] ?? '');
    const satisfaction = readScore(file, r.row, '满意度', r.cells[at('满意度')] ?? '');
    if ('problem' in effect) problems.push(effect.problem);
    if ('problem' in satisfaction) problems.push(satisfaction.problem);
    if ('value' in effect && 'value' in satisfaction) {
      scores.push({ staffId, name: (r.cells[at('姓名')] ?? '').trim(), effect: effect.value, satisfaction: satisfaction.value });
    }
  }
  if (problems.length) return refused(problems);
  if (scores.length === 0) return refused([readSaid('scoresEmpty', { file })]);
  return { ok: true, value: scores };
}

export function scoresCsv(scores: readonly Score[]): string {
  return toCsv(SCORES_HEADER, scores.map((s) => [s.staffId, s.name, String(s.effect), String(s.satisfaction)]));
}

/** What the semester files need of a result, from the site's formula (`allocate`) or a scheme (`runScheme`). */
export interface PaidPeople {
  people: readonly { staffId: string; name: string; hundredths: number; amountFen: number }[];
}

/** The cells both semester files share: 学期, 工号, 姓名, 总课时数 (as the 台账 sums them), amount in 元. */
export function semesterCells(semester: string, result: PaidPeople): string[][] {
  return result.people.map((p) => [semester, p.staffId, p.name, formatHundredths(p.hundredths), formatYuan(p.amountFen)]);
}

/** The 学期公示 and the 报酬统计 as the two sheets of one workbook (xlsx-write.ts), each named after its kind. */
export function semesterSheets(semester: string, result: PaidPeople): { name: string; header: string[]; rows: string[][] }[] {
  const rows = semesterCells(semester, result);
  return (['semesterDisclosure', 'payReport'] as const).map((kind) => ({ name: FILE_KINDS[kind].label, header: [...headersOf(kind)], rows }));
}

/** 学期公示 (1.2.2): `学期, 工号, 姓名, 总课时数, 拟发放报酬`, UTF-8 with BOM. */
export function semesterDisclosureCsv(semester: string, result: PaidPeople): string {
  return toCsv(headersOf('semesterDisclosure'), semesterCells(semester, result));
}

/** 报酬统计 (1.2.3): `学期, 工号, 姓名, 总课时数, 报酬金额`, the same rows as the 公示. */
export function payReportCsv(semester: string, result: PaidPeople): string {
  return toCsv(headersOf('payReport'), semesterCells(semester, result));
}
