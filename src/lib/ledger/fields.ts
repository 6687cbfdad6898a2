/**
 * Cell types of the templates as zod schemas: each takes the cell's text and yields a normalised
 * value, or an issue whose message (messages.ts) says what is wrong and how to write it.
 */
import { z } from 'zod';
import { MESSAGES } from './messages.ts';

export const MAX_CELL_CHARS = 2000;

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message });
  return z.NEVER;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `2024-09-02`, `2024/9/2`, `2024年9月2日` → `2024-09-02`, or null when not a real date. */
export function normalizeDate(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})-(\d{1,2})|\/(\d{1,2})\/(\d{1,2})|年(\d{1,2})月(\d{1,2})日)$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2] ?? m[4] ?? m[6]);
  const day = Number(m[3] ?? m[5] ?? m[7]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `2024-09`, `2024/9`, `2024年9月` → `2024-09`. */
export function normalizeMonth(value: string): string | null {
  const m = /^(\d{4})(?:-|\/|年)(\d{1,2})月?$/.exec(value.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${pad(month)}` : null;
}

/** `15:30`, `9:05` or `15\uFF1A30` (full-width colon, as a Chinese IME types it) → minutes after midnight. */
export function timeToMinutes(value: string): number | null {
  const m = /^(\d{1,2})[:\uFF1A](\d{2})$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

export const minutesToTime = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** Exact decimal text → integer hundredths (`1.5` → 150), so sums compare exactly. */
export function toHundredths(value: string, maxDecimals = 2): number | null {
  const m = /^(\d{1,9})(?:\.(\d+))?$/.exec(value.trim().replace(/,/g, ''));
  if (!m) return null;
  const decimals = m[2] ?? '';
  if (decimals.length > maxDecimals && !/^0*$/.test(decimals.slice(maxDecimals))) return null;
  return Number(m[1]) * 100 + Number((decimals + '00').slice(0, 2));
}

export const text = (header: string, required = true) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (required && !value) return fail(ctx, MESSAGES.required(header));
    if (value.length > MAX_CELL_CHARS) return fail(ctx, MESSAGES.tooLong(header, value.length, MAX_CELL_CHARS));
    return value;
  });

export const oneOf = <T extends string>(header: string, allowed: readonly T[], required = true) =>
  z.string().transform((raw, ctx): T | '' => {
    const value = raw.trim();
    if (!value) return required ? fail(ctx, MESSAGES.required(header)) : '';
    return (allowed as readonly string[]).includes(value) ? (value as T) : fail(ctx, MESSAGES.notInList(value.slice(0, 50), allowed));
  });

export const date = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, MESSAGES.required(header));
    return normalizeDate(raw) ?? fail(ctx, MESSAGES.invalidDate(raw.trim().slice(0, 50)));
  });

export const month = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, MESSAGES.required(header));
    return normalizeMonth(raw) ?? fail(ctx, MESSAGES.invalidMonth(raw.trim().slice(0, 50)));
  });

export const time = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, MESSAGES.required(header));
    return timeToMinutes(raw) ?? fail(ctx, MESSAGES.invalidTime(raw.trim().slice(0, 50)));
  });

/** A number ≥ 0 with at most two decimals, as integer hundredths. */
export const hundredths = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, MESSAGES.required(header));
    return toHundredths(raw) ?? fail(ctx, MESSAGES.invalidNumber(raw.trim().slice(0, 50)));
  });

/** Money in 元 with at most two decimals, as integer 分. */
export const fen = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, MESSAGES.required(header));
    return toHundredths(raw) ?? fail(ctx, MESSAGES.invalidMoney(raw.trim().slice(0, 50)));
  });

export const count = (header: string) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (!value) return fail(ctx, MESSAGES.required(header));
    return /^\d{1,7}$/.test(value) ? Number(value) : fail(ctx, MESSAGES.invalidInteger(value.slice(0, 50)));
  });

/** 参与日期: `2024-09-02、2024-09-03` or day numbers of the month `2、3、5` (also ; , and their full-width forms) → sorted unique dates. */
export function parseDateList(value: string, monthOf: string | null): string[] | null {
  const parts = value.split(/[、;\uFF1B,\uFF0C\s]+/).map((p) => p.trim()).filter(Boolean);
  const out = new Set<string>();
  for (const part of parts) {
    if (/^\d{1,2}日?$/.test(part)) {
      if (!monthOf) return null;
      const d = normalizeDate(`${monthOf}-${part.replace('日', '')}`);
      if (!d) return null;
      out.add(d);
    } else {
      const d = normalizeDate(part);
      if (!d) return null;
      out.add(d);
    }
  }
  return [...out].sort();
}

/** 分 → `1234.50` 元, with a minus sign for a negative difference: the text `toHundredths` reads back. */
export function formatYuan(value: number): string {
  const sign = value < 0 ? '-' : '';
  const a = Math.abs(value);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
