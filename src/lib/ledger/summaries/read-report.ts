/**
 * "What was read, as what, and which rules ran" in words: the part of every report (page, `kehou check`)
 * that keeps a check from passing silently. One wording for the page and the command (READ_MESSAGES).
 */
import { readText } from '../messages.ts';
import type { CheckReport, LoadedFile, RulesRun } from '../types.ts';

export interface ReadLine {
  /** `ledger.csv` or `课后服务.xlsx 工作表「台账」`. */
  place: string;
  /** What it was read as, and how much: `读作课后服务工作台账,UTF-8,表头在第 3 行,411 行数据`. */
  summary: string;
  /** Column mapping used and columns not checked. */
  details: string[];
  ok: boolean;
}

/** A sheet of a workbook, as the page and the command name it after the file. */
export const sheetPlace = (sheet: string) => readText('sheet', { sheet });

/** `ledger.csv`, or `课后服务.xlsx 工作表「台账」` for a sheet. */
export function placeOf(file: { name: string; sheet?: string }): string {
  return file.sheet ? `${file.name} ${sheetPlace(file.sheet)}` : file.name;
}

const headerNote = (row: number) => readText('headerRow', { row });
const skippedNote = (s: NonNullable<LoadedFile['skipped']>[number]) => readText('skipped', { reason: s.reason, rows: s.rows.length });

/** The column mapping used and the columns not checked. */
function columnNotes(f: LoadedFile): string[] {
  const details: string[] = [];
  if (f.columns?.length) details.push(readText('columns', { columns: f.columns }));
  if (f.ignored?.length) details.push(readText('ignored', { columns: f.ignored }));
  return details;
}

export function readLine(f: LoadedFile): ReadLine {
  const place = placeOf(f);
  if (!f.kind) return { place, summary: readText('unrecognised', { encoding: f.encoding ?? null, sheet: Boolean(f.sheet) }), details: [], ok: false };
  const parts = [readText('readAs', { kind: f.kind })];
  if (f.encoding) parts.push(readText('encoding', { encoding: f.encoding }));
  if (f.headerRow) parts.push(headerNote(f.headerRow));
  parts.push(readText('rows', { rows: f.rows, loaded: f.loaded ?? null }));
  for (const s of f.skipped ?? []) parts.push(skippedNote(s));
  return { place, summary: readText('summary', { parts }), details: columnNotes(f), ok: f.rows > 0 };
}

/** What the file list's 说明 cell says about a table as soon as it is read: a header below row 1, rows left out, columns. */
export function readNotes(f: LoadedFile): string[] {
  return [...(f.headerRow && f.headerRow > 1 ? [headerNote(f.headerRow)] : []), ...(f.skipped ?? []).map(skippedNote), ...columnNotes(f)];
}

export function rulesLines(rules: RulesRun): string[] {
  return [readText('rulesRan', { count: rules.ran.length }), ...rules.skipped.map((g) => readText('rulesSkipped', { missing: g.missing, count: g.rules.length }))];
}

/** The whole account as text lines (the command prints them before the findings). */
export function readLines(report: CheckReport): string[] {
  const out: string[] = [];
  for (const f of report.files) {
    const line = readLine(f);
    out.push(readText('line', { place: line.place, summary: line.summary }));
    for (const d of line.details) out.push(`    ${d}`);
  }
  if (report.rules) out.push(...rulesLines(report.rules).map((l, i) => (i === 0 ? l : `  ${l}`)));
  return out;
}
