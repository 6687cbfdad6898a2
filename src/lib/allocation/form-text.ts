/**
 * Form text the way a person types it, shared by the page's forms (draft.ts, scheme-draft.ts). Numbers are
 * read by the one parser, units/numbers.ts `readFormNumber`.
 */
import { readFormNumber } from '../units/numbers.ts';

/** Field key → message, e.g. `fund`, `period.第二时段`, `tiers.1.min`, `scores.3.effect`, `steps.2.amount`. */
export type FieldErrors = Record<string, string>;

/** What is left of 100 % after a typed whole percent (`80` → `20%`), or `—` while the text is not one. */
export function restPercent(raw: string): string {
  const n = readFormNumber(raw);
  return Number.isInteger(n) && n >= 0 && n <= 100 ? `${100 - n}%` : '—';
}
