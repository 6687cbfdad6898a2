/**
 * What a school states once: its semesters, extra non-school days, the 时段 times, when parents
 * finish work, and the length of one 课时. Defaults come from domain.md (Shanghai's calendar,
 * 17:30, 40 minutes); statutory holidays and make-up workdays come from the bundled `chinese-days`.
 */
import { z } from 'zod';
import { PUBLISHED_SEMESTERS, currentSchoolYear, daysBetween, effectiveSemesters, isWorkday, semesterName, type Semester } from '../calendar/index.ts';
import { normalizeDate, timeToMinutes } from './format/fields.ts';
import { PERIOD_NAMES } from '../policy/vocabulary.ts';
import { SETTINGS_FILE_WORDS } from './messages.ts';

const DateText = z.string().refine((v) => normalizeDate(v) !== null, { message: SETTINGS_FILE_WORDS.badDate }).transform((v) => normalizeDate(v)!);
const TimeText = z.string().refine((v) => timeToMinutes(v) !== null, { message: SETTINGS_FILE_WORDS.badTime });

export const SemesterSchema = z.object({
  name: z.string().min(1),
  start: DateText,
  end: DateText,
});

/**
 * A day the school closes its after-school service (运动会, 考试日 …), with the reason if given: the 台账 then
 * needs no record that day, and a record on it is named as on a closed day. A settings file written before
 * reasons existed lists dates alone; those still read.
 */
const NonSchoolDayObject = z.object({ date: DateText, reason: z.string().trim().max(100).optional() });
export const NonSchoolDaySchema = z.union([DateText.transform((date): z.infer<typeof NonSchoolDayObject> => ({ date })), NonSchoolDayObject]);

export type NonSchoolDay = z.infer<typeof NonSchoolDaySchema>;

/** The settings form's text for such days: one a line, the date then the reason (`2024-11-15 运动会`). */
export const nonSchoolDaysText = (days: readonly NonSchoolDay[]): string => days.map((d) => (d.reason ? `${d.date} ${d.reason}` : d.date)).join('\n');

/** The form's text back into days: a line (or a part between ; ；) is a date, then an optional reason. */
export function parseNonSchoolDays(text: string): { date: string; reason?: string }[] {
  return text
    .split(/[\n;;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [date = '', ...rest] = line.split(/[\s,,、]+/);
      const reason = rest.join(' ').trim();
      return reason ? { date, reason } : { date };
    });
}

export const PeriodSchema = z.object({
  name: z.enum(PERIOD_NAMES),
  start: TimeText,
  end: TimeText,
});

/**
 * Shanghai's published semesters (src/lib/calendar); the 学期 label is what 学期公示 and 报酬统计 write.
 * Semesters the settings list override the calendar's; other school years follow src/lib/calendar.
 */
export const DEFAULT_SEMESTERS: z.input<typeof SemesterSchema>[] = PUBLISHED_SEMESTERS.map((p) => ({ name: semesterName(p.year, p.term), start: p.start, end: p.end }));

export const DEFAULT_PERIODS: z.input<typeof PeriodSchema>[] = [
  { name: PERIOD_NAMES[0], start: '15:30', end: '16:30' },
  { name: PERIOD_NAMES[1], start: '16:30', end: '17:30' },
  { name: PERIOD_NAMES[2], start: '17:30', end: '18:00' },
];

