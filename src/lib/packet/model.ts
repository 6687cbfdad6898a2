/**
 * The semester packet (一(二)2–3) as one model: the tables a school reports to its 学段中心 each
 * semester, a “三重一大”事项记录表 prefilled with the item, and a cover sheet whose checklist shows
 * what is still missing. Built once and rendered as .docx, .xlsx, CSV and the page's print view.
 */
import type { ClauseId } from '../policy/clauses.ts';
import { headersOf } from '../ledger/format/kinds.ts';
import { formatHundredths } from '../ledger/summaries/summarize.ts';
import { formatYuan } from '../ledger/format/fields.ts';
import { timetableGrids, type TimetableGrid } from '../plan/document.ts';
import type { Plan } from '../plan/schema.ts';
import type { PersonWork } from '../allocation/model.ts';
import type { PaidPeople } from '../allocation/io.ts';
import type { PacketMeta } from './schema.ts';
import { safeFileName as safeName } from '../files/path.ts';
import { PACKET_TEXT as T } from './messages.ts';

export type PacketTableId = 'monthlyDisclosure' | 'semesterDisclosure' | 'payReport';

export interface PacketTable {
  id: PacketTableId;
  title: string;
  /** The file name without extension, e.g. `学期公示-2024-2025学年第一学期`. */
  fileBase: string;
  header: string[];
  rows: string[][];
}

export type TimetableSheet = TimetableGrid;

export interface ChecklistItem {
  id: keyof typeof T.checklist;
  label: string;
  done: boolean;
  /** What was filled in (a date), or ''. */
  value: string;
  clause: ClauseId;
}

export interface Packet {
  title: string;
  school: string;
  semester: string;
  schemeLine: string;
  timetables: TimetableSheet[];
  tables: PacketTable[];
  meetingRecord: { label: string; value: string }[];
  checklist: ChecklistItem[];
  /** Checklist items still missing, by label. */
  missing: string[];
  /** Problems found while building (no plan, undated sessions, dates in the wrong order). */
  notes: string[];
}

export interface PacketInput {
  plan: Plan | null;
  semester: string;
  schemeName: string;
  schemeBasis: string;
  fundFen: number;
  /** The 台账's work per person (with 日期), for the monthly 工作量公示. */
  work: readonly PersonWork[];
  result: PaidPeople & { reserves?: readonly { label: string; amountFen: number }[] };
  meta: PacketMeta;
}


/** 课后服务安排表: one sheet per grade, 时段 × 周一…周五, as the plan's document prints its weekly timetable. */
export function timetableSheets(plan: Plan): TimetableSheet[] {
  return timetableGrids(plan, ' ');
}

// The same 台账 gives the same monthly rows whatever the scheme: kept per set of people (rows are never mutated).
const MONTHLY = new WeakMap<readonly PersonWork[], { rows: string[][]; undated: number }>();

