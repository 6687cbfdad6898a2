/**
 * Numbers as people type them: full-width digits (１．５), thousands separators where they are plausible
 * (60,000 and 1,234,567.5 — groups of three), and nothing else. A comma that is not a thousands separator
 * (1,5 in 课时数) is ambiguous — it may be a decimal comma — and is refused, never stripped.
 */
import { cellText } from './text.ts';

export type NumberProblem = 'not-a-number' | 'ambiguous-comma' | 'too-many-decimals' | 'negative';
export type NumberResult = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;

/** The digits of a non-negative decimal as written (`60,000.5` → `60000.5`), or why it is not one. */
export function decimalText(raw: string): { ok: true; text: string } | { ok: false; problem: NumberProblem } {
  const t = cellText(raw).replace(/\s+/g, '');
  if (/^-/.test(t) && PLAIN.test(t.slice(1))) return { ok: false, problem: 'negative' };
  if (PLAIN.test(t)) return { ok: true, text: t };
  if (GROUPED.test(t)) return { ok: true, text: t.replaceAll(',', '') };
  if (/^[\d,.]+$/.test(t) && t.includes(',')) return { ok: false, problem: 'ambiguous-comma' };
  return { ok: false, problem: 'not-a-number' };
}

/**
 * A number typed in a form field (系数, 占比, 人数, 分档, 评分): decimalText's grammar (full-width digits, 。 or ．
 * for the point), with the sign kept so that the form's schema can say what is out of range, and an optional
 * trailing %. No comma and no inner space at all: a form never guesses whether 1,5 is 1.5 or 15 (as readHours).
 * NaN when the text is not a number.
 */
export function readFormNumber(raw: string): number {
  const t = cellText(raw).replace(/%$/, '');
  if (/[\s,]/.test(t)) return NaN;
  const negative = t.startsWith('-');
  const d = decimalText(negative ? t.slice(1) : t);
  if (!d.ok) return NaN;
  return negative ? -Number(d.text) : Number(d.text);
}

/** Exact decimal text → integer hundredths (`1.5` → 150), so sums compare exactly; at most `maxDecimals` non-zero decimals. */
export function readHundredths(raw: string, maxDecimals = 2): NumberResult {
  const d = decimalText(raw);
  if (!d.ok) return d;
  const [whole, decimals = ''] = d.text.split('.');
  if (whole!.length > 13) return { ok: false, problem: 'not-a-number' };
  if (decimals.length > maxDecimals && !/^0*$/.test(decimals.slice(maxDecimals))) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, value: Number(whole) * 100 + Number((decimals + '00').slice(0, 2)) };
}

/**
 * 课时 as integer hundredths. A 课时 figure is never large enough to need a thousands separator, and `1,500`
 * may be 1.5 typed with a decimal comma, so here any comma is ambiguous (`1,500` too), never stripped.
 */
export function readHours(raw: string): NumberResult {
  if (cellText(raw).includes(',')) {
    const d = decimalText(raw);
    // A comma in something that is not a number at all stays "not a number".
    return d.ok || d.problem === 'ambiguous-comma' ? { ok: false, problem: 'ambiguous-comma' } : d;
  }
  return readHundredths(raw);
}

/** `1.5` → 150, or null: 课时 by readHours (no comma at all). */
export function hoursToHundredths(value: string): number | null {
  const r = readHours(value);
  return r.ok ? r.value : null;
}

/** `1.5` → 150, or null (元 and other figures where `60,000` is a plausible thousands separator). */
export function toHundredths(value: string, maxDecimals = 2): number | null {
  const r = readHundredths(value, maxDecimals);
  return r.ok ? r.value : null;
}

/** A whole number ≥ 0 (学生人数, 天数): `35`, `３５`, `1,200`. */
export function readCount(raw: string): NumberResult {
  const d = decimalText(raw);
  if (!d.ok) return d;
  const m = /^(\d{1,7})(?:\.0+)?$/.exec(d.text);
  return m ? { ok: true, value: Number(m[1]) } : { ok: false, problem: 'not-a-number' };
}

/** 150 → `1.5`, 300 → `3`, 125 → `1.25`. */
export function formatHundredths(value: number): string {
  const whole = Math.trunc(value / 100);
  const frac = String(Math.abs(value) % 100).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}
