/**
 * "What was read, as what, and which rules ran" in words: the part of every report (page, `kehou check`)
 * that keeps a check from passing silently. One wording for the page and the command.
 */
import { FILE_KINDS } from '../format/kinds.ts';
import { ENCODING_LABELS, type CheckReport, type LoadedFile, type RulesRun } from '../types.ts';

export interface ReadLine {
  /** `ledger.csv` or `课后服务.xlsx 工作表「台账」`. */
  place: string;
  /** What it was read as, and how much: `读作课后服务工作台账,UTF-8,表头在第 3 行,411 行数据`. */
  summary: string;
  /** Column mapping used and columns not checked. */
  details: string[];
  ok: boolean;
}

const SKIP_LABELS = { total: '合计行', note: '说明行' } as const;

/** A sheet of a workbook, as the page and the command name it after the file. */
export const sheetPlace = (sheet: string) => `工作表「${sheet}」`;

/** `ledger.csv`, or `课后服务.xlsx 工作表「台账」` for a sheet. */
export function placeOf(file: { name: string; sheet?: string }): string {
  return file.sheet ? `${file.name} ${sheetPlace(file.sheet)}` : file.name;
}

const headerNote = (row: number) => `表头在第 ${row} 行`;
const skippedNote = (s: NonNullable<LoadedFile['skipped']>[number]) => `${SKIP_LABELS[s.reason]} ${s.rows.length} 行未计入`;

/** The column mapping used and the columns not checked. */
function columnNotes(f: LoadedFile): string[] {
  const details: string[] = [];
  if (f.columns?.length) details.push(`列对应:${f.columns.map((c) => `${c.header} ← ${c.from}`).join(';')}`);
  if (f.ignored?.length) details.push(`未检查的列:${f.ignored.join('、')}`);
  return details;
}

export function readLine(f: LoadedFile): ReadLine {
  const place = placeOf(f);
  if (!f.kind) return { place, summary: `未识别${f.encoding ? `,${ENCODING_LABELS[f.encoding]}` : f.sheet ? '' : ',无法读取'}:没有检查`, details: [], ok: false };
  const parts = [`读作${FILE_KINDS[f.kind].label}`];
  if (f.encoding) parts.push(ENCODING_LABELS[f.encoding]);
  if (f.headerRow) parts.push(headerNote(f.headerRow));
  parts.push(`${f.rows} 行数据${f.loaded !== undefined && f.loaded !== f.rows ? `(${f.loaded} 行通过单元格检查)` : ''}`);
  for (const s of f.skipped ?? []) parts.push(skippedNote(s));
  return { place, summary: parts.join(','), details: columnNotes(f), ok: f.rows > 0 };
}

/** What the file list's 说明 cell says about a table as soon as it is read: a header below row 1, rows left out, columns. */
export function readNotes(f: LoadedFile): string[] {
  return [...(f.headerRow && f.headerRow > 1 ? [headerNote(f.headerRow)] : []), ...(f.skipped ?? []).map(skippedNote), ...columnNotes(f)];
}

export function rulesLines(rules: RulesRun): string[] {
  return [`规则:执行 ${rules.ran.length} 条。`, ...rules.skipped.map((g) => `未载入${g.missing.map((k) => FILE_KINDS[k].label).join('、')}:跳过 ${g.rules.length} 条规则。`)];
}

/** The whole account as text lines (the command prints them before the findings). */
export function readLines(report: CheckReport): string[] {
  const out: string[] = [];
  for (const f of report.files) {
    const line = readLine(f);
    out.push(`${line.place}:${line.summary}`);
    for (const d of line.details) out.push(`    ${d}`);
  }
  if (report.rules) out.push(...rulesLines(report.rules).map((l, i) => (i === 0 ? l : `  ${l}`)));
  return out;
}
