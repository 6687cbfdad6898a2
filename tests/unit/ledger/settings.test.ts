import { describe, expect, it } from 'vitest';
import { acceptsSetting, calendarExceptions, defaultSettings, LedgerSettingsSchema, nonSchoolDaysText, parseNonSchoolDays, schoolCalendar, settingLimits } from '../../../src/lib/ledger/settings.ts';

describe('the settings form reads its limits from the schema', () => {
  it('gives the schema bounds of 一课时分钟数 and 校外人员占比', () => {
    expect(settingLimits('lessonMinutes')).toEqual({ min: 10, max: 120 });
    expect(settingLimits('externalShareMax')).toEqual({ min: 0, max: 100 });
  });

  it('accepts exactly what the schema accepts: whole minutes inside the bounds, never a missing value', () => {
    const { min, max } = settingLimits('lessonMinutes');
    for (const n of [min, 40, max]) expect(acceptsSetting('lessonMinutes', n), String(n)).toBe(true);
    for (const n of [min - 1, max + 1, 40.5, Number.NaN, undefined, '40']) expect(acceptsSetting('lessonMinutes', n), String(n)).toBe(false);
    expect(LedgerSettingsSchema.shape.lessonMinutes.safeParse(max + 1).success).toBe(false);
  });
});

describe('calendarExceptions', () => {
  const autumn2024 = (settings = defaultSettings()) => calendarExceptions(settings).find((s) => s.name.startsWith('2024-2025学年第一学期'))!;

  it('lists the weekdays without service and the weekend days with it: 中秋, 国庆 and their make-up days in autumn 2024', () => {
    const s = autumn2024();
    expect(s.weekdaysOff).toEqual(expect.arrayContaining(['2024-09-16', '2024-09-17', '2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07']));
    expect(s.weekendsOn).toEqual(expect.arrayContaining(['2024-09-14', '2024-09-29', '2024-10-12']));
    for (const d of s.weekendsOn) expect([0, 6]).toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
    for (const d of s.weekdaysOff) expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
  });

  it("adds the school's own days and counts the school days they leave", () => {
    const base = autumn2024();
    const own = autumn2024({ ...defaultSettings(), nonSchoolDays: [{ date: '2024-11-15' }], extraSchoolDays: ['2024-11-16'] });
    expect(own.weekdaysOff).toContain('2024-11-15');
    expect(own.weekendsOn).toContain('2024-11-16');
    expect(own.schoolDays).toBe(base.schoolDays);
  });

  it('leaves out a semester whose dates are still being typed', () => {
    const settings = { ...defaultSettings(), semesters: [{ name: '新学期', start: '', end: '' }, { name: '倒置', start: '2025-01-10', end: '2024-09-01' }] };
    expect(calendarExceptions(settings)).toEqual([]);
  });
});

describe('the school\'s closed days (停开日) with a reason', () => {
  it('reads the form\'s text as a date and an optional reason a line, and writes it back the same', () => {
    const days = parseNonSchoolDays('2024-11-15 运动会\n2024-12-20  期末 考试 \n\n2024-12-23;2024-12-24 教研活动');
    expect(days).toEqual([{ date: '2024-11-15', reason: '运动会' }, { date: '2024-12-20', reason: '期末 考试' }, { date: '2024-12-23' }, { date: '2024-12-24', reason: '教研活动' }]);
    expect(parseNonSchoolDays(nonSchoolDaysText(days))).toEqual(days);
  });

  it('reads a settings object from before reasons existed (dates alone) as days without a reason', () => {
    const settings = LedgerSettingsSchema.parse({ nonSchoolDays: ['2024-11-15', '2024/11/18'] });
    expect(settings.nonSchoolDays).toEqual([{ date: '2024-11-15' }, { date: '2024-11-18' }]);
  });

  it('refuses a bad date or a reason longer than 100 characters', () => {
    expect(LedgerSettingsSchema.safeParse({ nonSchoolDays: [{ date: '11月某日', reason: '运动会' }] }).success).toBe(false);
    expect(LedgerSettingsSchema.safeParse({ nonSchoolDays: [{ date: '2024-11-15', reason: '长'.repeat(101) }] }).success).toBe(false);
  });

  it('marks the day closed in the calendar, with its reason, and not a school day', () => {
    const settings = LedgerSettingsSchema.parse({ nonSchoolDays: [{ date: '2024-11-15', reason: '运动会' }, '2024-11-18'] });
    const days = schoolCalendar(settings, '2024-11-14', '2024-11-18');
    expect(days.map((d) => [d.date, d.schoolDay, d.closed])).toEqual([
      ['2024-11-14', true, null],
      ['2024-11-15', false, '运动会'],
      ['2024-11-16', false, null],
      ['2024-11-17', false, null],
      ['2024-11-18', false, ''],
    ]);
  });
});
