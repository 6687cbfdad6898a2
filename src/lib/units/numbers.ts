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

/** Exact decimal text → integer hundredths (`1.5` → 150), so sums compare exactly; at most `maxDecimals` non-zero decimals. */
export function readHundredths(raw: string, maxDecimals = 2): NumberResult {
  const d = decimalText(raw);
  if (!d.ok) return d;
  const [whole, decimals = ''] = d.text.split('.');
  if (whole!.length > 13) return { ok: false, problem: 'not-a-number' };
  if (decimals.length > maxDecimals && !/^0*$/.test(decimals.slice(maxDecimals))) return { ok: false, problem: 'too-many-decimals' };
  return { ok: true, value: Number(whole) * 100 + Number((decimals + '00').slice(0, 2)) };
}

/** `1.5` → 150, or null (the engine's 课时 and 元 reader). */
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
