/**
 * What a school states once: its semesters, extra non-school days, the 时段 times, when parents
 * finish work, and the length of one 课时. Defaults come from domain.md (Shanghai's calendar,
 * 17:30, 40 minutes); statutory holidays and make-up workdays come from the bundled `chinese-days`.
 */
import { z } from 'zod';
import chineseDays from 'chinese-days';
import { normalizeDate, timeToMinutes } from './fields.ts';
import { PERIOD_NAMES } from '../policy/vocabulary.ts';

const DateText = z.string().refine((v) => normalizeDate(v) !== null, { message: '日期须写成 2024-09-02' }).transform((v) => normalizeDate(v)!);
const TimeText = z.string().refine((v) => timeToMinutes(v) !== null, { message: '时间须写成 15:30' });

export const SemesterSchema = z.object({
  name: z.string().min(1),
  start: DateText,
  end: DateText,
});

export const PeriodSchema = z.object({
  name: z.enum(PERIOD_NAMES),
  start: TimeText,
  end: TimeText,
});

/** Shanghai's published semesters (domain.md); the 学期 label is what 学期公示 and 报酬统计 write. */
export const DEFAULT_SEMESTERS: z.input<typeof SemesterSchema>[] = [
  { name: '2024-2025学年第一学期', start: '2024-09-02', end: '2025-01-17' },
  { name: '2024-2025学年第二学期', start: '2025-02-17', end: '2025-06-30' },
  { name: '2025-2026学年第一学期', start: '2025-09-01', end: '2026-01-30' },
  { name: '2025-2026学年第二学期', start: '2026-03-02', end: '2026-06-30' },
];

export const DEFAULT_PERIODS: z.input<typeof PeriodSchema>[] = [
  { name: '第一时段', start: '15:30', end: '16:30' },
  { name: '第二时段', start: '16:30', end: '17:30' },
  { name: '第三时段', start: '17:30', end: '18:00' },
];

export const LedgerSettingsSchema = z.object({
  semesters: z.array(SemesterSchema).default(DEFAULT_SEMESTERS.map((s) => SemesterSchema.parse(s))),
  /** School-specific days without after-school service (运动会, 考试日 …), on top of statutory holidays. */
  nonSchoolDays: z.array(DateText).default([]),
  /** Days the school holds classes although the holiday data says otherwise. */
  extraSchoolDays: z.array(DateText).default([]),
  periods: z.array(PeriodSchema).min(1).max(3).default(DEFAULT_PERIODS.map((p) => PeriodSchema.parse(p))),
  parentsOffWork: TimeText.default('17:30'),
  lessonMinutes: z.number().int().min(10).max(120).default(40),
  /** The semester's after-school fund in 分, for the pay-total rule; absent = not checked. */
  fundFen: z.number().int().nonnegative().optional(),
  /**
   * The school's own header names (学校设置, from the page's column-mapping step): file kind → the template's
   * header → the header the school's files use, e.g. { ledger: { 课时数: '本次计课时' } }.
   */
  columns: z.record(z.string(), z.record(z.string(), z.string().max(200))).default({}),
});

export type LedgerSettings = z.infer<typeof LedgerSettingsSchema>;
export type LedgerSettingsInput = z.input<typeof LedgerSettingsSchema>;

export function defaultSettings(): LedgerSettings {
  return LedgerSettingsSchema.parse({});
}

/** The last year the bundled holiday data covers; beyond it every weekday counts as a workday. */
export const HOLIDAY_DATA_LAST_YEAR = 2026;

function* daysBetween(start: string, end: string): Generator<string> {
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  for (; d <= last; d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}

export interface CalendarDay {
  date: string;
  schoolDay: boolean;
  semester: string | null;
}

/**
 * Every day from `from` to `to` with whether it is a school day: inside a semester, a workday by
 * the State Council schedule (make-up weekend days count), not a school-specific non-school day.
 */
export function schoolCalendar(settings: LedgerSettings, from: string, to: string): CalendarDay[] {
  const off = new Set(settings.nonSchoolDays);
  const extra = new Set(settings.extraSchoolDays);
  const out: CalendarDay[] = [];
  for (const date of daysBetween(from, to)) {
    const semester = settings.semesters.find((s) => s.start <= date && date <= s.end)?.name ?? null;
    const workday = chineseDays.isWorkday(date);
    out.push({ date, semester, schoolDay: extra.has(date) || (semester !== null && workday && !off.has(date)) });
  }
  return out;
}

export function yearsBeyondHolidayData(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Math.max(Number(from.slice(0, 4)), HOLIDAY_DATA_LAST_YEAR + 1); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}
