/**
 * Cell types of the templates as zod schemas: each takes the cell's text and yields a normalised
 * value, or an issue whose message (messages.ts) says what is wrong and how to write it.
 */
import { z } from 'zod';
import { said, type LedgerMessage, type LedgerMessageCode, type LedgerMessageParams } from '../messages.ts';
import { normalizeDate, normalizeMonth, readCount, readDate, readHours, readHundredths, timeToMinutes, type NumberProblem } from '../../units/index.ts';

export const MAX_CELL_CHARS = 2000;

type Ctx = z.core.$RefinementCtx<string>;

/** The issue carries the message as data (`params`: `{ code, params }`) beside its sentence. */
function fail<C extends LedgerMessageCode>(ctx: Ctx, code: C, params: LedgerMessageParams<C>): typeof z.NEVER {
  const { message, ...data } = said(code, params);
  ctx.addIssue({ code: 'custom', message, params: data });
  return z.NEVER;
}

/** The message a cell's issue carries (fail above). */
export function issueMessage(issue: z.core.$ZodIssue): LedgerMessage & { message: string } {
  return { ...(issue as { params?: LedgerMessage }).params!, message: issue.message };
}

// Cell values as people type them are read in src/lib/units/; re-exported here for the ledger's modules.
export { normalizeDate, normalizeMonth, timeToMinutes, minutesToTime, toHundredths, formatYuan } from '../../units/index.ts';

export const text = (header: string, required = true) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (required && !value) return fail(ctx, 'required', { header });
    if (value.length > MAX_CELL_CHARS) return fail(ctx, 'tooLong', { header, length: value.length, limit: MAX_CELL_CHARS });
    return value;
  });

export const oneOf = <T extends string>(header: string, allowed: readonly T[], required = true) =>
  z.string().transform((raw, ctx): T | '' => {
    const value = raw.trim();
    if (!value) return required ? fail(ctx, 'required', { header }) : '';
    return (allowed as readonly string[]).includes(value) ? (value as T) : fail(ctx, 'notInList', { value: value.slice(0, 50), allowed });
  });

export const date = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'required', { header });
    const r = readDate(raw);
    if (r.ok) return r.value;
    const shown = raw.trim().slice(0, 50);
    return fail(ctx, r.problem === 'year-range' ? 'dateYearRange' : 'invalidDate', { value: shown });
  });

export const month = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'required', { header });
    return normalizeMonth(raw) ?? fail(ctx, 'invalidMonth', { value: raw.trim().slice(0, 50) });
  });

export const time = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'required', { header });
    return timeToMinutes(raw) ?? fail(ctx, 'invalidTime', { value: raw.trim().slice(0, 50) });
  });

function numberProblem(ctx: Ctx, header: string, value: string, problem: NumberProblem, otherwise: 'invalidNumber' | 'invalidMoney' | 'invalidInteger'): typeof z.NEVER {
  return problem === 'ambiguous-comma' ? fail(ctx, 'ambiguousComma', { header, value }) : fail(ctx, otherwise, { value });
}

/**
 * 课时 (a number ≥ 0 with at most two decimals) as integer hundredths. Any comma is refused as ambiguous:
 * `1,5` is never read as 15, nor `1,500` as 1500 (it may be 1.5 with a decimal comma).
 */
export const hundredths = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'required', { header });
    const r = readHours(raw);
    if (r.ok) return r.value;
    const value = raw.trim().slice(0, 50);
    return r.problem === 'ambiguous-comma' ? fail(ctx, 'ambiguousHours', { header, value }) : fail(ctx, 'invalidNumber', { value });
  });

/** Money in 元 with at most two decimals, as integer 分. */
export const fen = (header: string) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return fail(ctx, 'required', { header });
    const r = readHundredths(raw);
    return r.ok ? r.value : numberProblem(ctx, header, raw.trim().slice(0, 50), r.problem, 'invalidMoney');
  });

export const count = (header: string) =>
  z.string().transform((raw, ctx) => {
    const value = raw.trim();
    if (!value) return fail(ctx, 'required', { header });
    const r = readCount(value);
    return r.ok ? r.value : numberProblem(ctx, header, value.slice(0, 50), r.problem, 'invalidInteger');
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
