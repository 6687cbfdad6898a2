import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  currentSchoolYear,
  currentSemester,
  effectiveSemesters,
  isWorkday,
  parseSemesterName,
  semesterName,
  semesterOf,
  termOf,
  yearsBeyondHolidayData,
} from '../../../src/lib/calendar/index.ts';

describe('semesters for any date', () => {
  it('keeps Shanghai’s published 2024 and 2025 school years with their source', () => {
    expect(termOf(2024, 1)).toMatchObject({ name: '2024-2025学年第一学期', start: '2024-09-02', end: '2025-01-17', source: 'published' });
    expect(termOf(2024, 2)).toMatchObject({ start: '2025-02-17', end: '2025-06-30', source: 'published' });
    expect(termOf(2025, 1)).toMatchObject({ start: '2025-09-01', end: '2026-01-30', source: 'published' });
    expect(termOf(2025, 2)).toMatchObject({ start: '2026-03-02', end: '2026-06-30', source: 'published' });
    expect(termOf(2024, 1).basis).toMatchObject({ kind: 'shanghai' });
  });

  it('infers a year nobody published by Shanghai’s pattern, and says so', () => {
    const first = termOf(2026, 1);
    expect(first).toMatchObject({ name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-01-29', source: 'inferred' });
    expect(first.basis).toMatchObject({ kind: 'default' });
    // 2027-02-15 is a Monday; 2028-09-01 a Friday; 2029-09-01 a Saturday → the Monday after.
    expect(termOf(2026, 2)).toMatchObject({ start: '2027-02-15', end: '2027-06-30', source: 'inferred' });
    expect(termOf(2029, 1).start).toBe('2029-09-03');
  });

  it('finds today’s semester (2026-11-29 is in 2026-2027学年第一学期) and none in a break', () => {
    expect(currentSchoolYear('2026-11-29')).toBe(2026);
    expect(currentSchoolYear('2027-03-01')).toBe(2026);
    expect(currentSchoolYear('2026-08-31')).toBe(2025);
    expect(semesterOf('2026-11-29')?.name).toBe('2026-2027学年第一学期');
    expect(semesterOf('2025-01-26')).toBeNull();
    expect(semesterOf('2025-02-08')).toBeNull();
    expect(semesterOf('2025-07-15')).toBeNull();
    expect(semesterOf('2025-04-27')?.name).toBe('2024-2025学年第二学期');
  });

  it('defaults a tool to the semester in force, or in a break to the one just ended', () => {
    expect(currentSemester('2026-11-29').name).toBe('2026-2027学年第一学期');
    expect(currentSemester('2026-02-10').name).toBe('2025-2026学年第一学期');
    expect(currentSemester('2026-08-15').name).toBe('2025-2026学年第二学期');
    expect(currentSemester('2026-09-01').name).toBe('2026-2027学年第一学期');
  });

  it('puts the school’s own semesters before the calendar’s, and drops the terms they overlap', () => {
    const own = [{ name: '2026-2027学年第一学期', start: '2026-09-01', end: '2027-01-22' }];
    expect(semesterOf('2027-01-26', own)).toBeNull();
    expect(semesterOf('2027-01-20', own)).toMatchObject({ source: 'school' });
    const all = effectiveSemesters(own, 2026, 2026);
    expect(all.map((s) => `${s.name}:${s.source}`)).toEqual(['2026-2027学年第一学期:school', '2026-2027学年第二学期:inferred']);
  });

  it('every date lies in at most one semester, and every term starts on a weekday before it ends (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2100 }), fc.constantFrom(1 as const, 2 as const), (year, term) => {
        const t = termOf(year, term);
        const day = new Date(`${t.start}T00:00:00Z`).getUTCDay();
        expect(day).not.toBe(0);
        expect(day).not.toBe(6);
        expect(t.start < t.end).toBe(true);
        expect(termOf(year, 1).end < termOf(year, 2).start).toBe(true);
        expect(termOf(year, 2).end < termOf(year + 1, 1).start).toBe(true);
        expect(parseSemesterName(t.name)).toEqual({ year, term });
      }),
    );
  });

  it('reads only well-formed 学期 labels', () => {
    expect(parseSemesterName(semesterName(2030, 2))).toEqual({ year: 2030, term: 2 });
    expect(parseSemesterName('2026-2028学年第一学期')).toBeNull();
    expect(parseSemesterName('秋季学期')).toBeNull();
  });
});

describe('workdays', () => {
  it('follows the State Council schedule, with make-up weekend days as workdays', () => {
    for (const d of ['2024-09-14', '2024-09-29', '2024-10-12', '2025-04-27', '2025-01-26', '2025-02-08']) expect(isWorkday(d), d).toBe(true);
    for (const d of ['2024-10-01', '2024-09-16', '2025-01-01', '2025-05-05', '2024-09-15']) expect(isWorkday(d), d).toBe(false);
  });

  it('beyond the holiday data: weekdays are workdays unless the settings add holidays or make-up days', () => {
    expect(yearsBeyondHolidayData('2026-11-01', '2027-01-31')).toEqual([2027]);
    expect(yearsBeyondHolidayData('2026-11-01', '2026-11-30')).toEqual([]);
    expect(isWorkday('2027-01-01')).toBe(true);
    expect(isWorkday('2027-01-01', { holidays: ['2027-01-01'] })).toBe(false);
    expect(isWorkday('2027-01-09', { workdays: ['2027-01-09'] })).toBe(true);
  });
});
