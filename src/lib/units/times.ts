/**
 * Times of day as people write them: 15:30, 9:05, 15:30:00 (Excel's CSV), 15：30 (full-width colon),
 * 3:30 PM, 下午3:30, 15点30分, and Excel's time fractions (0.6458… = 15:30). A session may be one cell:
 * 15:30-16:10, 15:30~16:10, 15:30—16:10, 15:30至16:10.
 */
import { cellText } from './text.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** Minutes after midnight → `15:30`. */
export const minutesToTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

const TIME = /^(上午|早上|中午|下午|晚上|傍晚)?\s*(\d{1,2})(?::|点|时)(\d{2})?(?::(\d{2}))?分?\s*(am|pm|a\.m\.|p\.m\.)?$/i;

/** Minutes after midnight, or null: hours 0–23 (1–12 with 上午/下午/AM/PM), minutes 00–59, seconds only 00. */
export function timeToMinutes(value: string): number | null {
  const m = TIME.exec(cellText(value));
  if (!m) return null;
  const [, prefix, hText, minText, secText, suffix] = m;
  // 15点 alone is 15:00; 15: without minutes is not a time.
  if (minText === undefined && !/[点时]/.test(m[0])) return null;
  let h = Number(hText);
  const min = Number(minText ?? 0);
  if (secText !== undefined && Number(secText) !== 0) return null;
  if (min > 59) return null;
  const pm = suffix ? /^p/i.test(suffix) : prefix ? /下午|晚上|傍晚/.test(prefix) || (prefix === '中午' && h < 3) : null;
  if (pm !== null) {
    if (h < 1 || h > 12) {
      // 下午15:30 says the same thing twice; anything else (下午0:30, PM 13:00 …) is not a time.
      if (!(pm && h >= 13 && h <= 23 && !suffix)) return null;
    } else if (pm && h < 12) h += 12;
    else if (!pm && h === 12) h = 0;
  }
  return h < 24 ? h * 60 + min : null;
}

/** An Excel time fraction of a day (0.6458333 = 15:30), rounded to the minute; a date part before it is dropped. */
export function fractionToMinutes(fraction: number): number | null {
  if (!Number.isFinite(fraction) || fraction < 0) return null;
  const minutes = Math.round((fraction - Math.floor(fraction)) * 1440);
  return minutes === 1440 ? 0 : minutes;
}

/** `15:30-16:10` (also ~ — – 至 到) → start and end minutes, or null. */
export function readSession(value: string): { start: number; end: number } | null {
  const parts = cellText(value).split(/\s*(?:-|~|～|—|–|至|到)\s*/);
  if (parts.length !== 2) return null;
  const start = timeToMinutes(parts[0]!);
  const end = timeToMinutes(parts[1]!);
  return start === null || end === null ? null : { start, end };
}
