/**
 * Files in and out: a 台账 CSV (through the ledger engine's decode → parse → validate), a scores
 * CSV (`工号, 姓名, 效果评分, 满意度`), and the two semester files the school publishes and reports
 * (学期公示, 报酬统计) in the standard template.
 */
import { decodeBytes } from '../ledger/decode.ts';
import { parseCsv } from '../ledger/parse.ts';
import { validateFile } from '../ledger/validate.ts';
import { FILE_KINDS, cleanHeader, headersOf, matchKind } from '../ledger/kinds.ts';
import type { RowOf } from '../ledger/schemas.ts';
import { toCsv } from '../ledger/export.ts';
import { formatHundredths } from '../units/numbers.ts';
import { MESSAGES } from './messages.ts';
import { formatYuan } from './money.ts';
import type { Score, Session } from './schema.ts';
import { aggregateSessions, type PersonWork } from './model.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; messages: string[] };

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

/** A 台账 CSV's sessions; any unreadable cell stops the load, with each place named. */
export function readLedger(file: string, bytes: Uint8Array): Read<LedgerSessions> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, messages: [`「${file}」:${decoded.message}`] };
  return readLedgerText(file, decoded.text);
}

/** A 台账 summed per person, as the page needs it (the worker's whole job). */
export type LedgerWork = { ok: true; work: PersonWork[]; rows: number } | { ok: false; messages: string[] };

export function readLedgerWork(file: string, bytes: Uint8Array): LedgerWork {
  const read = readLedger(file, bytes);
  return read.ok ? { ok: true, work: aggregateSessions(read.value.sessions), rows: read.value.rows } : { ok: false, messages: read.messages };
}

export function readLedgerText(file: string, text: string): Read<LedgerSessions> {
  const parsed = parseCsv(text);
  const match = matchKind(parsed.headers.map(cleanHeader));
  if (!match || match.kind !== 'ledger') {
    return { ok: false, messages: [MESSAGES.notLedger(file, match ? FILE_KINDS[match.kind].label : null)] };
  }
  const validated = validateFile(file, parsed);
  const errors = validated.findings.filter((f) => f.severity === 'error');
  if (errors.length || validated.kind !== 'ledger') {
    return {
      ok: false,
      messages: [
        MESSAGES.ledgerHasErrors(file, errors.length),
        ...errors.slice(0, SHOWN).map((f) => MESSAGES.ledgerCell(file, f.row, f.column, f.message)),
      ],
    };
  }
  if (validated.rows.length === 0) return { ok: false, messages: [MESSAGES.ledgerEmpty(file)] };
  const sessions = validated.rows.map((r) => ledgerRowToSession(r.value as RowOf<'ledger'>));
  return { ok: true, value: { sessions, rows: validated.rows.length } };
}

export const SCORES_HEADER = ['工号', '姓名', '效果评分', '满意度'] as const;

function readScore(file: string, row: number, column: string, raw: string): { value: number } | { message: string } {
  const t = raw.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) return { message: MESSAGES.scoresCell(file, row, column, t, MESSAGES.scoreNotNumber) };
  const v = Number(t);
  if (v > 100) return { message: MESSAGES.scoresCell(file, row, column, t, MESSAGES.scoreOutOfRange) };
  if (/\.\d{2,}$/.test(t) && !/\.\d0+$/.test(t)) return { message: MESSAGES.scoresCell(file, row, column, t, MESSAGES.scoreTooPrecise) };
  return { value: v };
}

/** A scores CSV: `工号, 姓名, 效果评分, 满意度`, scores 0–100 with at most one decimal. */
export function readScores(file: string, bytes: Uint8Array): Read<Score[]> {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, messages: [`「${file}」:${decoded.message}`] };
  return readScoresText(file, decoded.text);
}

export function readScoresText(file: string, text: string): Read<Score[]> {
  const parsed = parseCsv(text);
  const headers = parsed.headers.map(cleanHeader);
  const missing = SCORES_HEADER.filter((h) => !headers.includes(h));
  if (missing.length) return { ok: false, messages: [MESSAGES.scoresHeader(file, missing)] };
  const at = (h: (typeof SCORES_HEADER)[number]) => headers.indexOf(h);
  const messages: string[] = parsed.problems.map((p) => `「${file}」第 ${p.row} 行:${p.message}`);
  const scores: Score[] = [];
  for (const r of parsed.records) {
    const staffId = (r.cells[at('工号')] ?? '').trim();
    if (!staffId) {
      messages.push(MESSAGES.scoresNoId(file, r.row));
      continue;
    }
    const effect = readScore(file, r.row, '效果评分', r.cells[at('效果评分')] ?? '');
    const satisfaction = readScore(file, r.row, '满意度', r.cells[at('满意度')] ?? '');
    if ('message' in effect) messages.push(effect.message);
    if ('message' in satisfaction) messages.push(satisfaction.message);
    if ('value' in effect && 'value' in satisfaction) {
      scores.push({ staffId, name: (r.cells[at('姓名')] ?? '').trim(), effect: effect.value, satisfaction: satisfaction.value });
    }
  }
  if (messages.length) return { ok: false, messages };
  if (scores.length === 0) return { ok: false, messages: [MESSAGES.scoresEmpty(file)] };
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
function semesterCells(semester: string, result: PaidPeople): string[][] {
  return result.people.map((p) => [semester, p.staffId, p.name, formatHundredths(p.hundredths), formatYuan(p.amountFen)]);
}

/** 学期公示 (1.2.2): `学期, 工号, 姓名, 总课时数, 拟发放报酬`, UTF-8 with BOM. */
export function semesterDisclosureCsv(semester: string, result: PaidPeople): string {
  return toCsv(headersOf('semesterDisclosure'), semesterCells(semester, result));
}

/** 报酬统计 (1.2.3): `学期, 工号, 姓名, 总课时数, 报酬金额`, the same rows as the 公示. */
export function payReportCsv(semester: string, result: PaidPeople): string {
  return toCsv(headersOf('payReport'), semesterCells(semester, result));
}