export const LedgerSettingsSchema = z.object({
  semesters: z.array(SemesterSchema).default(DEFAULT_SEMESTERS.map((s) => SemesterSchema.parse(s))),
  /** School-specific days without after-school service (运动会, 考试日 …), on top of statutory holidays. */
  nonSchoolDays: z.array(NonSchoolDaySchema).default([]),
  /** Days the school holds classes although the holiday data says otherwise. */
  extraSchoolDays: z.array(DateText).default([]),
  /** Statutory holidays the bundled data does not know (a year beyond it): not workdays. */
  holidays: z.array(DateText).default([]),
  /** Make-up workdays (调休上班日) the bundled data does not know: school days inside a semester. */
  workdays: z.array(DateText).default([]),
  /** The school's 行政人员值班: a 值班管理 row is expected on each service day. */
  dutyRoster: z.boolean().default(false),
  /** Above this share (%) of a month's 课时 by 校外人员, a 提示 (本站默认 50: 主要由本校教师承担). */
  externalShareMax: z.number().min(0).max(100).default(50),
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

/** The bounds the schema sets on a number setting, for the form's min and max: stated once, in the schema. */
export function settingLimits(key: 'lessonMinutes' | 'externalShareMax'): { min: number; max: number } {
  const number = LedgerSettingsSchema.shape[key].unwrap();
  return { min: number.minValue ?? 0, max: number.maxValue ?? Number.MAX_SAFE_INTEGER };
}

/** Whether the schema takes `value` for the setting `key` (what the form keeps; anything else it ignores). */
export function acceptsSetting<K extends keyof LedgerSettings>(key: K, value: unknown): value is LedgerSettings[K] {
  return value !== undefined && LedgerSettingsSchema.shape[key].safeParse(value).success;
}
export type LedgerSettingsInput = z.input<typeof LedgerSettingsSchema>;

export function defaultSettings(): LedgerSettings {
  return LedgerSettingsSchema.parse({});
}

export interface CalendarDay {
  date: string;
  schoolDay: boolean;
  semester: string | null;
  /** A day the school registered as closed (nonSchoolDays): its reason, '' when none was given; else null. */
  closed: string | null;
}

/** The semesters in force over the school years of `from`..`to`: the settings' own, then published, then inferred. */
export function semestersFor(settings: Pick<LedgerSettings, 'semesters'>, from: string, to: string): Semester[] {
  return effectiveSemesters(settings.semesters, currentSchoolYear(from), currentSchoolYear(to));
}

/**
 * Every day from `from` to `to` with whether it is a school day: inside a semester, a workday by
 * the State Council schedule (make-up weekend days count) and the settings' own holidays and make-up
 * days, not a school-specific non-school day.
 */
export function schoolCalendar(settings: LedgerSettings, from: string, to: string): CalendarDay[] {
  const off = new Map(settings.nonSchoolDays.map((d) => [d.date, d.reason ?? '']));
  const extra = new Set(settings.extraSchoolDays);
  const semesters = semestersFor(settings, from, to);
  const out: CalendarDay[] = [];
  for (const date of daysBetween(from, to)) {
    const semester = semesters.find((s) => s.start <= date && date <= s.end)?.name ?? null;
    const workday = isWorkday(date, settings);
    out.push({ date, semester, schoolDay: extra.has(date) || (semester !== null && workday && !off.has(date)), closed: extra.has(date) ? null : (off.get(date) ?? null) });
  }
  return out;
}

export interface SemesterExceptions {
  name: string;
  schoolDays: number;
  /** Monday–Friday dates without service (holidays, the school's own non-school days). */
  weekdaysOff: string[];
  /** Saturdays and Sundays with service (make-up days, the school's own extra days). */
  weekendsOn: string[];
}

/** Per semester the settings list (those with readable dates), where its school days differ from Monday–Friday. */
export function calendarExceptions(settings: LedgerSettings): SemesterExceptions[] {
  const weekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());
  return settings.semesters
    .filter((s) => normalizeDate(s.start) === s.start && normalizeDate(s.end) === s.end && s.start <= s.end)
    .map((s) => {
      const days = schoolCalendar(settings, s.start, s.end);
      return {
        name: s.name,
        schoolDays: days.filter((d) => d.schoolDay).length,
        weekdaysOff: days.filter((d) => !d.schoolDay && !weekend(d.date)).map((d) => d.date),
        weekendsOn: days.filter((d) => d.schoolDay && weekend(d.date)).map((d) => d.date),
      };
    });
}

/** Inferred terms of the school years `from`..`to` touch: their dates decide which days are school days. */
export function inferredSemesters(settings: Pick<LedgerSettings, 'semesters'>, from: string, to: string): Semester[] {
  return semestersFor(settings, from, to).filter((s) => s.source === 'inferred');
}

export { HOLIDAY_DATA_LAST_YEAR, yearsBeyondHolidayData } from '../calendar/index.ts';

/** A list of dates as typed into the settings: one per line, or separated by spaces, commas, 、 or semicolons. */
export function splitDateList(text: string): string[] {
  return text.split(/[\s,,、;;]+/).filter(Boolean);
}
