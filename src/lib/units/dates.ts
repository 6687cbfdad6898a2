/**
 * Dates as schools write them: 2024-11-04, 2024/11/4, 2024.11.4, 2024年11月4日, full-width digits, a trailing
 * midnight time that Excel adds when it saves a date cell as CSV (2024/11/4 0:00), and Excel's day serials.
 * A date must have a four-digit year from 2000 to 2100: 0999-11-01 or 24/11/4 is an error, never a guess.
 */
import { cellText } from './text.ts';

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type DateProblem = 'not-a-date' | 'no-such-day' | 'year-range';
export type DateResult = { ok: true; value: string } | { ok: false; problem: DateProblem };

const pad = (n: number) => String(n).padStart(2, '0');

const DATE = /^(\d{1,4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号]?)(?:\s+0{1,2}:00(?::00)?)?$/;

/** `YYYY-MM-DD` of a day, or why it is not one. */
export function readDate(raw: string): DateResult {
  const m = DATE.exec(cellText(raw));
  if (!m) return { ok: false, problem: 'not-a-date' };
  if (m[1]!.length !== 4) return { ok: false, problem: 'year-range' };
  const year = Number(m[1]);
  const month = Number(m[3] ?? m[5]);
  const day = Number(m[4] ?? m[6]);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, problem: 'year-range' };
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { ok: false, problem: 'no-such-day' };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

/** `2024-09-02`, `2024/9/2`, `2024年9月2日` … → `2024-09-02`, or null when not a real date in 2000–2100. */
export function normalizeDate(value: string): string | null {
  const r = readDate(value);
  return r.ok ? r.value : null;
}

/** `2024-09`, `2024/9`, `2024.9`, `2024年9月` → `2024-09`. */
export function normalizeMonth(value: string): string | null {
  const m = /^(\d{4})(?:-|\/|\.|年)(\d{1,2})月?$/.exec(cellText(value));
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 ? `${m[1]}-${pad(month)}` : null;
}

/** Days from 1899-12-30 (Excel's 1900 date system, its 1900 leap-year bug included) to 1970-01-01. */
const EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** An Excel date serial (45600 = 2024-11-04; a time of day after the point is dropped) → `YYYY-MM-DD`, or null outside 2000–2100. */
export function serialToDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const d = new Date((Math.floor(serial + 1e-9) - EPOCH_SERIAL) * DAY_MS);
  const year = d.getUTCFullYear();
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` → its Excel serial (the inverse of serialToDate). */
export function dateToSerial(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS + EPOCH_SERIAL;
}

/** A moment's date in Shanghai as YYYY-MM-DD (the schools' own calendar day, wherever the browser's clock is set). */
export function shanghaiDate(moment: Date = new Date()): string {
  return moment.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}
