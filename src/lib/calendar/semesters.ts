/**
 * Shanghai's school semesters for any date. Published calendars are kept as data with their source;
 * a school year without one follows Shanghai's usual pattern and is marked `inferred`, so a check can
 * say once "学期起止按常规推定,请在设置中核对" instead of failing every day of a year nobody typed in.
 */
import type { Basis } from '../policy/basis.ts';

export type Term = 1 | 2;
export type TermSource = 'published' | 'inferred' | 'school';

export interface Semester {
  /** As 学期公示 and 报酬统计 write it: `2026-2027学年第一学期`. */
  name: string;
  start: string;
  end: string;
  source: TermSource;
  /** Where the dates come from, in words a page can show. */
  basis: Basis;
}

interface Published {
  /** The calendar year the school year starts in (2024 = 2024-2025学年). */
  year: number;
  term: Term;
  start: string;
  end: string;
  source: string;
}

/** Published Shanghai calendars (上海市教育委员会 中小学校历), as dates a school can check against its own. */
export const PUBLISHED_SEMESTERS: readonly Published[] = [
  { year: 2024, term: 1, start: '2024-09-02', end: '2025-01-17', source: '上海市教育委员会 2024学年度中小学校历' },
  { year: 2024, term: 2, start: '2025-02-17', end: '2025-06-30', source: '上海市教育委员会 2024学年度中小学校历' },
  { year: 2025, term: 1, start: '2025-09-01', end: '2026-01-30', source: '上海市教育委员会 2025学年度中小学校历' },
  { year: 2025, term: 2, start: '2026-03-02', end: '2026-06-30', source: '上海市教育委员会 2025学年度中小学校历' },
];

const TERM_NAMES: Record<Term, string> = { 1: '第一学期', 2: '第二学期' };

export function semesterName(year: number, term: Term): string {
  return `${year}-${year + 1}学年${TERM_NAMES[term]}`;
}

/** `2026-2027学年第一学期` → { year: 2026, term: 1 }; anything else → null. */
export function parseSemesterName(name: string): { year: number; term: Term } | null {
  const m = /^(\d{4})-(\d{4})学年第([一二])学期$/.exec(name.trim());
  if (!m || Number(m[2]) !== Number(m[1]) + 1) return null;
  return { year: Number(m[1]), term: m[3] === '一' ? 1 : 2 };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** The date itself if a weekday, else the Monday after. */
function weekdayOnOrAfter(y: number, m: number, d: number): string {
  const date = utc(y, m, d);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return iso(date);
}

function lastFriday(y: number, m: number): string {
  const date = utc(y, m + 1, 0);
  while (date.getUTCDay() !== 5) date.setUTCDate(date.getUTCDate() - 1);
  return iso(date);
}

/**
 * Shanghai's usual pattern: the first term from the first weekday of September to the last Friday of
 * January, the second from the first weekday on or after 15 February to 30 June. Only a default: the
 * Spring Festival moves the winter break by up to a month.
 */
function inferred(year: number, term: Term): { start: string; end: string } {
  return term === 1
    ? { start: weekdayOnOrAfter(year, 9, 1), end: lastFriday(year + 1, 1) }
    : { start: weekdayOnOrAfter(year + 1, 2, 15), end: `${year + 1}-06-30` };
}

/** One term of one school year: published where known, else inferred. */
export function termOf(year: number, term: Term): Semester {
  const name = semesterName(year, term);
  const published = PUBLISHED_SEMESTERS.find((p) => p.year === year && p.term === term);
  if (published) return { name, start: published.start, end: published.end, source: 'published', basis: { kind: 'shanghai', document: published.source } };
  return { name, ...inferred(year, term), source: 'inferred', basis: { kind: 'default', note: '按上海常规推定' } };
}

/** The school year a date belongs to, by the calendar year it starts in: September onward is the new one. */
export function currentSchoolYear(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 9 ? year : year - 1;
}

export function schoolYearName(year: number): string {
  return `${year}-${year + 1}学年`;
}

/** Both terms of the school years from `first` to `last`. */
export function termsOfYears(first: number, last: number): Semester[] {
  const out: Semester[] = [];
  for (let y = first; y <= last; y++) out.push(termOf(y, 1), termOf(y, 2));
  return out;
}

/**
 * The semesters in force over the school years `first`..`last`: the school's own (from its settings)
 * first; a published or inferred term is kept only where no school semester has its name or overlaps it.
 */
export function effectiveSemesters(school: readonly { name: string; start: string; end: string }[], first: number, last: number): Semester[] {
  const own: Semester[] = school.map((s) => ({ ...s, source: 'school', basis: { kind: 'school', setting: '学期' } }));
  const overlaps = (t: Semester) => own.some((s) => s.name === t.name || (s.start <= t.end && t.start <= s.end));
  return [...own, ...termsOfYears(first, last).filter((t) => !overlaps(t))];
}

/** The semester a date falls in (school settings first), or null in a break. */
export function semesterOf(date: string, school: readonly { name: string; start: string; end: string }[] = []): Semester | null {
  const year = currentSchoolYear(date);
  return effectiveSemesters(school, year - 1, year + 1).find((s) => s.start <= date && date <= s.end) ?? null;
}

/**
 * The semester a tool should default to on `today`: the one in force, or in a break the one just ended
 * (schools total and pay a semester after it ends). For the allocation page and the plan preset.
 */
export function currentSemester(today: string, school: readonly { name: string; start: string; end: string }[] = []): Semester {
  const year = currentSchoolYear(today);
  const all = effectiveSemesters(school, year - 1, year + 1).sort((a, b) => (a.start < b.start ? -1 : 1));
  return all.find((s) => s.start <= today && today <= s.end) ?? all.filter((s) => s.end < today).at(-1)!;
}
