/** What a planted defect is, and the small edits several defects share. */
import { formatHundredths } from '../../summarize.ts';
import type { FileName, LedgerRecord, School } from '../school.ts';
import type { LedgerCheckId } from '../../check-ids.ts';

export interface DayContext {
  school: School;
  dayIndex: number;
  date: string;
}

export interface FilesContext {
  school: School;
  files: Record<FileName, string[][]>;
}

export interface Defect {
  /** What the defect breaks, in the words of the notice. */
  description: string;
  /** The rule (or cell check) that must catch it. */
  rule: LedgerCheckId;
  /** Changes the rows of the school day `defectDays` picks for it. */
  day?: (rows: LedgerRecord[], ctx: DayContext) => LedgerRecord[];
  files?: (ctx: FilesContext) => void;
}

export const sessionsOf = (rows: LedgerRecord[], period: string) => rows.filter((r) => r.period === period);

/** Roster defects each touch a different 校外 person (W0001, W0002, …), whatever else was planted. */
export function externalIndex(files: Record<FileName, string[][]>, n: number): number {
  const id = `W${String(n + 1).padStart(4, '0')}`;
  const i = files.externalRoster.findIndex((r) => r[0] === id);
  if (i < 0) throw new Error(`no external person ${id} to plant a defect on`);
  return i;
}

export function bump(hours: string, hundredths: number): string {
  return formatHundredths(Math.round(Number(hours) * 100) + hundredths);
}

export function mapFirst(rows: LedgerRecord[], match: (r: LedgerRecord) => boolean, change: (r: LedgerRecord) => LedgerRecord): LedgerRecord[] {
  const i = rows.findIndex(match);
  return rows.map((r, k) => (k === i ? change(r) : r));
}
