/**
 * Workdays by the State Council holiday schedule, from the bundled `chinese-days` (data to the end of
 * HOLIDAY_DATA_LAST_YEAR; beyond it every weekday counts as a workday, which the checks say once),
 * with holidays and make-up workdays a school adds in its settings for years the data does not cover.
 */
import chineseDays from 'chinese-days';

/** The last year the bundled holiday data covers. */
export const HOLIDAY_DATA_LAST_YEAR = 2026;

export interface ExtraDays {
  /** Days off the school adds (a statutory holiday the data does not know yet). */
  holidays?: readonly string[];
  /** Make-up workdays (调休上班日) the school adds. */
  workdays?: readonly string[];
}

export function isWorkday(date: string, extra: ExtraDays = {}): boolean {
  if (extra.workdays?.includes(date)) return true;
  if (extra.holidays?.includes(date)) return false;
  return chineseDays.isWorkday(date);
}

/** Calendar years from..to that the holiday data does not cover. */
export function yearsBeyondHolidayData(from: string, to: string): number[] {
  const years: number[] = [];
  for (let y = Math.max(Number(from.slice(0, 4)), HOLIDAY_DATA_LAST_YEAR + 1); y <= Number(to.slice(0, 4)); y++) years.push(y);
  return years;
}

export function* daysBetween(start: string, end: string): Generator<string> {
  const d = new Date(`${start}T00:00:00Z`);
  const last = new Date(`${end}T00:00:00Z`);
  for (; d <= last; d.setUTCDate(d.getUTCDate() + 1)) yield d.toISOString().slice(0, 10);
}