/** 工作量公示 rows (月份, 工号, 姓名, 总课时数) summed from the 台账's dated work, by month then 工号. */
export function monthlyDisclosureRows(work: readonly PersonWork[]): { rows: string[][]; undated: number } {
  const cached = MONTHLY.get(work);
  if (cached) return cached;
  const byMonth = new Map<string, Map<string, { name: string; hundredths: number }>>();
  let undated = 0;
  for (const p of work) {
    for (const l of p.lines) {
      if (!l.date) {
        undated += l.count;
        continue;
      }
      const month = l.date.slice(0, 7);
      const people = byMonth.get(month) ?? new Map<string, { name: string; hundredths: number }>();
      byMonth.set(month, people);
      const entry = people.get(p.staffId) ?? { name: p.name, hundredths: 0 };
      entry.hundredths += l.hundredths;
      people.set(p.staffId, entry);
    }
  }
  const rows: string[][] = [];
  for (const month of [...byMonth.keys()].sort()) {
    const people = byMonth.get(month)!;
    for (const id of [...people.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const e = people.get(id)!;
      rows.push([month, id, e.name, formatHundredths(e.hundredths)]);
    }
  }
  MONTHLY.set(work, { rows, undated });
  return { rows, undated };
}

export function buildPacket(input: PacketInput): Packet {
  const { plan, semester, meta, result } = input;
  const school = plan?.school.name.trim() ?? '';
  const notes: string[] = [];
  if (!plan) notes.push(T.noPlan);
  else if (plan.timetable.length === 0) notes.push(T.noTimetable);
  const timetables = plan ? timetableSheets(plan) : [];

  const monthly = monthlyDisclosureRows(input.work);
  if (monthly.undated) notes.push(T.undatedSessions(monthly.undated));
  const semesterRows = result.people.map((p) => [semester, p.staffId, p.name, formatHundredths(p.hundredths), formatYuan(p.amountFen)]);
  const tables: PacketTable[] = [
    { id: 'monthlyDisclosure', title: T.monthlyDisclosure, fileBase: safeName(T.fileBase.monthlyDisclosure(semester)), header: headersOf('monthlyDisclosure'), rows: monthly.rows.map((r) => [...r]) },
    { id: 'semesterDisclosure', title: T.semesterDisclosure, fileBase: safeName(T.fileBase.semesterDisclosure(semester)), header: headersOf('semesterDisclosure'), rows: semesterRows },
    { id: 'payReport', title: T.payReport, fileBase: safeName(T.fileBase.payReport(semester)), header: headersOf('payReport'), rows: semesterRows.map((r) => [...r]) },
  ];

  const paid = result.people.reduce((a, p) => a + p.amountFen, 0);
  const reserves = result.reserves?.length ? T.reservesPart(result.reserves.map((r) => T.reserveLine(r.label, formatYuan(r.amountFen)))) : '';
  const fill = (v: string) => v || T.toFill;
  const prefilled: Partial<Record<keyof typeof T.meetingFields, string>> = {
    topic: T.topic(semester, input.schemeName),
    meetingDate: fill(meta.meetingDate),
    participants: fill(meta.participants),
    topicDetail: T.topicDetail(formatYuan(input.fundFen), result.people.length, formatYuan(paid), reserves),
    voteResult: fill(meta.voteResult),
  };
  const meetingRecord = (Object.keys(T.meetingFields) as (keyof typeof T.meetingFields)[]).map((key) => ({ label: T.meetingFields[key], value: prefilled[key] ?? T.toFill }));

  const has = plan !== null && plan.timetable.length > 0;
  const checklist: ChecklistItem[] = [
    { id: 'timetable', label: T.checklist.timetable, done: has, value: '', clause: '1.2.3' },
    { id: 'disclosure', label: T.checklist.disclosure, done: result.people.length > 0, value: '', clause: '1.2.2' },
    { id: 'payReport', label: T.checklist.payReport, done: result.people.length > 0, value: '', clause: '1.2.3' },
    { id: 'meetingRecord', label: T.checklist.meetingRecord, done: meta.meetingDate !== '' && meta.voteResult !== '', value: '', clause: '1.2.3' },
    { id: 'meetingDate', label: T.checklist.meetingDate, done: meta.meetingDate !== '', value: meta.meetingDate, clause: '1.2.2' },
    { id: 'disclosureStart', label: T.checklist.disclosureStart, done: meta.disclosureStart !== '', value: meta.disclosureStart, clause: '1.2.2' },
    { id: 'disclosureEnd', label: T.checklist.disclosureEnd, done: meta.disclosureEnd !== '', value: meta.disclosureEnd, clause: '1.2.2' },
    { id: 'principalSigned', label: T.checklist.principalSigned, done: meta.principalSigned, value: '', clause: '1.2.3' },
    { id: 'partySealed', label: T.checklist.partySealed, done: meta.partySealed, value: '', clause: '1.2.3' },
  ];
  if (meta.meetingDate && meta.disclosureStart && meta.meetingDate > meta.disclosureStart) notes.push(T.meetingAfterDisclosure(meta.meetingDate, meta.disclosureStart));
  if (meta.disclosureStart && meta.disclosureEnd && meta.disclosureEnd < meta.disclosureStart) notes.push(T.endBeforeStart(meta.disclosureStart, meta.disclosureEnd));

  return {
    title: T.title(school, semester),
    school,
    semester,
    schemeLine: T.scheme(input.schemeName, input.schemeBasis),
    timetables,
    tables,
    meetingRecord,
    checklist,
    missing: checklist.filter((c) => !c.done).map((c) => c.label),
    notes,
  };
}
